package vn.motcua.dossier.internal;

import vn.motcua.dossier.DossierStatus;

import java.time.LocalDateTime;

/**
 * What the applicant is told on submission: the dossier code and the appointment (due) date.
 *
 * @param identityChecked the applicant's ID number was found in the National Population Database
 * @param attachments     how many files were stored with the dossier
 */
public record SubmittedDossier(String code, DossierStatus status, LocalDateTime receivedAt, LocalDateTime dueAt,
                               String receivingUnitCode, String handlingUnitCode, boolean identityChecked,
                               int attachments) {
}
