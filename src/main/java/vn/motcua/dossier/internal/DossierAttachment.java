package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A file the applicant attached to an online dossier (a scan of a required document), without its bytes.
 *
 * @param contentType read from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param sha256      hex digest of the content, so an officer can tell two copies apart or prove one unchanged
 * @param documentKey the required document (its upload field's key in the procedure's intake form) the file is a scan
 *                    of, or null when it was sent without one
 */
public record DossierAttachment(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                                LocalDateTime uploadedAt, String documentKey) {

    /** A file sent without a document. */
    public DossierAttachment(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                             LocalDateTime uploadedAt) {
        this(id, fileName, contentType, sizeBytes, sha256, uploadedAt, null);
    }
}
