package vn.motcua.notification.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossier.DossierStatusChanged;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code notification_outbox}. {@link #enqueue} joins the caller's transaction; every other statement
 * is meant to run on its own (auto-commit), so a claim is visible to other nodes at once and no database
 * transaction is held open while talking to the mail server.
 *
 * <p>Row states: PENDING (due at {@code next_attempt_at}) &rarr; SENDING (claimed by one node until
 * {@code locked_until}) &rarr; SENT, or back to PENDING after a failure, or FAILED when given up.
 */
@Repository
public class NotificationOutbox {

    static final int MAX_ERROR = 1000;

    /** Due: PENDING and its time has come, or SENDING by a node whose lease ran out (it crashed or hung). */
    private static final String DUE = """
            ((state = 'PENDING' and next_attempt_at <= :now)
             or (state = 'SENDING' and locked_until < :now and attempts < :maxAttempts))""";

    private final JdbcClient jdbc;

    NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(DossierStatusChanged event, Notification n, LocalDateTime now) {
        jdbc.sql("""
                        insert into notification_outbox (notification_id, dossier_id, dossier_code, event_kind,
                            dossier_status, channel, recipient, subject, body, state, attempts, next_attempt_at, created_at)
                        values (:nid, :dossierId, :code, :kind, :status, :channel, :recipient, :subject, :body,
                            'PENDING', 0, :now, :now)""")
                .param("nid", UUID.randomUUID()).param("dossierId", event.dossierId()).param("code", event.code())
                .param("kind", event.kind()).param("status", event.status().code()).param("channel", n.channel().name())
                .param("recipient", n.recipient()).param("subject", n.subject()).param("body", n.body())
                .param("now", ts(now))
                .update();
    }

    List<Long> dueIds(LocalDateTime now, int maxAttempts, int limit) {
        return jdbc.sql("select id from notification_outbox where " + DUE
                        + " order by next_attempt_at, id fetch first :limit rows only")
                .param("now", ts(now)).param("maxAttempts", maxAttempts).param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Takes the row for this node if it is still due: the conditional UPDATE is atomic, so of two nodes
     * racing for a row exactly one sees 1 updated row. The attempt is counted here, before sending, so a
     * message that crashes the node every time still runs out of attempts.
     */
    Optional<OutboxRow> claim(long id, UUID token, LocalDateTime now, LocalDateTime lockedUntil, int maxAttempts) {
        int updated = jdbc.sql("update notification_outbox set state = 'SENDING', attempts = attempts + 1, "
                        + "locked_until = :lockedUntil, claim_token = :token where id = :id and " + DUE)
                .param("lockedUntil", ts(lockedUntil)).param("token", token).param("id", id)
                .param("now", ts(now)).param("maxAttempts", maxAttempts)
                .update();
        if (updated != 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, notification_id, dossier_code, channel, recipient, subject, body, attempts
                        from notification_outbox where id = :id and claim_token = :token""")
                .param("id", id).param("token", token)
                .query(NotificationOutbox::row).optional();
    }

    /** Only the claim holder may close the row; false if its lease ran out and another node took it over. */
    boolean markSent(long id, UUID token, LocalDateTime now) {
        return jdbc.sql("""
                        update notification_outbox set state = 'SENT', sent_at = :now, locked_until = null
                        where id = :id and claim_token = :token and state = 'SENDING'""")
                .param("now", ts(now)).param("id", id).param("token", token)
                .update() == 1;
    }

    boolean markFailed(long id, UUID token, String error, boolean giveUp, LocalDateTime nextAttemptAt) {
        return jdbc.sql("""
                        update notification_outbox set state = :state, last_error = :error, next_attempt_at = :next,
                            locked_until = null
                        where id = :id and claim_token = :token and state = 'SENDING'""")
                .param("state", giveUp ? "FAILED" : "PENDING").param("error", truncate(error))
                .param("next", ts(nextAttemptAt)).param("id", id).param("token", token)
                .update() == 1;
    }

    /** A row whose last allowed attempt was claimed by a node that never finished it: give it up for an operator. */
    int giveUpAbandoned(LocalDateTime now, int maxAttempts) {
        return jdbc.sql("""
                        update notification_outbox set state = 'FAILED', locked_until = null,
                            last_error = 'Lease expired during the last allowed attempt (the sending node stopped?)'
                        where state = 'SENDING' and locked_until < :now and attempts >= :maxAttempts""")
                .param("now", ts(now)).param("maxAttempts", maxAttempts)
                .update();
    }

    private static OutboxRow row(ResultSet rs, int n) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getObject("notification_id", UUID.class), rs.getString("dossier_code"),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"));
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }

    /** A claimed row: what to send, and how many attempts it has had counting this one. */
    record OutboxRow(long id, UUID notificationId, String dossierCode, NotificationChannel channel, String recipient,
                     String subject, String body, int attempts) {
    }
}
