package vn.motcua.dossier.internal;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityVerification;

import java.time.LocalDateTime;

/**
 * What the applicant is told on submission: the dossier code and the appointment (due) date.
 *
 * @param identityChecked the applicant's ID number was found in the National Population Database
 * @param identityStatus  VERIFIED, or NOT_CHECKED when the database did not answer (checked again later)
 * @param attachments     how many files were stored with the dossier
 */
public record SubmittedDossier(String code, DossierStatus status, LocalDateTime receivedAt, LocalDateTime dueAt,
                               String receivingUnitCode, String handlingUnitCode, boolean identityChecked,
                               int attachments, IdentityVerification.Status identityStatus, java.util.UUID dossierId) {
}
