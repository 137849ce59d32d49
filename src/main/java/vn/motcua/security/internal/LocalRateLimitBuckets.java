package vn.motcua.security.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buckets in this node's memory, for a single node (the embedded H2 database cannot be shared). Memory stays
 * bounded: at {@code maxClients} the full buckets (idle clients) are forgotten, which changes nothing for them.
 */
final class LocalRateLimitBuckets implements RateLimitBuckets {

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final int maxClients;
    private final TimeMeter time;

    LocalRateLimitBuckets(int maxClients, TimeMeter time) {
        this.maxClients = maxClients;
        this.time = time;
    }

    @Override
    public long take(String key, RateLimitProperties.Limit limit) {
        Entry entry = buckets.get(key);
        if (entry == null) {
            if (buckets.size() >= maxClients) {
                forgetIdleClients();
            }
            entry = buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder()
                    .addLimit(RateLimitBuckets.configuration(limit).getBandwidths()[0])
                    .withCustomTimePrecision(time).build(), limit.capacity()));
        }
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimitBuckets.seconds(probe.getNanosToWaitForRefill());
    }

    int size() {
        return buckets.size();
    }

    private void forgetIdleClients() {
        buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
        if (buckets.size() >= maxClients) {
            // Under a flood of distinct addresses memory stays bounded; the limit restarts for everyone.
            buckets.clear();
        }
    }

    private record Entry(Bucket bucket, long capacity) {
    }
}
