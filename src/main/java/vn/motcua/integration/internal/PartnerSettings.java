package vn.motcua.integration.internal;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Timeouts, retries and circuit breaker of one partner ({@code motcua.integration.<partner>.calls.*}).
 *
 * @param retryAttempts       tries of one call, the first included, while the partner is unavailable
 * @param retryWait           wait before the second try, doubled before each next one
 * @param circuitWindow       how many recent calls the breaker judges
 * @param circuitMinimumCalls calls needed before it judges at all
 * @param circuitFailureRate  percentage of unavailable answers that opens it
 * @param circuitOpenFor      how long it stays open before letting one trial call through
 */
record PartnerSettings(
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT30S") Duration readTimeout,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("PT0.5S") Duration retryWait,
        @DefaultValue("20") int circuitWindow,
        @DefaultValue("10") int circuitMinimumCalls,
        @DefaultValue("50") float circuitFailureRate,
        @DefaultValue("PT30S") Duration circuitOpenFor) {

    PartnerSettings {
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("retry-attempts must be at least 1");
        }
    }

    static PartnerSettings defaults() {
        return new PartnerSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 3, Duration.ofMillis(500), 20, 10, 50,
                Duration.ofSeconds(30));
    }
}
