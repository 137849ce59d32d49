package vn.motcua.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sender on every node; the outbox's claims make that safe. */
@Component
class NotificationScheduler {

    private static final Logger log = LoggerFactory.getLogger(NotificationScheduler.class);

    private final NotificationSender sender;

    NotificationScheduler(NotificationSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${motcua.notification.poll-interval:PT5S}",
            initialDelayString = "${motcua.notification.initial-delay:PT10S}")
    void run() {
        try {
            int sent = sender.sendDue();
            if (sent > 0) {
                log.debug("{} notification(s) delivered", sent);
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the rows stay in the outbox for the next run.
            log.warn("Notification run failed, retried at the next poll: {}", e.toString());
        }
    }
}
