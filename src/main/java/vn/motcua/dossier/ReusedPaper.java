package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A required document of a dossier that the applicant did not upload because the state holds it: the signed result
 * of an earlier dossier of theirs ({@link HeldPapers}), checked at submission.
 *
 * @param documentKey       the document's upload field in the procedure's intake form (e.g. {@code document02})
 * @param paper             the document's name as the form labels it
 * @param sourceDossierCode the earlier dossier whose signed result is reused
 * @param resultDocumentId  that result's stored file
 * @param resultSha256      the signed file's hash when it was reused
 */
public record ReusedPaper(String documentKey, String paper, String sourceDossierCode, UUID resultDocumentId,
                          String resultSha256, LocalDateTime reusedAt) {
}
