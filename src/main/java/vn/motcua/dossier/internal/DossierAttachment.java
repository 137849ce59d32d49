package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A file the applicant attached to an online dossier (a scan of a required document), without its bytes.
 *
 * @param contentType read from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param sha256      hex digest of the content, so an officer can tell two copies apart or prove one unchanged
 */
public record DossierAttachment(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                                LocalDateTime uploadedAt) {
}
