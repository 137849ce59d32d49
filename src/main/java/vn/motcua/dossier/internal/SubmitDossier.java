package vn.motcua.dossier.internal;

import vn.motcua.catalog.Channel;

import java.util.List;
import java.util.Map;

/**
 * A request to register a new dossier, from the counter (an officer) or online (the applicant), with the files the
 * applicant attached (scans of the required documents; none at the counter, where the papers are handed over).
 *
 * @param receivedByOtherPortal true for an online dossier another portal received (the National Public Service
 *                              Portal's connector, {@link vn.motcua.dossier.DossierIntake}): that portal checked its
 *                              documents and its files travel through its own connector (TaiLieuNop is optional in
 *                              its contract), so they are not required here
 * @param reusedPapers          required documents the applicant does not upload because the state holds them (an
 *                              online dossier only; see {@link vn.motcua.dossier.HeldPapers})
 */
public record SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                            Map<String, Object> formData, List<Attachment> attachments,
                            vn.motcua.dossier.ResultReturn resultReturn, boolean receivedByOtherPortal,
                            List<Reuse> reusedPapers) {

    public SubmitDossier {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        resultReturn = resultReturn == null ? vn.motcua.dossier.ResultReturn.AT_RECEIVING_POINT : resultReturn;
        reusedPapers = reusedPapers == null ? List.of() : List.copyOf(reusedPapers);
    }

    public SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                         Map<String, Object> formData, List<Attachment> attachments,
                         vn.motcua.dossier.ResultReturn resultReturn, boolean receivedByOtherPortal) {
        this(procedureCode, applicant, receivingUnitCode, channel, formData, attachments, resultReturn, receivedByOtherPortal, List.of());
    }

    /** The same request with these files (the multipart parts) in place of none. */
    SubmitDossier withAttachments(List<Attachment> files) {
        return new SubmitDossier(procedureCode, applicant, receivingUnitCode, channel, formData, files, resultReturn,
                receivedByOtherPortal, reusedPapers);
    }

    /**
     * A required document the state holds for the applicant, reused instead of an upload.
     *
     * @param documentKey the document's upload field in the procedure's intake form
     * @param dossierCode the applicant's earlier dossier whose signed electronic result is that paper
     */
    public record Reuse(String documentKey, String dossierCode) {
    }

    /**
     * A dossier submitted to this province's system (its portal, its API or its counter): an online one must carry a
     * file for each required document.
     */
    public SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                         Map<String, Object> formData, List<Attachment> attachments,
                         vn.motcua.dossier.ResultReturn resultReturn) {
        this(procedureCode, applicant, receivingUnitCode, channel, formData, attachments, resultReturn, false);
    }

    public SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                         Map<String, Object> formData, List<Attachment> attachments) {
        this(procedureCode, applicant, receivingUnitCode, channel, formData, attachments, null);
    }

    public SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                         Map<String, Object> formData) {
        this(procedureCode, applicant, receivingUnitCode, channel, formData, List.of());
    }

    /** @param birthDate as the applicant gave it, checked with the number and name; may be null */
    public record Applicant(String idNumber, String fullName, String email, String phone, java.time.LocalDate birthDate) {

        public Applicant(String idNumber, String fullName, String email, String phone) {
            this(idNumber, fullName, email, phone, null);
        }
    }

    /**
     * A file as the applicant sent it: the name they gave it and its bytes (its type is read from the bytes).
     *
     * @param documentKey the key of the required document's upload field in the procedure's intake form that the file
     *                    is a scan of (the multipart part's name), or null for a file sent without a document
     */
    public record Attachment(String fileName, byte[] content, String documentKey) {

        public Attachment(String fileName, byte[] content) {
            this(fileName, content, null);
        }
    }
}
