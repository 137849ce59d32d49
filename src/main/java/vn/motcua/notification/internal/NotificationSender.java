package vn.motcua.notification.internal;

import jakarta.mail.internet.AddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Service;

import vn.motcua.notification.internal.NotificationOutbox.OutboxRow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers the due outbox rows, after the changes that wrote them have committed. Safe to run on several
 * nodes over one database at once: each row is claimed one at a time by a conditional UPDATE, and only the
 * node whose UPDATE changed it sends it. Deliberately not {@code @Transactional}: each claim and mark commits
 * on its own, and no database transaction stays open while the mail server is slow or down.
 *
 * <p>Delivery is at least once, as close to exactly once as SMTP allows: a row is marked SENT only after the
 * server accepted the message; if a node dies between the two, the row is sent again when its lease expires
 * (with the same Message-ID).
 */
@Service
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final SmsGateway LOG_ONLY = new LoggingSmsGateway();

    private final NotificationOutbox outbox;
    private final EmailDelivery email;
    private final ObjectProvider<SmsGateway> sms;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationSender(NotificationOutbox outbox, EmailDelivery email, ObjectProvider<SmsGateway> sms,
                       NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every row due now, batch after batch; returns how many were delivered by this call. */
    public int sendDue() {
        int abandoned = outbox.giveUpAbandoned(now(), properties.maxAttempts());
        if (abandoned > 0) {
            log.warn("{} notification(s) given up: their node stopped during the last allowed attempt", abandoned);
        }
        int delivered = 0;
        // A row is tried at most once per call, even if it is due again at once (retry delay of zero).
        Set<Long> tried = new HashSet<>();
        while (true) {
            List<Long> due = outbox.dueIds(now(), properties.maxAttempts(), properties.batchSize());
            List<Long> fresh = due.stream().filter(tried::add).toList();
            for (long id : fresh) {
                if (sendOne(id)) {
                    delivered++;
                }
            }
            if (fresh.isEmpty() || due.size() < properties.batchSize()) {
                return delivered;
            }
        }
    }

    private boolean sendOne(long id) {
        UUID token = UUID.randomUUID();
        LocalDateTime now = now();
        Optional<OutboxRow> claimed = outbox.claim(id, token, now, now.plus(properties.lease()), properties.maxAttempts());
        if (claimed.isEmpty()) {
            return false; // another node took it first, or it is no longer due
        }
        OutboxRow row = claimed.get();
        try {
            deliver(row);
        } catch (Exception e) {
            failed(row, token, e);
            return false;
        }
        if (!outbox.markSent(row.id(), token, now())) {
            log.warn("Notification {} for dossier {} was delivered after its lease expired; another node may send it "
                    + "again (raise motcua.notification.lease above the mail timeouts)", row.id(), row.dossierCode());
        }
        return true;
    }

    private void deliver(OutboxRow row) throws Exception {
        switch (row.channel()) {
            case EMAIL -> email.send(row);
            case SMS -> sms.getIfAvailable(() -> LOG_ONLY).send(row.notificationId().toString(), row.recipient(), row.body());
        }
    }

    private void failed(OutboxRow row, UUID token, Exception e) {
        boolean permanent = isPermanent(e);
        boolean giveUp = permanent || row.attempts() >= properties.maxAttempts();
        LocalDateTime next = now().plus(Backoff.after(row.attempts(), properties.retryInitialDelay(),
                properties.retryMaxDelay()));
        outbox.markFailed(row.id(), token, describe(e), giveUp, next);
        if (giveUp) {
            log.error("Notification {} ({}) for dossier {} FAILED after {} attempt(s), kept for an operator: {}",
                    row.id(), row.channel(), row.dossierCode(), row.attempts(), describe(e));
        } else {
            log.warn("Notification {} ({}) for dossier {} not delivered (attempt {}), retried at {}: {}",
                    row.id(), row.channel(), row.dossierCode(), row.attempts(), next, describe(e));
        }
    }

    /** A malformed address will be malformed on every retry; everything else (server down, timeout) may pass. */
    public static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PermanentDeliveryException || t instanceof MailParseException
                    || t instanceof MailPreparationException || t instanceof AddressException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
