package vn.motcua.integration.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The NPSP sync's health in Micrometer (Actuator: {@code /actuator/metrics/...}), read from the outbox shared by
 * every node, so any node reports the province's figures: {@code motcua.integration.queue.length} (entries not yet
 * delivered), {@code motcua.integration.queue.oldest.age} (seconds since the oldest of them was written) and
 * {@code motcua.integration.dead.letters}, each tagged {@code partner=npsp}; failures per partner are counted by
 * {@link PartnerCalls}. An alert on the oldest age tells that the sync is behind long before the 766 index does.
 */
class NpspMetrics {

    private final NpspOutbox outbox;
    private final Clock clock;

    NpspMetrics(NpspOutbox outbox, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("motcua.integration.queue.length", this, m -> m.queueLength()).tag("partner", "npsp")
                .description("NPSP entries not yet delivered").register(meters);
        Gauge.builder("motcua.integration.queue.oldest.age", this, m -> m.oldestAge().toSeconds()).tag("partner", "npsp")
                .baseUnit("seconds").description("Age of the oldest NPSP entry not yet delivered").register(meters);
        Gauge.builder("motcua.integration.dead.letters", this, m -> m.deadLetters()).tag("partner", "npsp")
                .description("NPSP entries given up, waiting for an administrator").register(meters);
    }

    long queueLength() {
        return outbox.backlog().count();
    }

    Duration oldestAge() {
        LocalDateTime oldest = outbox.backlog().oldest();
        if (oldest == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(oldest, LocalDateTime.now(clock));
        return age.isNegative() ? Duration.ZERO : age;
    }

    long deadLetters() {
        return outbox.deadCount();
    }
}
