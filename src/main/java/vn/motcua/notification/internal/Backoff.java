package vn.motcua.notification.internal;

import java.time.Duration;

/** Exponential backoff: the first retry after {@code initial}, each next one twice as late, never beyond {@code max}. */
public final class Backoff {

    private Backoff() {
    }

    /** @param attempts attempts made so far (at least 1) */
    static Duration after(int attempts, Duration initial, Duration max) {
        int doublings = Math.max(0, attempts - 1);
        // Past 2^30 any sane initial delay is beyond max anyway; stop before the multiplication overflows.
        if (doublings >= 30) {
            return max;
        }
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
