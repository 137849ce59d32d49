package vn.motcua.database.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.problem.DatabaseUnavailable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The data source's circuit breaker (BENCHMARKS.md "Faults under load", the outage), through the app's transaction
 * manager: while the database gives no connection, after a few failed transactions the next ones fail at once,
 * without asking the pool, with the exception answered 503; once the database is back one try closes the circuit.
 * A busy pool and errors after the connection was had do not open it.
 */
class DatabaseCircuitTest {

    /** An H2 database that can be made unreachable, counting the connections asked for. */
    static final class Switchable extends DelegatingDataSource {
        volatile boolean down;
        volatile boolean busy;
        final AtomicInteger asked = new AtomicInteger();

        Switchable() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:circuit-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            setTargetDataSource(h2);
        }

        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            if (busy) {
                // Hikari's timeout when every connection is in use and the database is fine: no cause, no SQLSTATE
                throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
            }
            if (down) {
                throw new SQLTransientConnectionException("Connection is not available (test: database down)", "08001");
            }
            return super.getConnection();
        }
    }

    private final Switchable database = new Switchable();
    private final CircuitBreakingDataSource guarded = new CircuitBreakingDataSource(database, 3, Duration.ofMillis(300));
    private final TransactionTemplate tx = new TransactionTemplate(new RequestTimeoutsTransactionManager(guarded,
            new DatabaseProperties(Duration.ofSeconds(3), Duration.ofSeconds(30), 3, Duration.ofMillis(300))));

    private String run(String value) {
        return tx.execute(s -> value);
    }

    @Test
    void afterThreeFailedStartsTheNextFailAtOnceWithoutAskingThePoolThenOneTryClosesTheCircuit() {
        assertThat(run("ok")).isEqualTo("ok");
        database.down = true;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tx.execute(s -> "never")).isInstanceOf(CannotCreateTransactionException.class);
        }
        assertThat(database.asked).hasValue(4);
        assertThat(guarded.circuit()).isEqualTo(CircuitBreaker.State.OPEN);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> tx.execute(s -> "never"))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .hasRootCauseMessage("Database unavailable: the last connection requests failed (circuit open; one tries"
                            + " again every 300 ms)")
                    .satisfies(e -> assertThat(DatabaseUnavailable.causedBy(e)).as("answered 503").isTrue());
        }
        assertThat(database.asked).as("an open circuit does not wait for the pool").hasValue(4);

        database.down = false;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> "back".equals(tx.execute(s -> "back")));
        assertThat(guarded.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(run("again")).isEqualTo("again");
    }

    @Test
    void errorsOnceTheConnectionIsHadDoNotOpenTheCircuit() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> tx.execute(s -> {
                throw new IllegalStateException("a business error in the transaction");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(guarded.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(run("ok")).isEqualTo("ok");
    }

    @Test
    void aBusyPoolIsNotAnUnreachableDatabase() {
        database.busy = true;
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> tx.execute(s -> "never")).isInstanceOf(CannotCreateTransactionException.class);
        }
        assertThat(guarded.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(database.asked).as("every request went to the pool").hasValue(5);
    }

    @Test
    void theAppsDataSourceIsGuardedAndItsPoolStillReachable() throws Exception {
        assertThat(guarded.unwrap(JdbcDataSource.class)).isNotNull();
        assertThat(guarded.isWrapperFor(JdbcDataSource.class)).isTrue();
    }

    @Test
    void aFailureWhileHalfOpenOpensTheCircuitAgain() {
        database.down = true;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tx.execute(s -> "never")).isInstanceOf(CannotCreateTransactionException.class);
        }
        int asked = database.asked.get();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> {
                    try {
                        tx.execute(s -> "never");
                    } catch (CannotCreateTransactionException e) {
                        // expected while down
                    }
                    return database.asked.get() > asked;
                });
        assertThat(database.asked).as("one try after the open time").hasValue(asked + 1);
        assertThat(guarded.circuit()).as("the try failed: open again").isEqualTo(CircuitBreaker.State.OPEN);
    }
}
