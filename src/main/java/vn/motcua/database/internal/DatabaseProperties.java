package vn.motcua.database.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Limits for the transactions of web requests on PostgreSQL (set with {@code SET LOCAL}, so they end with the
 * transaction and never stay on a pooled connection); zero turns one off, and both zero leave out the statement that
 * sets them (one round trip per request transaction; measured in BENCHMARKS.md "Engine settings").
 *
 * @param requestLockTimeout      how long a request's statement waits for a row or table lock ({@code lock_timeout})
 * @param requestStatementTimeout how long one statement of a request may run ({@code statement_timeout})
 * @param breakerFailures         this many connection requests in a row that failed to reach the database open the
 *                                circuit ({@link CircuitBreakingDataSource}): from then on they fail at once (answered
 *                                503) instead of waiting the pool's connection timeout, so requests do not queue while
 *                                the database is gone
 * @param breakerOpen             how long the circuit stays open before one request tries the database again
 */
@ConfigurationProperties("motcua.database")
record DatabaseProperties(@DefaultValue("PT3S") Duration requestLockTimeout,
                          @DefaultValue("PT30S") Duration requestStatementTimeout,
                          @DefaultValue("5") int breakerFailures,
                          @DefaultValue("PT2S") Duration breakerOpen) {
}
