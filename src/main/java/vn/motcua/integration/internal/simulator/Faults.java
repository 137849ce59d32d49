package vn.motcua.integration.internal.simulator;

import java.time.Duration;

/**
 * What a simulated partner does wrong, switched on by configuration ({@code motcua.simulators.<partner>.faults.*}) or
 * at run time (its {@code POST .../_faults}, or a test calling {@link #set}). Thread-safe: read on every request.
 *
 * @param down           the connection is cut without an answer (the partner or its network is down)
 * @param slow           every answer waits this long first (zero: none)
 * @param http500        every call answers HTTP 500
 * @param expiredSession every session or token in hand is treated as expired (the caller must log in again)
 * @param malformed      every answer is HTTP 200 with a body that is not the contract's JSON
 */
public record Faults(boolean down, Duration slow, boolean http500, boolean expiredSession, boolean malformed) {

    public static final Faults NONE = new Faults(false, Duration.ZERO, false, false, false);

    public Faults {
        slow = slow == null ? Duration.ZERO : slow;
    }

    public static Faults outage() {
        return new Faults(true, Duration.ZERO, false, false, false);
    }

    /** A mutable holder, so the faults of a running simulator can be switched. */
    public static final class Switch {
        private volatile Faults current;

        public Switch(Faults initial) {
            this.current = initial == null ? NONE : initial;
        }

        public Faults get() {
            return current;
        }

        public void set(Faults faults) {
            this.current = faults == null ? NONE : faults;
        }
    }
}
