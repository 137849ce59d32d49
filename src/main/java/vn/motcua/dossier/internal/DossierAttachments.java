package vn.motcua.dossier.internal;

import vn.motcua.dossier.DossierQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.security.Officer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The files applicants attach to online dossiers: stored with the dossier in the same transaction, read by the
 * officers of the units that may read the dossier ({@link DossierQueries#forOfficer}); anyone else learns nothing,
 * not even that the dossier exists.
 */
@Service
@Transactional(readOnly = true)
public class DossierAttachments {

    private final AttachmentRepository attachments;
    private final DossierQueries queries;

    DossierAttachments(AttachmentRepository attachments, DossierQueries queries) {
        this.attachments = attachments;
        this.queries = queries;
    }

    /** The dossier's attachments, in the order the applicant gave them, if the officer may read the dossier. */
    public Optional<List<DossierAttachment>> forOfficer(String code, Officer officer) {
        return queries.forOfficer(code, officer).map(d -> attachments.list(d.dossier().id()));
    }

    /** One attachment with its bytes, if the officer may read the dossier and the file belongs to it. */
    public Optional<File> open(String code, UUID id, Officer officer) {
        return queries.forOfficer(code, officer)
                .flatMap(d -> attachments.find(d.dossier().id(), id))
                .map(a -> new File(a, attachments.content(a.id())));
    }

    /**
     * Stores files already checked by {@link AttachmentRules}; joins the submission's transaction.
     *
     * @return what was stored, in order
     */
    @Transactional
    List<DossierAttachment> store(UUID dossierId, List<SubmitDossier.Attachment> files, LocalDateTime at) {
        List<DossierAttachment> stored = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] content = files.get(i).content();
            AttachmentRules.FileType type = AttachmentRules.sniff(content).orElseThrow(() ->
                    new IllegalStateException("Attachments are checked before they are stored"));
            DossierAttachment a = new DossierAttachment(UUID.randomUUID(),
                    AttachmentRules.storedName(files.get(i).fileName(), i, type), type.mediaType, content.length,
                    sha256(content), at, files.get(i).documentKey());
            attachments.insert(dossierId, i, a, content);
            stored.add(a);
        }
        return stored;
    }

    /** A file and its bytes, to download. */
    public record File(DossierAttachment attachment, byte[] content) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
