package vn.motcua.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierStatusChanged;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Records the applicant's notifications in the outbox, in the transaction that makes the change.
 *
 * <p>A plain {@code @EventListener}, not {@code @TransactionalEventListener}: the event is published inside
 * the change's transaction and a plain listener runs right there, so the rows commit or roll back with the
 * change, and if writing them fails the change fails too (nothing is changed without its notification). A
 * transactional listener would silently drop an event published outside a transaction; this one writes it
 * on its own instead.
 */
@Component
class NotificationRecorder {

    private final NotificationMessages messages;
    private final NotificationOutbox outbox;
    private final Clock clock;

    NotificationRecorder(NotificationMessages messages, NotificationOutbox outbox, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void record(DossierStatusChanged event) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (Notification notification : messages.of(event)) {
            outbox.enqueue(event, notification, now);
        }
    }
}
