package vn.motcua.integration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code citizen_store_outbox}, in the style of {@link NpspOutbox}: {@link #enqueue} joins the signing
 * transaction; claims and outcomes run on their own (auto-commit), so a claim is seen by the other nodes at once and
 * no transaction is open while the store is called. PENDING &rarr; SENDING (one node's, until {@code locked_until})
 * &rarr; SENT; back to PENDING after a failure with a growing delay; DEAD after {@code max-attempts}. Each entry is
 * one document, so there is no order to keep between entries; a repeat is harmless (the store keys it by GiayToId).
 */
class CitizenStoreOutbox {

    private static final String DUE = """
            ((state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and locked_until < :now))""";

    private final JdbcClient jdbc;

    CitizenStoreOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(UUID documentId, UUID dossierId, String dossierCode, LocalDateTime now) {
        jdbc.sql("""
                        insert into citizen_store_outbox (entry_id, document_id, dossier_id, dossier_code, state, attempts,
                            next_attempt_at, created_at)
                        values (:entry, :doc, :dossier, :code, 'PENDING', 0, :now, :now)""")
                .param("entry", UUID.randomUUID()).param("doc", documentId).param("dossier", dossierId)
                .param("code", dossierCode).param("now", Timestamp.valueOf(now))
                .update();
    }

    List<Long> due(LocalDateTime now, int limit) {
        return jdbc.sql("select id from citizen_store_outbox where " + DUE + " order by next_attempt_at, id "
                        + "fetch first :limit rows only")
                .param("now", Timestamp.valueOf(now)).param("limit", limit).query(Long.class).list();
    }

    /** Takes the entry for this node if it is still due; the try is counted here. */
    Optional<Entry> claim(long id, UUID token, LocalDateTime now, LocalDateTime lockedUntil) {
        int updated = jdbc.sql("update citizen_store_outbox set state = 'SENDING', attempts = attempts + 1, "
                        + "locked_until = :until, claim_token = :token where id = :id and " + DUE)
                .param("until", Timestamp.valueOf(lockedUntil)).param("token", token).param("id", id)
                .param("now", Timestamp.valueOf(now)).update();
        if (updated != 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, entry_id, document_id, dossier_id, dossier_code, attempts from citizen_store_outbox
                        where id = :id and claim_token = :token""")
                .param("id", id).param("token", token)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getInt(6), token))
                .optional();
    }

    boolean markSent(Entry entry, String reference, LocalDateTime now) {
        return jdbc.sql("""
                        update citizen_store_outbox set state = 'SENT', sent_at = :now, store_reference = :ref,
                            locked_until = null, last_error = null
                        where id = :id and claim_token = :token and state = 'SENDING'""")
                .param("now", Timestamp.valueOf(now)).param("ref", reference).param("id", entry.id())
                .param("token", entry.token()).update() == 1;
    }

    boolean markFailed(Entry entry, String error, boolean dead, LocalDateTime next) {
        return jdbc.sql("""
                        update citizen_store_outbox set state = :state, last_error = :error, next_attempt_at = :next,
                            locked_until = null
                        where id = :id and claim_token = :token and state = 'SENDING'""")
                .param("state", dead ? "DEAD" : "PENDING")
                .param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
                .param("next", Timestamp.valueOf(next)).param("id", entry.id()).param("token", entry.token())
                .update() == 1;
    }

    /** What tests and administrators read of a document's delivery: state, tries, the store's reference. */
    Optional<Delivery> delivery(UUID documentId) {
        return jdbc.sql("""
                        select state, attempts, store_reference, last_error from citizen_store_outbox
                        where document_id = :doc order by id desc fetch first 1 rows only""")
                .param("doc", documentId)
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The dead deliveries, oldest first: which document of which dossier, how many tries, the last error. */
    List<DeadDelivery> deadLetters(int limit) {
        return jdbc.sql("""
                        select entry_id, document_id, dossier_code, attempts, last_error, created_at, next_attempt_at
                        from citizen_store_outbox where state = 'DEAD' order by id fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, n) -> new DeadDelivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(),
                        rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }

    long deadCount() {
        return jdbc.sql("select count(*) from citizen_store_outbox where state = 'DEAD'").query(Long.class).single();
    }

    /** A dead delivery back in the line with its tries counted afresh; false when there is no such dead entry. */
    boolean retry(UUID entryId, LocalDateTime now) {
        return jdbc.sql("""
                        update citizen_store_outbox set state = 'PENDING', attempts = 0, next_attempt_at = :now,
                            locked_until = null, claim_token = null
                        where entry_id = :e and state = 'DEAD'""")
                .param("e", entryId).param("now", Timestamp.valueOf(now)).update() == 1;
    }

    Optional<String> deadDossierCode(UUID entryId) {
        return jdbc.sql("select dossier_code from citizen_store_outbox where entry_id = :e and state = 'DEAD'")
                .param("e", entryId).query(String.class).optional();
    }

    /**
     * @param lastTriedAt when the last try failed (the time its next try would have been due)
     */
    record DeadDelivery(UUID entryId, UUID documentId, String dossierCode, int attempts, String lastError,
                        LocalDateTime createdAt, LocalDateTime lastTriedAt) {
    }

    record Entry(long id, UUID entryId, UUID documentId, UUID dossierId, String dossierCode, int attempts, UUID token) {
    }

    record Delivery(String state, int attempts, String storeReference, String lastError) {
    }
}
