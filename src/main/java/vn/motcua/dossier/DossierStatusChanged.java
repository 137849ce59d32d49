package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Published, inside the transaction that makes the change, whenever something happens to a dossier that
 * concerns its applicant: it was submitted, its status changed, or its due date moved (apology, form 04).
 * Listeners that must not lose it record it in the same transaction (see the notification module).
 *
 * @param kind SUBMITTED, STATUS or APOLOGY
 * @param note what the officer wrote for the applicant (supplement to bring, reasons, ...), may be null
 */
public record DossierStatusChanged(UUID dossierId, String code, String procedureName, String applicantName,
                                   String applicantEmail, String applicantPhone, DossierStatus status, String kind,
                                   LocalDateTime dueAt, String note, LocalDateTime occurredAt) {
}
