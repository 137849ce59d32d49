package vn.motcua.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.motcua.payment.internal.simulator.PaymentFaults;

import java.time.Duration;

/**
 * The national payment platform ({@code motcua.payment.*}, README "Fees and online payment"). An empty {@code url}
 * means the simulator when the simulators run. The secret never leaves this object: {@link #toString()} masks it.
 *
 * @param merchantCode    the province's merchant code at the platform
 * @param secret          the shared secret of the checksums
 * @param callbackUrl     this system's public address of the confirmation callback, as the platform calls it
 * @param returnUrl       where the platform sends the applicant's browser back (the tracking page)
 * @param reconcileAfter  a pending order older than this is queried at the platform (its callback may be lost)
 * @param paymentPeriod   how long the applicant has to pay before the procedure's rule applies (nWD / nCD)
 */
@ConfigurationProperties("motcua.payment")
public record PaymentProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String merchantCode,
        @DefaultValue("") String secret,
        @DefaultValue("http://localhost:8080/api/v1/payments/paygov/callback") String callbackUrl,
        @DefaultValue("http://localhost:8080/tra-cuu") String returnUrl,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT15S") Duration readTimeout,
        @DefaultValue("2") int retryAttempts,
        @DefaultValue("PT0.5S") Duration retryWait,
        @DefaultValue("PT10M") Duration reconcileAfter,
        @DefaultValue("PT5M") Duration reconcileInterval,
        @DefaultValue("15WD") String paymentPeriod,
        @DefaultValue Simulator simulator) {

    /** The platform's simulator ({@code motcua.payment.simulator.*}); it runs when {@code motcua.simulators.enabled}. */
    public record Simulator(@DefaultValue("0") int port, @DefaultValue PaymentFaults faults) {
    }

    @Override
    public String toString() {
        return "PaymentProperties[url=" + url + ", merchantCode=" + merchantCode + ", secret="
                + (secret == null || secret.isEmpty() ? "(none)" : "******") + ", callbackUrl=" + callbackUrl + "]";
    }
}
