package vn.motcua.dossier;

import vn.motcua.dossier.internal.AttachmentRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.ReusedPaperRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.security.Officer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Reading dossiers: in full for the officers of the units that handle them, and as public tracking. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    /** Timeline steps that concern the agencies only, never shown to the applicant. */
    private static final java.util.Set<String> INTERNAL_ACTIONS = java.util.Set.of("WARNING", "CONSULT_ANSWER");

    private final DossierRepository dossiers;
    private final UnitDirectory units;
    private final AttachmentRepository attachments;
    private final ReusedPaperRepository reused;

    DossierQueries(DossierRepository dossiers, UnitDirectory units, AttachmentRepository attachments,
                   ReusedPaperRepository reused) {
        this.reused = reused;
        this.dossiers = dossiers;
        this.units = units;
        this.attachments = attachments;
    }

    /** The files attached to a dossier, in the applicant's order, for the system's own use (see {@link #forSystem}). */
    public List<SubmittedPaper> papers(java.util.UUID dossierId) {
        return attachments.list(dossierId).stream()
                .map(a -> new SubmittedPaper(a.id(), a.fileName(), a.contentType(), a.sizeBytes())).toList();
    }

    /** The required documents the dossier reuses from what the state holds instead of an upload, for the system's own use. */
    public List<ReusedPaper> reusedPapers(java.util.UUID dossierId) {
        return reused.list(dossierId);
    }

    /**
     * The dossier with its timeline, if the officer works in a unit that received, handles or was handed
     * or consulted on it, or is an auditor (who reads every dossier). Otherwise empty, exactly as for an unknown
     * code, so codes cannot be probed.
     */
    public Optional<DossierDetails> forOfficer(String code, Officer officer) {
        return dossiers.findByCode(code)
                .filter(d -> officer.auditor() || officer.worksIn(d.receivingUnitCode()) || officer.worksIn(d.handlingUnitCode())
                        || officer.unitRoles().stream().anyMatch(r -> dossiers.involves(d.id(), r.unitCode())))
                .map(d -> new DossierDetails(d, dossiers.timeline(d.id()), dossiers.identity(d.id())));
    }

    /**
     * The dossier with its timeline for the system's own use (the national portal's sync and look-ups), with no
     * officer behind the call: callers must not hand it to anyone but the partner entitled to it.
     */
    public Optional<DossierDetails> forSystem(String code) {
        return dossiers.findByCode(code).map(d -> new DossierDetails(d, dossiers.timeline(d.id()), dossiers.identity(d.id())));
    }

    /**
     * Every dossier's code, a page at a time in code order (keyset: pass the last code of the previous page, null for
     * the first), for the system's own reports and recounts.
     */
    public List<String> codesAfter(String afterCode, int limit) {
        return dossiers.codesAfter(afterCode, limit);
    }

    /** Dossiers received or handled by one of the officer's units, newest first. */
    public List<Dossier> forUnit(String unitCode, int limit) {
        return dossiers.findForUnit(unitCode, limit);
    }

    /** Public tracking: what the applicant may see of their dossier (read with {@link #forApplicant}). */
    public Tracking tracking(DossierDetails details) {
        Dossier d = details.dossier();
        List<Tracking.Step> steps = details.timeline().stream()
                .filter(e -> !INTERNAL_ACTIONS.contains(e.action()))
                .map(e -> new Tracking.Step(e.occurredAt(), e.status().code(), e.status().labelVi(), e.status().labelEn(),
                        e.step(), unitName(e.toUnitCode() != null ? e.toUnitCode() : e.unitCode())))
                .toList();
        return new Tracking(d.code(), d.procedureName(), d.status().code(), d.status().labelVi(),
                d.status().labelEn(), d.receivedAt(), d.dueAt(), d.returnedAt(), unitName(d.handlingUnitCode()), steps);
    }

    /**
     * The applicant's own dossier with its timeline (to track it, print their slips, withdraw it): the dossier code
     * and the ID number must both match (surrounding blanks ignored). A wrong pair and an unknown code get the same
     * 404, and the comparison takes the same time either way, so that neither codes nor ID numbers can be probed.
     *
     * @throws DossierNotFoundException for an unknown code and for a code with another ID number alike
     */
    public DossierDetails forApplicant(ApplicantProof proof) {
        String code = proof.dossierCode().trim();
        return matching(code, proof.idNumber().trim()).orElseThrow(() -> DossierNotFoundException.forApplicant(code));
    }

    private Optional<DossierDetails> matching(String code, String idNumber) {
        Optional<Dossier> found = dossiers.findByCode(code);
        byte[] given = String.valueOf(idNumber).getBytes(StandardCharsets.UTF_8);
        byte[] expected = found.map(Dossier::applicantIdNumber).orElse("------------").getBytes(StandardCharsets.UTF_8);
        if (found.isEmpty() | !MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        Dossier d = found.get();
        return Optional.of(new DossierDetails(d, dossiers.timeline(d.id()), dossiers.identity(d.id())));
    }

    private String unitName(String code) {
        return units.find(code).map(Unit::name).orElse(code);
    }

    /** @param identity what the National Population Database said about the applicant */
    public record DossierDetails(Dossier dossier, List<TimelineEntry> timeline, IdentityVerification identity) {

        public DossierDetails(Dossier dossier, List<TimelineEntry> timeline) {
            this(dossier, timeline, new IdentityVerification(IdentityVerification.Status.UNKNOWN, null));
        }
    }

    /** What a citizen sees of their dossier: status, timeline, due date and handling unit, nothing more. */
    public record Tracking(String code, String procedureName, int status, String statusVi, String statusEn,
                           LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime returnedAt,
                           String handlingUnit, List<Step> timeline) {

        public record Step(LocalDateTime at, int status, String statusVi, String statusEn, String step, String unit) {
        }
    }
}
