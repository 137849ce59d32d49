package vn.motcua.notification;

/** How a notification reaches the applicant: the email or the phone number they gave with the dossier. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
