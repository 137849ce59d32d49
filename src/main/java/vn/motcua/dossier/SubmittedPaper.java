package vn.motcua.dossier;

import java.util.UUID;

/** A file the applicant attached to a dossier (a scanned required document), without its bytes. */
public record SubmittedPaper(UUID id, String fileName, String contentType, long sizeBytes) {
}
