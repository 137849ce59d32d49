package vn.motcua.database.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The application's data source behind a circuit breaker (Resilience4j): after {@code failures} requests for a
 * connection in a row failed because the database could not be reached (the pool's timeout with a connection failure
 * as its cause, or a connection error, SQLSTATE class 08), the next requests fail at once with a connection error,
 * answered 503 with {@code Retry-After}, instead of each holding a request thread for the pool's connection timeout
 * while every client's retries queue up behind them (BENCHMARKS.md "Faults under load", the outage: before it,
 * requests waited in the server's queue past their clients' timeout). After {@code open} one request tries the
 * database again and closes the circuit when it gets a connection. A pool that is only busy (its timeout without a
 * connection failure) does not count, nor does anything that happens once a connection is had. Every user of the
 * data source is covered: transactions, the rate limits' buckets, the engine, the schedulers.
 */
final class CircuitBreakingDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakingDataSource.class);

    private final CircuitBreaker breaker;
    private final Duration open;

    CircuitBreakingDataSource(DataSource target, int failures, Duration open) {
        super(target);
        this.open = open;
        int window = Math.max(1, failures);
        this.breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(100)
                .waitDurationInOpenState(open)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            switch (e.getStateTransition().getToState()) {
                case OPEN -> log.warn("Database unreachable: {} connection requests in a row failed; new ones fail at"
                        + " once (503) and one tries again every {} ms", window, open.toMillis());
                case CLOSED -> log.info("Database reachable again: connections as usual");
                default -> log.debug("Database circuit: {}", e.getStateTransition());
            }
        });
    }

    /** Open, half-open or closed; for tests and diagnostics. */
    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(() -> super.getConnection(username, password));
    }

    private interface Open {
        Connection open() throws SQLException;
    }

    private Connection guarded(Open connect) throws SQLException {
        if (!breaker.tryAcquirePermission()) {
            throw new SQLTransientConnectionException("Database unavailable: the last connection requests failed"
                    + " (circuit open; one tries again every " + open.toMillis() + " ms)", "08001");
        }
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = connect.open();
        } catch (SQLException e) {
            if (unreachable(e)) {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            } else {
                breaker.releasePermission();
            }
            throw e;
        } catch (RuntimeException | Error e) {
            breaker.releasePermission();
            throw e;
        }
        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return connection;
    }

    /** A connection error, or the pool's timeout because its own connection attempts failed (Hikari sets the cause). */
    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("08")) || e.getCause() != null;
    }

    @Override
    public String toString() {
        return "CircuitBreakingDataSource[" + getTargetDataSource() + ", circuit " + breaker.getState() + "]";
    }
}
