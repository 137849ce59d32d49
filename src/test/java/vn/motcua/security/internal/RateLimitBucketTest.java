package vn.motcua.security.internal;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token buckets behind the rate limits (Bucket4j, here in a node's memory): a burst up to the capacity, then one
 * request per period / capacity; idle clients are forgotten first when too many are remembered.
 */
class RateLimitBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final ManualClock clock = new ManualClock();

    @Test
    void aBurstUpToTheCapacityIsServedThenTheClientWaitsForTheNextToken() {
        LocalRateLimitBuckets buckets = new LocalRateLimitBuckets(100, clock);
        RateLimitProperties.Limit limit = new RateLimitProperties.Limit(3, Duration.ofMinutes(1));
        assertThat(buckets.take("a", limit)).isZero();
        assertThat(buckets.take("a", limit)).isZero();
        assertThat(buckets.take("a", limit)).isZero();
        assertThat(buckets.take("a", limit)).as("seconds until the next token: 60 s / 3").isEqualTo(20);
        clock.now = 10 * SECOND;
        assertThat(buckets.take("a", limit)).isEqualTo(10);
        clock.now = 20 * SECOND;
        assertThat(buckets.take("a", limit)).isZero();
        assertThat(buckets.take("a", limit)).isEqualTo(20);
        assertThat(buckets.take("b", limit)).as("another client has its own bucket").isZero();
    }

    @Test
    void idleClientsAreForgottenFirstWhenTooManyAreRemembered() {
        LocalRateLimitBuckets buckets = new LocalRateLimitBuckets(2, clock);
        RateLimitProperties.Limit limit = new RateLimitProperties.Limit(2, Duration.ofMinutes(1));
        buckets.take("busy", limit);
        buckets.take("busy", limit);
        clock.now = 30 * SECOND;
        buckets.take("idle", limit);
        clock.now = 90 * SECOND; // "idle" is full again; "busy" empties its bucket now
        buckets.take("busy", limit);
        buckets.take("busy", limit);
        buckets.take("new", limit);
        assertThat(buckets.size()).as("the idle client made room").isEqualTo(2);
        assertThat(buckets.take("busy", limit)).as("the busy client's bucket was kept, empty").isPositive();
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties.Limit(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class ManualClock implements TimeMeter {
        long now;

        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
