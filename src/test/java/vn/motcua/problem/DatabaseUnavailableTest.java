package vn.motcua.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database errors are answered 503 (come back later) rather than 500: read from the SQLSTATE anywhere in the
 * causes, as Spring's translation of an unknown state (UncategorizedSQLException) leaves it.
 */
class DatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "08001", "08006", "08003",   // no connection, connection lost or closed
            "53300", "53100", "53200",   // too many connections, disk full, out of memory
            "57P01", "57P02", "57P03",   // the server shutting down or starting
            "57014", "55P03",            // statement timeout, lock timeout
            "25006"})                    // a server that accepts no writes (a replica, during a failover)
    void theDatabaseAwayBusyOrReadOnlyIs503(String state) {
        assertThat(DatabaseUnavailable.causedBy(wrapped(state))).as(state).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "22001", "42P01", "40001", "25P02", "5"})
    void otherDatabaseErrorsAreNot(String state) {
        assertThat(DatabaseUnavailable.causedBy(wrapped(state))).as(state).isFalse();
    }

    private static RuntimeException wrapped(String state) {
        SQLException sql = new SQLException("from the driver", state);
        return new IllegalStateException("the engine's wrapper", new UncategorizedSQLException("insert", "insert …", sql));
    }
}
