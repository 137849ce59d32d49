package vn.motcua.integration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code npsp_outbox}. {@link #enqueue} joins the caller's transaction (the dossier's change); every other
 * statement runs on its own (auto-commit), so a claim is seen by the other nodes at once and no transaction is open
 * while the NPSP is called.
 *
 * <p>States: PENDING (due at {@code next_attempt_at}) &rarr; SENDING (one node's, until {@code locked_until}) &rarr;
 * SENT; back to PENDING after a failure; DEAD (the dead-letter list) after {@code max-rejections} refusals or
 * {@code max-attempts} tries; REPLACED when an administrator re-queued a dead snapshot (a fresh one took its place).
 *
 * <p><b>Order per dossier:</b> only the dossier's <i>head</i> — its oldest PENDING or SENDING entry — may be claimed,
 * and the claim's conditional UPDATE checks it again atomically, so two nodes never send two entries of one dossier at
 * once nor out of order. A dead entry leaves the line (the dossier's later entries go on, and a later snapshot carries
 * everything the dead one did): one failure never blocks a dossier for good, nor any other dossier.
 */
class NpspOutbox {

    static final int MAX_ERROR = 1000;

    /** Due now: PENDING whose time has come, or SENDING whose node's lease ran out (it died or hung). */
    private static final String DUE = """
            ((o.state = 'PENDING' and o.next_attempt_at <= :now) or (o.state = 'SENDING' and o.locked_until < :now))""";
    /** No earlier entry of the same dossier is still waiting or being sent. */
    private static final String HEAD = """
            not exists (select 1 from npsp_outbox p where p.dossier_id = o.dossier_id and p.id < o.id
                        and p.state in ('PENDING', 'SENDING'))""";

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;

    NpspOutbox(JdbcClient jdbc, org.springframework.transaction.support.TransactionTemplate tx,
               org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    void enqueue(UUID dossierId, String dossierCode, String service, int dossierStatus, String payload, LocalDateTime now) {
        jdbc.sql("""
                        insert into npsp_outbox (entry_id, dossier_id, dossier_code, service, dossier_status, payload, state,
                            attempts, rejections, next_attempt_at, created_at)
                        values (:entryId, :dossierId, :code, :service, :status, :payload, 'PENDING', 0, 0, :now, :now)""")
                .param("entryId", UUID.randomUUID()).param("dossierId", dossierId).param("code", dossierCode)
                .param("service", service).param("status", dossierStatus).param("payload", payload)
                .param("now", ts(now))
                .update();
    }

    /**
     * An entry with its own identity, inserted once: false when an entry of that identity exists (another node, or an
     * earlier run, enqueued it). For the calls that are not a dossier's (DongBoDanhGia), {@code key} stands for the
     * dossier in the per-key order.
     */
    boolean enqueueOnce(UUID entryId, UUID key, String code, String service, String payload, LocalDateTime now) {
        if (jdbc.sql("select count(*) from npsp_outbox where entry_id = :id").param("id", entryId).query(Long.class)
                .single() > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                            insert into npsp_outbox (entry_id, dossier_id, dossier_code, service, dossier_status, payload, state,
                                attempts, rejections, next_attempt_at, created_at)
                            values (:entryId, :key, :code, :service, 0, :payload, 'PENDING', 0, 0, :now, :now)""")
                    .param("entryId", entryId).param("key", key).param("code", code).param("service", service)
                    .param("payload", payload).param("now", ts(now)).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false;
        }
    }

    List<Long> dueHeads(LocalDateTime now, int limit) {
        return jdbc.sql("select o.id from npsp_outbox o where " + DUE + " and " + HEAD
                        + " order by o.next_attempt_at, o.id fetch first :limit rows only")
                .param("now", ts(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Takes the entry for this node if it is still due and still its dossier's head; the try is counted here. */
    Optional<Claimed> claim(long id, UUID token, LocalDateTime now, LocalDateTime lockedUntil) {
        int updated = jdbc.sql("update npsp_outbox o set state = 'SENDING', attempts = attempts + 1, "
                        + "locked_until = :lockedUntil, claim_token = :token where o.id = :id and " + DUE + " and " + HEAD)
                .param("lockedUntil", ts(lockedUntil)).param("token", token).param("id", id).param("now", ts(now))
                .update();
        if (updated != 1) {
            return Optional.empty();
        }
        // with what the call needs besides the entry, in the same statement: the NPSP's own MaHoSo of a dossier it sent,
        // and whether the NPSP holds a snapshot already (isUpdating)
        return jdbc.sql("""
                        select o.id, o.entry_id, o.dossier_id, o.dossier_code, o.service, o.payload, o.attempts, o.rejections,
                            (select i.npsp_reference from npsp_inbound_dossier i where i.dossier_id = o.dossier_id) as reference,
                            (select count(*) from npsp_outbox s where s.dossier_id = o.dossier_id
                                and s.service = 'DongBoHoSoMC' and s.state = 'SENT') as snapshots_sent
                        from npsp_outbox o where o.id = :id and o.claim_token = :token""")
                .param("id", id).param("token", token)
                .query((rs, n) -> new Claimed(entry(rs, n), token, rs.getString("reference"), rs.getLong("snapshots_sent") > 0))
                .optional();
    }

    /** A claimed entry with the NPSP's reference of its dossier (or null) and whether a snapshot was delivered. */
    record Claimed(Entry entry, UUID token, String npspReference, boolean snapshotDelivered) {
    }

    /**
     * SENDING to SENT, if this claim still holds it; a dossier's snapshot is announced as {@link
     * vn.motcua.integration.DossierSynced} in the same transaction (the 766 counters change with the record or not at all).
     */
    boolean markSent(Entry entry, UUID token, LocalDateTime now, String node) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            boolean sent = jdbc.sql("""
                            update npsp_outbox set state = 'SENT', sent_at = :now, sent_by = :node, locked_until = null,
                                last_error = null
                            where id = :id and claim_token = :token and state = 'SENDING'""")
                    .param("now", ts(now)).param("node", node).param("id", entry.id()).param("token", token)
                    .update() == 1;
            if (sent && NpspMessages.SNAPSHOT.equals(entry.service())) {
                events.publishEvent(new vn.motcua.integration.DossierSynced(entry.dossierId()));
            }
            return sent;
        }));
    }

    /**
     * @param refused   the NPSP refused it (counts towards the dead-letter list)
     * @param uncounted the call never left (circuit open): the try is given back
     */
    boolean markFailed(long id, UUID token, String error, boolean refused, boolean uncounted, boolean dead,
                       LocalDateTime nextAttemptAt) {
        return jdbc.sql("""
                        update npsp_outbox set state = :state, last_error = :error, next_attempt_at = :next,
                            locked_until = null, rejections = rejections + :refused, attempts = attempts - :uncounted
                        where id = :id and claim_token = :token and state = 'SENDING'""")
                .param("state", dead ? "DEAD" : "PENDING").param("error", truncate(error))
                .param("next", ts(nextAttemptAt)).param("refused", refused ? 1 : 0).param("uncounted", uncounted ? 1 : 0)
                .param("id", id).param("token", token)
                .update() == 1;
    }

    /** Entries whose lease ran out during their last allowed try: dead, for an administrator. */
    int killAbandoned(LocalDateTime now, int maxAttempts) {
        return jdbc.sql("""
                        update npsp_outbox set state = 'DEAD', locked_until = null,
                            last_error = 'Lease expired during the last allowed attempt (the sending node stopped?)'
                        where state = 'SENDING' and locked_until < :now and attempts >= :maxAttempts""")
                .param("now", ts(now)).param("maxAttempts", maxAttempts)
                .update();
    }

    /** Undelivered entries (PENDING or SENDING) and when the oldest was written. */
    Backlog backlog() {
        return jdbc.sql("select count(*), min(created_at) from npsp_outbox where state in ('PENDING', 'SENDING')")
                .query((rs, n) -> new Backlog(rs.getLong(1), local(rs.getTimestamp(2)))).single();
    }

    long deadCount() {
        return jdbc.sql("select count(*) from npsp_outbox where state = 'DEAD'").query(Long.class).single();
    }

    List<DeadLetter> deadLetters(int limit) {
        return jdbc.sql("""
                        select entry_id, dossier_code, service, dossier_status, attempts, rejections, last_error, created_at
                        from npsp_outbox where state = 'DEAD' order by id fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, n) -> new DeadLetter(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), local(rs.getTimestamp(8))))
                .list();
    }

    Optional<Entry> dead(UUID entryId) {
        return jdbc.sql("""
                        select id, entry_id, dossier_id, dossier_code, service, payload, attempts, rejections
                        from npsp_outbox where entry_id = :e and state = 'DEAD'""")
                .param("e", entryId).query(NpspOutbox::entry).optional();
    }

    /** A dead progress entry back in the line, at its place (its own time says when the step happened). */
    boolean requeue(UUID entryId, LocalDateTime now) {
        return jdbc.sql("""
                        update npsp_outbox set state = 'PENDING', attempts = 0, rejections = 0, next_attempt_at = :now,
                            claim_token = null where entry_id = :e and state = 'DEAD'""")
                .param("e", entryId).param("now", ts(now)).update() == 1;
    }

    /** A dead snapshot is not sent again as it was (it would take the NPSP back in time): a fresh one replaces it. */
    boolean replace(UUID entryId) {
        return jdbc.sql("update npsp_outbox set state = 'REPLACED' where entry_id = :e and state = 'DEAD'")
                .param("e", entryId).update() == 1;
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("entry_id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"), rs.getString("service"), rs.getString("payload"), rs.getInt("attempts"),
                rs.getInt("rejections"));
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }

    /** A claimed entry: what to send, and its tries so far counting this one. */
    record Entry(long id, UUID entryId, UUID dossierId, String dossierCode, String service, String payload, int attempts,
                 int rejections) {
    }

    record Backlog(long count, LocalDateTime oldest) {
    }

    /** What administrators see of a dead entry (never its payload: it carries the applicant's personal data). */
    record DeadLetter(UUID entryId, String dossierCode, String service, int dossierStatus, int attempts, int rejections,
                      String lastError, LocalDateTime createdAt) {
    }
}
