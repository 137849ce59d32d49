package vn.motcua.payment.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code fee_obligation}: one row per dossier that owes something. Settling is a conditional update from DUE,
 * so a fee is settled once whichever way comes first (a callback racing the receiver at the counter included).
 */
@Component
public class FeeLedger {

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    FeeLedger(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Inserts the obligation unless the dossier has one already (a model step run again): the first one stands. */
    public FeeObligation open(UUID dossierId, String dossierCode, String procedureCode, String stage, long amountVnd,
                              boolean amountKnown, LocalDateTime now) {
        Optional<FeeObligation> existing = find(dossierId);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                        insert into fee_obligation (dossier_id, dossier_code, procedure_code, stage, amount_vnd, state,
                            requested_at, amount_known) values (:id, :code, :procedure, :stage, :amount, 'DUE', :now, :known)""")
                .param("id", dossierId).param("code", dossierCode).param("procedure", procedureCode)
                .param("stage", stage).param("amount", amountVnd).param("now", Timestamp.valueOf(now))
                .param("known", amountKnown).update();
        events.publishEvent(new vn.motcua.payment.FeeRecorded(dossierId));
        return find(dossierId).orElseThrow();
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
