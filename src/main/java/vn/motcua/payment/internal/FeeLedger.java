package vn.motcua.payment.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.database.DatabaseProduct;

/**
 * Table {@code fee_obligation}: one row per dossier that owes something. Settling is a conditional update from DUE,
 * so a fee is settled once whichever way comes first (a callback racing the receiver at the counter included).
 */
@Component
public class FeeLedger {

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final String insertOnce;

    FeeLedger(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events, DataSource dataSource) {
        this.jdbc = jdbc;
        this.events = events;
        // The insert itself decides, not a look before it: two nodes running the same dossier's step at once both saw
        // no row, and the second insert failed on the primary key (a DuplicateKeyException that, on PostgreSQL, also
        // aborts the engine's transaction). PostgreSQL's ON CONFLICT makes the second wait for the first and insert
        // nothing; without a conflict target, so that the dossier code's unique index is an arbiter too (a named target
        // leaves the other index to raise the duplicate key after the wait). The embedded H2 has no ON CONFLICT outside
        // its PostgreSQL mode, and MERGE does the same there.
        this.insertOnce = postgres(dataSource) ? """
                insert into fee_obligation (dossier_id, dossier_code, procedure_code, stage, amount_vnd, state,
                    requested_at, amount_known) values (:id, :code, :procedure, :stage, :amount, 'DUE', :now, :known)
                on conflict do nothing""" : """
                merge into fee_obligation t using (values (cast(:id as uuid))) s (dossier_id) on t.dossier_id = s.dossier_id
                when not matched then insert (dossier_id, dossier_code, procedure_code, stage, amount_vnd, state,
                    requested_at, amount_known) values (:id, :code, :procedure, :stage, :amount, 'DUE', :now, :known)""";
    }

    /**
     * Inserts the obligation unless the dossier has one already (a model step run again, or run by two nodes at once):
     * the first one stands, and only a row inserted here is announced.
     */
    public FeeObligation open(UUID dossierId, String dossierCode, String procedureCode, String stage, long amountVnd,
                              boolean amountKnown, LocalDateTime now) {
        int inserted = jdbc.sql(insertOnce)
                .param("id", dossierId).param("code", dossierCode).param("procedure", procedureCode)
                .param("stage", stage).param("amount", amountVnd).param("now", Timestamp.valueOf(now))
                .param("known", amountKnown).update();
        if (inserted == 1) {
            events.publishEvent(new vn.motcua.payment.FeeRecorded(dossierId));
        }
        return find(dossierId).orElseThrow(() -> new IllegalStateException("Fee of dossier " + dossierId + " (" + dossierCode
                + ") not recorded: another dossier holds the code " + dossierCode));
    }

    private static boolean postgres(DataSource dataSource) {
        return DatabaseProduct.isPostgreSql(dataSource, "Fees");
    }

    /** DUE to {@code state}; false when it was no longer DUE (settled another way first). */
    public boolean settle(UUID dossierId, String state, String actor, String receiptNumber, String exemptionReason,
                          String orderId, LocalDateTime now) {
        boolean settled = jdbc.sql("""
                        update fee_obligation set state = :state, settled_at = :now, settled_by = :actor,
                            receipt_number = :receipt, exemption_reason = :reason, order_id = :orderId
                        where dossier_id = :id and state = 'DUE'""")
                .param("state", state).param("now", Timestamp.valueOf(now)).param("actor", actor)
                .param("receipt", receiptNumber).param("reason", exemptionReason).param("orderId", orderId)
                .param("id", dossierId).update() == 1;
        if (settled) {
            events.publishEvent(new vn.motcua.payment.FeeRecorded(dossierId));
        }
        return settled;
    }

    /**
     * The amount the receiving point entered for a fee the catalog does not state, while it is still DUE; false when
     * the amount was known or the fee no longer due.
     */
    public boolean enterAmount(UUID dossierId, long amountVnd) {
        return jdbc.sql("""
                        update fee_obligation set amount_vnd = :amount, amount_known = true
                        where dossier_id = :id and state = 'DUE' and amount_known = false""")
                .param("amount", amountVnd).param("id", dossierId).update() == 1;
    }

    /** Fee obligations by state: the settled receipts of dossiers, for the receipt and the 766 index. */
    public java.util.List<FeeObligation> findAll(java.util.Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<FeeObligation> out = new java.util.ArrayList<>();
        java.util.List<UUID> ids = java.util.List.copyOf(dossierIds);
        for (int i = 0; i < ids.size(); i += 500) {
            out.addAll(jdbc.sql("select * from fee_obligation where dossier_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500))).query(FeeLedger::row).list());
        }
        return out;
    }

    /** The next receipt number of the province, {@code BL-yyyy-000001}, in the caller's transaction. */
    public String nextReceiptNumber(LocalDateTime now) {
        jdbc.sql("update fee_receipt_counter set last_value = last_value + 1 where id = 1").update();
        long next = jdbc.sql("select last_value from fee_receipt_counter where id = 1").query(Long.class).single();
        return "BL-%d-%06d".formatted(now.getYear(), next);
    }

    public Optional<FeeObligation> find(UUID dossierId) {
        return jdbc.sql("select * from fee_obligation where dossier_id = :id").param("id", dossierId)
                .query(FeeLedger::row).optional();
    }

    public Optional<FeeObligation> findByCode(String dossierCode) {
        return jdbc.sql("select * from fee_obligation where dossier_code = :code").param("code", dossierCode)
                .query(FeeLedger::row).optional();
    }

    private static FeeObligation row(ResultSet rs, int n) throws SQLException {
        return new FeeObligation(rs.getObject("dossier_id", UUID.class), rs.getString("dossier_code"),
                rs.getString("procedure_code"), rs.getString("stage"), rs.getLong("amount_vnd"), rs.getString("state"),
                time(rs, "requested_at"), time(rs, "settled_at"), rs.getString("settled_by"),
                rs.getString("receipt_number"), rs.getString("exemption_reason"), rs.getString("order_id"),
                rs.getBoolean("amount_known"));
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
