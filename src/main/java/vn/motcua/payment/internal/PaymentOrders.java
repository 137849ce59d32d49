package vn.motcua.payment.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code payment_order}. {@link #markPaid} is the one place a payment is counted: a conditional update from
 * PENDING, so of two confirmations of one order (a duplicate, or the same one reaching two nodes at once) exactly one
 * changes the row; the database's row lock decides between concurrent ones.
 */
class PaymentOrders {

    record PaymentOrder(String orderId, UUID dossierId, long amountVnd, String state, LocalDateTime createdAt,
                        LocalDateTime paidAt, String transactionRef, int confirmations, String problem) {
    }

    private final JdbcClient jdbc;

    PaymentOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String orderId, UUID dossierId, long amountVnd, LocalDateTime now) {
        jdbc.sql("""
                        insert into payment_order (order_id, dossier_id, amount_vnd, state, created_at, confirmations)
                        values (:id, :dossier, :amount, 'PENDING', :now, 0)""")
                .param("id", orderId).param("dossier", dossierId).param("amount", amountVnd)
                .param("now", Timestamp.valueOf(now)).update();
    }

    int countFor(UUID dossierId) {
        return jdbc.sql("select count(*) from payment_order where dossier_id = :d").param("d", dossierId)
                .query(Integer.class).single();
    }

    Optional<PaymentOrder> find(String orderId) {
        return jdbc.sql("select * from payment_order where order_id = :id").param("id", orderId)
                .query(PaymentOrders::row).optional();
    }

    Optional<PaymentOrder> pendingFor(UUID dossierId) {
        return jdbc.sql("select * from payment_order where dossier_id = :d and state = 'PENDING' order by created_at desc")
                .param("d", dossierId).query(PaymentOrders::row).list().stream().findFirst();
    }

    /** PENDING → PAID; true only for the confirmation that changed it. Every verified confirmation is counted. */
    boolean markPaid(String orderId, String transactionRef, LocalDateTime now) {
        int changed = jdbc.sql("""
                        update payment_order set state = 'PAID', paid_at = :now, transaction_ref = :ref,
                            confirmations = confirmations + 1 where order_id = :id and state = 'PENDING'""")
                .param("now", Timestamp.valueOf(now)).param("ref", transactionRef).param("id", orderId).update();
        if (changed == 0) {
            jdbc.sql("update payment_order set confirmations = confirmations + 1 where order_id = :id")
                    .param("id", orderId).update();
        }
        return changed == 1;
    }

    /** The platform reports another amount than ordered: kept aside for an officer, never settled. */
    boolean markMismatch(String orderId, String problem, LocalDateTime now) {
        return jdbc.sql("""
                        update payment_order set state = 'MISMATCH', problem = :problem, last_checked_at = :now
                        where order_id = :id and state = 'PENDING'""")
                .param("problem", problem).param("now", Timestamp.valueOf(now)).param("id", orderId).update() == 1;
    }

    void cancel(String orderId, String problem) {
        jdbc.sql("update payment_order set state = 'CANCELLED', problem = :p where order_id = :id and state = 'PENDING'")
                .param("p", problem).param("id", orderId).update();
    }

    void checked(String orderId, LocalDateTime now) {
        jdbc.sql("update payment_order set last_checked_at = :now where order_id = :id")
                .param("now", Timestamp.valueOf(now)).param("id", orderId).update();
    }

    /** Pending orders created before {@code before} and not checked since then: their callback may be lost. */
    List<PaymentOrder> toReconcile(LocalDateTime before, int limit) {
        return jdbc.sql("""
                        select * from payment_order where state = 'PENDING' and created_at <= :before
                        and (last_checked_at is null or last_checked_at <= :before)
                        order by created_at fetch first :limit rows only""")
                .param("before", Timestamp.valueOf(before)).param("limit", limit)
                .query(PaymentOrders::row).list();
    }

    List<PaymentOrder> mismatches() {
        return jdbc.sql("select * from payment_order where state = 'MISMATCH' order by created_at")
                .query(PaymentOrders::row).list();
    }

    private static PaymentOrder row(ResultSet rs, int n) throws SQLException {
        return new PaymentOrder(rs.getString("order_id"), rs.getObject("dossier_id", UUID.class), rs.getLong("amount_vnd"),
                rs.getString("state"), FeeLedger.time(rs, "created_at"), FeeLedger.time(rs, "paid_at"),
                rs.getString("transaction_ref"), rs.getInt("confirmations"), rs.getString("problem"));
    }
}
