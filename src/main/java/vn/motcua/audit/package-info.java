/**
 * The audit trail: who did what to which dossier, task, unit, officer or calendar day, when, and from which
 * address. Rows are written in the same transaction as the change they record (a change that rolls back leaves
 * none), there is no API to change or delete them, and only auditors read them ({@code GET /api/v1/audit}).
 *
 * <p>Writers: {@link vn.motcua.audit.AuditTrail#record}, called by the modules whose actions are audited (dossier
 * steps and reads, engine task events, administration, the calendar). The module depends on none of them, so any
 * module may use it. The client address is captured per request by {@link vn.motcua.audit.ClientAddress}.
 */
package vn.motcua.audit;
