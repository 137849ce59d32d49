package vn.motcua.payment.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ApplicantProof;

import java.time.LocalDateTime;

/**
 * The applicant's fee, with their proof (dossier code and ID number, as tracking): what is owed and how it stands,
 * and paying it online (an order at the national payment platform and the page to pay it). The platform's
 * confirmation callback is public too: only its checksum makes it believed.
 */
@RestController
class PaymentController {

    private final OnlinePayments payments;

    PaymentController(OnlinePayments payments) {
        this.payments = payments;
    }

    /** The fee as it stands: amount in đồng, state, receipt number once paid. */
    @PostMapping("/api/v1/tracking/fee")
    FeeAnswer fee(@Valid @RequestBody ApplicantProof proof) {
        return FeeAnswer.of(payments.fee(proof));
    }

    /** Starts paying online: the order and the platform's page where the applicant pays it. */
    @PostMapping("/api/v1/tracking/payments")
    OnlinePayments.Started pay(@Valid @RequestBody ApplicantProof proof) {
        return payments.start(proof);
    }

    /** The platform's confirmation (server to server). Answers {@code code "00"} for a verified one, repeats included. */
    @PostMapping("/api/v1/payments/paygov/callback")
    CallbackAnswer callback(@Valid @RequestBody CallbackRequest request) {
        OnlinePayments.Outcome outcome = payments.confirm(new OnlinePayments.Confirmation(request.merchantCode(),
                request.orderId(), request.amount(), request.transactionRef(), request.status(), request.checksum()));
        return new CallbackAnswer("00", outcome.name());
    }

    @ExceptionHandler(OnlinePayments.PaymentPlatformUnavailableException.class)
    ProblemDetail unavailable(OnlinePayments.PaymentPlatformUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Cổng thanh toán không truy cập được / Payment platform unavailable");
        return problem;
    }

    record CallbackRequest(@NotBlank @Size(max = 60) String merchantCode, @NotBlank @Size(max = 100) String orderId,
                           @NotNull Long amount, @Size(max = 100) String transactionRef,
                           @NotBlank @Size(max = 20) String status, @NotBlank @Size(max = 128) String checksum) {
    }

    record CallbackAnswer(String code, String outcome) {
    }

    record FeeAnswer(String dossierCode, long amountVnd, boolean amountKnown, String state, String stateVi, String stateEn,
                     LocalDateTime requestedAt, LocalDateTime settledAt, String receiptNumber, String exemptionReason) {

        static FeeAnswer of(FeeObligation fee) {
            String[] label = switch (fee.state()) {
                case "DUE" -> new String[] {"Chờ nộp phí, lệ phí", "Fee due"};
                case "PAID_ONLINE" -> new String[] {"Đã nộp trực tuyến", "Paid online"};
                case "PAID_AT_COUNTER" -> new String[] {"Đã nộp tại bộ phận một cửa", "Paid at the counter"};
                case "EXEMPTED" -> new String[] {"Được miễn", "Exempted"};
                default -> new String[] {"Không nộp trong thời hạn", "Not paid in time"};
            };
            return new FeeAnswer(fee.dossierCode(), fee.amountVnd(), fee.amountKnown(), fee.state(), label[0], label[1], fee.requestedAt(),
                    fee.settledAt(), fee.receiptNumber(), fee.exemptionReason());
        }
    }
}
