package vn.motcua.security.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the clients' token buckets live (Bucket4j): in the shared PostgreSQL database, so that every node spends from
 * one budget per client ({@link SharedRateLimitBuckets}), or in this node's memory where there is only one node
 * (the embedded H2 database, {@link LocalRateLimitBuckets}).
 */
interface RateLimitBuckets {

    /** Takes one token from the bucket {@code key}: 0 if there was one, else the whole seconds (≥ 1) until there is. */
    long take(String key, RateLimitProperties.Limit limit);

    /** Up to {@code capacity} tokens, refilled evenly at {@code capacity} per {@code period}, as a Bucket4j bucket. */
    static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }

    /** Nanoseconds to wait as whole seconds for {@code Retry-After}: at least one, rounded up. */
    static long seconds(long nanosToWait) {
        return Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
    }
}
