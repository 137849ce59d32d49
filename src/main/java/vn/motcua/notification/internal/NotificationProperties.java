package vn.motcua.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the applicant notifications ({@code motcua.notification.*}).
 *
 * @param pollInterval       how long the sender rests between two runs (read by {@code @Scheduled} directly)
 * @param initialDelay       how long after start-up the sender first runs (read by {@code @Scheduled} directly)
 * @param batchSize          rows claimed per query; small, so a node never sits on many rows another node could send
 * @param maxAttempts        attempts before a row is given up and kept as FAILED for an operator
 * @param retryInitialDelay  wait after the first failed attempt; doubled after each further one
 * @param retryMaxDelay      the longest wait between two attempts
 * @param lease              how long a claimed row belongs to the node that claimed it; must exceed the mail
 *                           timeouts ({@code spring.mail.properties.mail.smtp.*timeout}) so a slow but alive node is
 *                           never overtaken, while a row left SENDING by a crashed node is retried after it
 * @param emailFrom          the sender of the emails, {@code "Name <address>"} or a bare address
 * @param trackingUrl        where the applicant tracks the dossier with its code and their ID number (the province's
 *                           public page, or this app's {@code POST /api/v1/tracking})
 */
@ConfigurationProperties("motcua.notification")
public record NotificationProperties(
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT10S") Duration initialDelay,
        @DefaultValue("20") int batchSize,
        @DefaultValue("30") int maxAttempts,
        @DefaultValue("PT30S") Duration retryInitialDelay,
        @DefaultValue("PT1H") Duration retryMaxDelay,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("Hệ thống một cửa <no-reply@motcua.localhost>") String emailFrom,
        @DefaultValue("http://localhost:8080/api/v1/tracking") String trackingUrl) {

    public NotificationProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("motcua.notification.batch-size must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("motcua.notification.max-attempts must be at least 1");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("motcua.notification.lease must be positive");
        }
    }
}
