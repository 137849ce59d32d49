package vn.motcua.payment.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.problem.NotFoundException;
import vn.motcua.security.CurrentOfficer;
import vn.motcua.security.Officer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The officers' view of online payment orders: the orders reconciliation set aside as {@code MISMATCH} (the platform
 * reported another amount than ordered; never settled, left for an officer to refund or collect the difference), and
 * one order by its id. An officer sees the orders of the dossiers they may read (their units', as for the dossier
 * itself; auditors all); any other order is the same 404 as an unknown one.
 */
@RestController
class PaymentOfficeController {

    private final PaymentOrders orders;
    private final DossierQueries dossiers;
    private final JdbcClient jdbc;

    PaymentOfficeController(PaymentOrders orders, DossierQueries dossiers, JdbcClient jdbc) {
        this.orders = orders;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
    }

    /** The orders set aside for an amount mismatch, oldest first, of the officer's dossiers. */
    @GetMapping("/api/v1/payments/mismatches")
    @Transactional(readOnly = true)
    List<OrderView> mismatches() {
        Officer officer = CurrentOfficer.require();
        return orders.mismatches().stream().map(this::view).filter(v -> visible(v, officer)).toList();
    }

    /** One order (any state), 404 problem+json when unknown or not the officer's. */
    @GetMapping("/api/v1/payments/orders/{id}")
    @Transactional(readOnly = true)
    OrderView order(@PathVariable("id") String orderId) {
        Officer officer = CurrentOfficer.require();
        return orders.find(orderId).map(this::view).filter(v -> visible(v, officer))
                .orElseThrow(() -> new NotFoundException("payment order", orderId, "Không có đơn hàng thanh toán " + orderId,
                        "No payment order " + orderId));
    }

    private boolean visible(OrderView v, Officer officer) {
        return v.dossierCode() != null && dossiers.forOfficer(v.dossierCode(), officer).isPresent();
    }

    private OrderView view(PaymentOrders.PaymentOrder o) {
        String code = jdbc.sql("select dossier_code from fee_obligation where dossier_id = :id")
                .param("id", o.dossierId()).query(String.class).optional().orElse(null);
        return new OrderView(o.orderId(), code, o.amountVnd(), o.state(), stateVi(o.state()), o.createdAt(), o.paidAt(),
                o.transactionRef(), o.confirmations(), o.problem());
    }

    private static String stateVi(String state) {
        return switch (state) {
            case "PENDING" -> "Chờ thanh toán";
            case "PAID" -> "Đã thanh toán";
            case "MISMATCH" -> "Sai lệch số tiền, chờ cán bộ xử lý";
            default -> "Đã hủy";
        };
    }

    /**
     * @param amountVnd the amount ordered (integer đồng); {@code problem} says what the platform reported instead
     */
    record OrderView(String orderId, String dossierCode, long amountVnd, String state, String stateVi,
                     LocalDateTime createdAt, LocalDateTime paidAt, String transactionRef, int confirmations,
                     String problem) {
    }
}
