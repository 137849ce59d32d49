/**
 * Notifications to the applicant: an email (SMTP) and an SMS ({@link vn.motcua.notification.internal.SmsGateway}) on
 * every change that concerns them, from {@link vn.motcua.dossier.DossierStatusChanged}: submission, accepted,
 * not accepted, supplement requested, processing, stopped, finished, result returned, and the apology with
 * a new appointment date (form 04, which Decree 118/2025/NĐ-CP says is sent to the applicant, by email/SMS
 * for online dossiers).
 *
 * <p>A transactional outbox, so nothing is lost and nothing is sent for a change that did not happen:
 * <ol>
 * <li>{@link vn.motcua.notification.internal.NotificationRecorder} writes one row per channel into
 *     {@code notification_outbox} in the change's own transaction, with the text already written
 *     ({@link vn.motcua.notification.internal.NotificationMessages}, Vietnamese then English).</li>
 * <li>{@link vn.motcua.notification.internal.NotificationSender#sendDue()} (every {@code motcua.notification.poll-interval}
 *     on every node) claims due rows one by one with a conditional UPDATE and a lease, sends them, and marks
 *     them SENT only once the server accepted them. A failure is retried with exponential backoff; after
 *     {@code motcua.notification.max-attempts} the row is kept as FAILED.</li>
 * </ol>
 *
 * <p>Operators: FAILED rows keep {@code last_error}. To retry them once the cause is fixed:
 * {@code update notification_outbox set state = 'PENDING', attempts = 0, next_attempt_at = current_timestamp
 * where state = 'FAILED'}.
 */
package vn.motcua.notification;
