package vn.motcua.payment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the payments whose confirmation never arrived: every pending order older than
 * {@code motcua.payment.reconcile-after} is queried at the platform; a verified PAID settles the fee exactly as the
 * callback would have (the same counted-once update, so a late callback changes nothing more), an amount that differs
 * is set aside as a mismatch for an officer. Runs on every node; the conditional updates make that safe.
 */
class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    /** What one run found: orders queried, paid, amount mismatches, not reachable, and the mismatches' orders. */
    record Report(int checked, int paid, int mismatched, int unreachable, List<String> mismatchedOrders) {
    }

    private final PaymentOrders orders;
    private final PaygovClient platform;
    private final OnlinePayments payments;
    private final PaymentProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentReconciliation(PaymentOrders orders, PaygovClient platform, OnlinePayments payments,
                          PaymentProperties properties, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.platform = platform;
        this.payments = payments;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${motcua.payment.reconcile-interval:PT5M}",
            fixedDelayString = "${motcua.payment.reconcile-interval:PT5M}")
    void scheduled() {
        Report report = run();
        if (report.checked() > 0) {
            log.info("Payment reconciliation: {} pending orders checked, {} paid, {} amount mismatches, {} unreachable",
                    report.checked(), report.paid(), report.mismatched(), report.unreachable());
        }
    }

    Report run() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        int paid = 0;
        int unreachable = 0;
        List<String> mismatched = new ArrayList<>();
        List<PaymentOrders.PaymentOrder> pending = orders.toReconcile(now.minus(properties.reconcileAfter()), 200);
        for (PaymentOrders.PaymentOrder order : pending) {
            PaygovClient.PlatformOrder there;
            try {
                there = platform.query(order.orderId());
            } catch (PaygovClient.PlatformUnavailableException | PaygovClient.PlatformRefusedException e) {
                unreachable++;
                log.warn("Payment reconciliation: order {} not checked: {}", order.orderId(), e.getMessage());
                continue;
            }
            OnlinePayments.Outcome outcome = transactions.execute(tx -> {
                orders.checked(order.orderId(), now);
                return payments.apply(order.orderId(), there.status(), there.amountVnd(), there.transactionRef(),
                        "reconciliation");
            });
            if (outcome == OnlinePayments.Outcome.PAID) {
                paid++;
            } else if (outcome == OnlinePayments.Outcome.MISMATCH) {
                mismatched.add(order.orderId());
            }
        }
        return new Report(pending.size(), paid, mismatched.size(), unreachable, mismatched);
    }
}
