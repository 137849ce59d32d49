package vn.motcua.database.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.web.context.request.RequestContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.motcua.database.DatabaseProduct;

/**
 * Spring's JDBC transaction manager that, on PostgreSQL and on a web request's thread only, starts each transaction
 * with {@code lock_timeout} and {@code statement_timeout} set for that transaction ({@code set_config(…, true)} is
 * {@code SET LOCAL}): a request waiting behind a lock gets PostgreSQL's error 55P03 after the timeout, answered 503,
 * rather than holding its connection while more requests queue behind it. Threads without a request (start-up, the
 * engine's job executor, schedulers) are left as they are: a migration or a deployment may wait for a lock.
 *
 * <p>A transaction whose connection the pool has already closed is not rolled back: when the server ends the session
 * (a primary shutting down or crashing in a failover, {@code pg_terminate_backend}), the statement fails with a
 * connection error, the pool marks the connection broken and closes it, and a rollback would only fail again with
 * "Connection is closed" (no SQLSTATE), replacing the connection error, answered 503, by a 500. The server has rolled
 * the transaction back with its session. Found by {@code bench/failover.sh} (BENCHMARKS.md "Database failover").
 */
class RequestTimeoutsTransactionManager extends JdbcTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(RequestTimeoutsTransactionManager.class);

    private final String lockTimeout;
    private final String statementTimeout;
    /**
     * Both limits zero: the statement that sets them is not sent at all, so the server's (or the database role's) own
     * {@code lock_timeout} and {@code statement_timeout} apply; one limit zero sends {@code 0ms}, which turns that one
     * off whatever the server says.
     */
    private final boolean off;
    private volatile Boolean postgres;

    RequestTimeoutsTransactionManager(DataSource dataSource, DatabaseProperties properties) {
        super(dataSource);
        this.lockTimeout = properties.requestLockTimeout().toMillis() + "ms";
        this.statementTimeout = properties.requestStatementTimeout().toMillis() + "ms";
        this.off = properties.requestLockTimeout().isZero() && properties.requestStatementTimeout().isZero();
        if (off) {
            log.warn("Request time-outs left to the database server (motcua.database.request-lock-timeout and"
                    + " request-statement-timeout are 0): unless the server or the role sets lock_timeout, a request waiting"
                    + " behind a lock holds its connection until the lock is released");
        }
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (off || RequestContextHolder.getRequestAttributes() == null || !postgres(con)) {
            return;
        }
        try (PreparedStatement set = con.prepareStatement(
                "select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")) {
            set.setString(1, lockTimeout);
            set.setString(2, statementTimeout);
            set.execute();
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        if (status.getTransaction() instanceof JdbcTransactionObjectSupport transaction
                && transaction.hasConnectionHolder() && closed(transaction.getConnectionHolder().getConnection())) {
            log.debug("Transaction not rolled back: its connection is closed, the server ended it with the session");
            return;
        }
        super.doRollback(status);
    }

    private static boolean closed(Connection con) {
        try {
            return con.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean postgres(Connection con) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = DatabaseProduct.isPostgreSql(con);
            postgres = known;
        }
        return known;
    }
}
