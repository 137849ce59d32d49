package vn.motcua.audit.internal;

import java.time.LocalDateTime;

/**
 * One row of the audit trail.
 *
 * @param actor         the officer's user id, {@code applicant} (a citizen with code and ID number),
 *                      {@code anonymous}, or {@code system} (the engine's timers)
 * @param action        e.g. {@code DOSSIER_SUBMITTED}, {@code TASK_COMPLETED}, {@code UNIT_CREATED},
 *                      {@code ROLE_GRANTED}, {@code CALENDAR_DAY_SET} (README "Audit trail" lists them)
 * @param targetType    DOSSIER, TASK, UNIT, OFFICER or CALENDAR_DAY
 * @param targetId      the dossier code, task id, unit code, user id or day
 * @param unitCode      the unit concerned, when there is one
 * @param clientAddress the client's address, null for work without a request (timers)
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String targetType,
                         String targetId, String unitCode, String detail, String clientAddress) {
}
