package vn.motcua.dossier;

import java.time.LocalDateTime;

/** What the applicant is told on submission: the dossier code and the appointment (due) date. */
public record SubmittedDossier(String code, DossierStatus status, LocalDateTime receivedAt, LocalDateTime dueAt,
                               String receivingUnitCode, String handlingUnitCode) {
}
