package vn.motcua.security.internal;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The buckets in the shared PostgreSQL database (table {@code rate_limit_bucket}, Bucket4j's PostgreSQL proxy
 * manager): each take locks the client's row ({@code select … for update}) for one short transaction, so two nodes
 * spend from one budget and two requests at once never both take the last token. A row expires once its bucket
 * would be full again; {@link #removeExpired()} deletes those, so idle clients do not fill the table.
 */
final class SharedRateLimitBuckets implements RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimitBuckets.class);
    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedRateLimitBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // kept a little longer than needed to refill: no client gets a fresh bucket early
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public long take(String key, RateLimitProperties.Limit limit) {
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(key, () -> RateLimitBuckets.configuration(limit)).tryConsumeAndReturnRemaining(1);
        } catch (BucketExceptions.BucketExecutionException e) {
            // Bucket4j wraps the driver's error, and a broken connection's rollback can hide its SQLSTATE: the store is
            // the database, so its failure is the database's
            throw new DataAccessResourceFailureException("Rate limit buckets unavailable: " + e.getMessage(), e);
        }
        return probe.isConsumed() ? 0 : RateLimitBuckets.seconds(probe.getNanosToWaitForRefill());
    }

    /** Each node deletes expired rows now and then; deleting twice is harmless. */
    @Scheduled(fixedDelayString = "${motcua.rate-limit.cleanup-interval:PT5M}", initialDelayString = "PT1M")
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        } catch (RuntimeException e) {
            // the database is away: the next run catches up
            log.warn("Rate limits: expired buckets not removed now: {}", e.toString());
        }
    }
}
