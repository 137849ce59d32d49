package vn.motcua.payment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.payment.FeeSettled;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Paying a dossier's fee online: the applicant (with their proof) gets an order at the platform and its payment page;
 * the platform's confirmation settles the fee once, in one transaction with the lifecycle's step (through
 * {@link FeeSettled}). A confirmation whose checksum does not verify changes nothing.
 */
class OnlinePayments {

    private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

    /** A started payment: the order and where the applicant pays it. */
    record Started(String orderId, long amountVnd, String payUrl) {
    }

    /** A confirmation as the platform sends it. */
    record Confirmation(String merchantCode, String orderId, long amount, String transactionRef, String status,
                        String checksum) {
    }

    /** What a confirmation did: PAID (this one counted), ALREADY_PAID (a repeat), MISMATCH, IGNORED (not a payment). */
    enum Outcome { PAID, ALREADY_PAID, MISMATCH, IGNORED }

    private final DossierQueries dossiers;
    private final DossierProgress progress;
    private final FeeLedger ledger;
    private final PaymentOrders orders;
    private final PaygovClient platform;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OnlinePayments(DossierQueries dossiers, DossierProgress progress, FeeLedger ledger, PaymentOrders orders,
                   PaygovClient platform, PaymentProperties properties, ApplicationEventPublisher events,
                   TransactionTemplate transactions, Clock clock) {
        this.dossiers = dossiers;
        this.progress = progress;
        this.ledger = ledger;
        this.orders = orders;
        this.platform = platform;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The applicant's fee as it stands (404 as tracking for a wrong proof; 404 when nothing is owed). */
    FeeObligation fee(ApplicantProof proof) {
        Dossier dossier = dossiers.forApplicant(proof).dossier();
        return ledger.find(dossier.id()).orElseThrow(() -> new NotFoundException("fee", dossier.code(),
                "Hồ sơ " + dossier.code() + " không có khoản phí, lệ phí nào", "Dossier " + dossier.code() + " owes no fee"));
    }

    /**
     * Creates an order for the fee due (a pending one is reused: the applicant may come back to its page). The order
     * is stored before the platform is called, so a payment made on it can always be reconciled.
     */
    Started start(ApplicantProof proof) {
        Dossier dossier = dossiers.forApplicant(proof).dossier();
        FeeObligation fee = ledger.find(dossier.id()).filter(FeeObligation::due).orElseThrow(() -> new RuleViolationException(
                "Hồ sơ " + dossier.code() + " không có khoản phí, lệ phí đang chờ nộp",
                "Dossier " + dossier.code() + " has no fee waiting to be paid"));
        if (!fee.amountKnown()) {
            throw new RuleViolationException("Thủ tục chưa công bố mức phí, lệ phí: vui lòng nộp tại bộ phận một cửa, "
                    + "nơi xác định số tiền", "The procedure's fee is not published: please pay at the counter, "
                    + "where the amount is stated");
        }
        String orderId = transactions.execute(tx -> orders.pendingFor(dossier.id()).map(PaymentOrders.PaymentOrder::orderId)
                .orElseGet(() -> {
                    String id = "%s-%s-%02d".formatted(dossier.receivingUnitCode(), dossier.code(),
                            orders.countFor(dossier.id()) + 1);
                    orders.insert(id, dossier.id(), fee.amountVnd(), now());
                    return id;
                }));
        String description = "Phí, lệ phí hồ sơ " + dossier.code() + " (" + dossier.procedureName() + "): "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(fee.amountVnd()) + " đồng";
        try {
            return new Started(orderId, fee.amountVnd(), platform.createOrder(orderId, fee.amountVnd(),
                    description.length() > 250 ? description.substring(0, 250) : description));
        } catch (PaygovClient.PlatformUnavailableException | PaygovClient.PlatformRefusedException e) {
            log.warn("Payment order {} not created: {}", orderId, e.getMessage());
            throw new PaymentPlatformUnavailableException();
        }
    }

    /**
     * A confirmation from the platform (callback). Refused, changing nothing, unless its checksum verifies with the
     * configured secret; counted once however often it comes.
     *
     * @throws InvalidInputException for a checksum that does not verify or a foreign merchant code
     */
    Outcome confirm(Confirmation c) {
        String expected = Checksum.confirmation(properties.secret(), properties.merchantCode(), c.orderId(), c.amount(),
                c.transactionRef(), c.status());
        if (!properties.merchantCode().equals(c.merchantCode()) || !Checksum.matches(expected, c.checksum())) {
            log.warn("Payment confirmation for order {} refused: its checksum does not verify", c.orderId());
            throw new InvalidInputException("checksum", "Mã kiểm tra của xác nhận thanh toán không đúng",
                    "The payment confirmation's checksum does not verify");
        }
        return transactions.execute(tx -> apply(c.orderId(), c.status(), c.amount(), c.transactionRef(), "callback"));
    }

    /**
     * A verified statement of the order's state (a callback's, or a status query's during reconciliation), in the
     * caller's transaction.
     */
    Outcome apply(String orderId, String status, long amount, String transactionRef, String source) {
        PaymentOrders.PaymentOrder order = orders.find(orderId).orElseThrow(() -> new NotFoundException("payment order",
                orderId, "Không có đơn hàng " + orderId, "No order " + orderId));
        if (!"PAID".equals(status)) {
            return Outcome.IGNORED;
        }
        if (amount != order.amountVnd()) {
            String problem = "Số tiền cổng thanh toán báo (%d đồng) khác số tiền của đơn hàng (%d đồng) / The platform reports %d đồng paid, the order is for %d đồng"
                    .formatted(amount, order.amountVnd(), amount, order.amountVnd());
            if (orders.markMismatch(orderId, problem, now())) {
                log.warn("Payment order {} ({}): amount mismatch, {} reported for {} ordered; left for an officer",
                        orderId, source, amount, order.amountVnd());
            }
            return Outcome.MISMATCH;
        }
        if (!orders.markPaid(orderId, transactionRef, now())) {
            return Outcome.ALREADY_PAID;
        }
        FeeObligation fee = ledger.find(order.dossierId()).orElseThrow();
        String receipt = ledger.nextReceiptNumber(now());
        if (ledger.settle(order.dossierId(), "PAID_ONLINE", "paygov:" + transactionRef, receipt, null, orderId, now())) {
            progress.record(order.dossierId(), "FEE_PAID", null, "Đã nộp phí, lệ phí trực tuyến: " + amount
                    + " đồng, biên lai " + receipt + " / Fee paid online", "Thanh toán trực tuyến", "paygov");
            events.publishEvent(new FeeSettled(order.dossierId(), fee.dossierCode(), orderId, amount));
        } else {
            log.warn("Payment order {} paid after the fee of dossier {} was settled otherwise ({}); refund by an officer",
                    orderId, fee.dossierCode(), fee.state());
        }
        return Outcome.PAID;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** 503: the platform cannot be reached now; nothing was paid. */
    static class PaymentPlatformUnavailableException extends RuntimeException {
        PaymentPlatformUnavailableException() {
            super("Cổng thanh toán tạm thời không truy cập được, vui lòng thử lại sau / The payment platform cannot be reached now, please try again later");
        }
    }
}
