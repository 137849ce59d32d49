package vn.motcua.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Per-client limits on the public endpoints that look a dossier up or create one, so that nobody can try dossier
 * codes and ID numbers in bulk or flood the counters with online submissions. A client is the request's remote
 * address, which honours {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says the
 * proxy in front may be trusted. On PostgreSQL the buckets are kept in the database, so that several nodes behind
 * one address share each client's budget rather than each granting it in full.
 *
 * @param tracking   the look-ups: {@code POST /api/v1/tracking}, {@code /tracking/withdrawal}, {@code /tracking/slips/*},
 *                   {@code /api/v1/identity-checks} (one bucket per client for all of them)
 * @param submission anonymous {@code POST /api/v1/dossiers} (officers at the counter are not limited)
 * @param maxClients how many clients are remembered at once; idle ones are forgotten first (memory store only)
 * @param store      where the buckets are: {@code database} (table {@code rate_limit_bucket}, PostgreSQL only),
 *                   {@code memory} (each node its own), {@code auto} (the database when it is PostgreSQL)
 */
@ConfigurationProperties("motcua.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled,
                           Limit tracking,
                           Limit submission,
                           @DefaultValue("100000") int maxClients,
                           @DefaultValue("auto") Store store) {

    RateLimitProperties {
        tracking = tracking != null ? tracking : new Limit(30, Duration.ofMinutes(1));
        submission = submission != null ? submission : new Limit(10, Duration.ofMinutes(10));
    }

    enum Store { AUTO, DATABASE, MEMORY }

    /** A token bucket: up to {@code capacity} requests at once, refilled evenly at {@code capacity} per {@code period}. */
    record Limit(@DefaultValue("30") int capacity, @DefaultValue("PT1M") Duration period) {

        Limit {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a capacity >= 1 and a positive period");
            }
        }
    }
}
