package vn.motcua.dossier.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Published, inside the transaction that makes the change, for every step written to a dossier's timeline
 * (submitted, status changes, handovers, consultations, apologies, warnings): what the audit trail records.
 * Carries no personal data of the applicant.
 *
 * @param action     the timeline action: SUBMITTED, STATUS, HANDOVER, CONSULT, CONSULT_ANSWER, WARNING, APOLOGY
 * @param actor      the officer, {@code applicant}, or {@code system}
 * @param toUnitCode the unit handed over to or consulted, may be null
 */
public record DossierActivity(UUID dossierId, String code, String action, DossierStatus status, String step,
                              String actor, String unitCode, String toUnitCode, LocalDateTime occurredAt) {

    public static DossierActivity of(Dossier dossier, TimelineEntry entry) {
        return new DossierActivity(dossier.id(), dossier.code(), entry.action(), entry.status(), entry.step(),
                entry.actor(), entry.unitCode(), entry.toUnitCode(), entry.occurredAt());
    }
}
