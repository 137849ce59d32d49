package vn.motcua.payment.internal.simulator;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * What the simulated payment platform does wrong ({@code motcua.payment.simulator.faults.*}, or a test's
 * {@link PaygovSimulator#faults(PaymentFaults)}).
 *
 * @param duplicateCallback every confirmation is sent twice
 * @param wrongChecksum     confirmations carry a checksum that does not verify (a forger's, or a wrong secret)
 * @param lostCallback      the confirmation never arrives (only a status query finds the payment)
 * @param slow              every answer to the system's calls waits this long (a timeout when above its read timeout)
 * @param amountDeltaVnd    what the platform says was paid differs from the order by this many đồng
 */
public record PaymentFaults(@DefaultValue("false") boolean duplicateCallback, @DefaultValue("false") boolean wrongChecksum,
                            @DefaultValue("false") boolean lostCallback, @DefaultValue("PT0S") Duration slow,
                            @DefaultValue("0") long amountDeltaVnd) {

    public static final PaymentFaults NONE = new PaymentFaults(false, false, false, Duration.ZERO, 0);

    public PaymentFaults {
        slow = slow == null ? Duration.ZERO : slow;
    }

    public PaymentFaults withDuplicateCallback() {
        return new PaymentFaults(true, wrongChecksum, lostCallback, slow, amountDeltaVnd);
    }

    public PaymentFaults withWrongChecksum() {
        return new PaymentFaults(duplicateCallback, true, lostCallback, slow, amountDeltaVnd);
    }

    public PaymentFaults withLostCallback() {
        return new PaymentFaults(duplicateCallback, wrongChecksum, true, slow, amountDeltaVnd);
    }

    public PaymentFaults withSlow(Duration wait) {
        return new PaymentFaults(duplicateCallback, wrongChecksum, lostCallback, wait, amountDeltaVnd);
    }

    public PaymentFaults withAmountDelta(long delta) {
        return new PaymentFaults(duplicateCallback, wrongChecksum, lostCallback, slow, delta);
    }
}
