package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * One step on a dossier's timeline: what happened, at which step, who did it, in which unit.
 *
 * @param action     SUBMITTED, STATUS, HANDOVER, CONSULT or APOLOGY
 * @param toUnitCode the unit the dossier was handed over to, or consulted
 * @param note       what the officer wrote: the supplement requested, the reasons for a refusal, ...
 * @param dueAt      the due date after this step, when the step moved it
 */
public record TimelineEntry(LocalDateTime occurredAt, String action, DossierStatus status, String step,
                            String actor, String unitCode, String toUnitCode, String note, LocalDateTime dueAt) {

    public TimelineEntry(LocalDateTime occurredAt, String action, DossierStatus status, String step,
                         String actor, String unitCode, String toUnitCode) {
        this(occurredAt, action, status, step, actor, unitCode, toUnitCode, null, null);
    }
}
