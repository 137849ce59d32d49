package vn.motcua.notification.internal;

/** How a notification reaches the applicant: the email or the phone number they gave with the dossier. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
