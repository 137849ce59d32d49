package vn.motcua.notification.internal;

/**
 * One message to one applicant address, fully written when the change happened (so a later change of
 * wording or of the dossier never alters what was due to be said).
 *
 * @param subject the email subject; null for SMS
 */
public record Notification(NotificationChannel channel, String recipient, String subject, String body) {
}
