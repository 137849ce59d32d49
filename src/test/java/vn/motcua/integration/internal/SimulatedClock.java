package vn.motcua.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves: an hour of outage passes in a second. Shared by both nodes and the simulator. */
final class SimulatedClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SimulatedClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SimulatedClock other = new SimulatedClock(now.get(), zone);
        return other;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
