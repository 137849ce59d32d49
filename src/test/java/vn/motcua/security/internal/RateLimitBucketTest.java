package vn.motcua.security.internal;


import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket behind the rate limits: a burst up to the capacity, then one request per period / capacity. */
class RateLimitBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheCapacityIsServedThenTheClientWaitsForTheNextToken() {
        RateLimitFilter.Bucket bucket = new RateLimitFilter.Bucket(new RateLimitProperties.Limit(3, Duration.ofMinutes(1)), 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).as("seconds until the next token: 60 s / 3").isEqualTo(20);
        assertThat(bucket.take(10 * SECOND)).isEqualTo(10);
        assertThat(bucket.take(20 * SECOND)).isZero();
        assertThat(bucket.take(20 * SECOND)).isEqualTo(20);
    }

    @Test
    void anIdleClientsBucketRefillsToTheCapacityAndNoFurther() {
        RateLimitFilter.Bucket bucket = new RateLimitFilter.Bucket(new RateLimitProperties.Limit(2, Duration.ofMinutes(1)), 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.full(30 * SECOND)).isFalse();
        assertThat(bucket.full(60 * SECOND)).isTrue();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isPositive();
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimitProperties.Limit(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
