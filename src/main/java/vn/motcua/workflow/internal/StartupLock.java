package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.motcua.database.DatabaseProduct;

/**
 * Lets one node at a time initialise the shared database when several start together (README "Two nodes on one
 * database"): the engine creates or updates its schema, the administrator and the demo officers are created, the
 * models are deployed. Two nodes doing that at once on a new database fail: the engine's schema scripts are not
 * safe to run twice concurrently (one node dies with a duplicate type {@code act_ge_property}), and creating the
 * same user twice breaks a unique key.
 *
 * <p>On PostgreSQL the lock is a session advisory lock taken before the engine touches its schema and released
 * when the node is ready, so a node that dies while starting releases it with its connection. Other databases
 * (the embedded H2, one node) take no lock. Flyway, which runs earlier, has its own lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

    /** "motcua" in ASCII: the advisory lock key, in a range no other lock of this database uses. */
    static final long KEY = 0x6D6F74637561L;

    /** How often a waiting node asks for the lock again. */
    static final long POLL_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection holder;
    /** Times this node found the lock taken and asked again later (for the tests). */
    private final java.util.concurrent.atomic.AtomicInteger waits = new java.util.concurrent.atomic.AtomicInteger();

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    /** Waits until no other node is starting; no-op on a database without advisory locks. */
    synchronized void acquire() {
        if (holder != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (!DatabaseProduct.isPostgreSql(connection)) {
                    connection.close();
                    return;
                }
                connection.setAutoCommit(true);
                long started = System.nanoTime();
                if (!call(connection, "select pg_try_advisory_lock(?)")) {
                    log.info("Another node is starting on this database; waiting for it to finish");
                    // asked again and again rather than waited for in one statement: a statement that waits holds a
                    // snapshot, and the starting node's concurrent index builds (EngineIndexes) wait for every older
                    // snapshot to end, so the two nodes would wait for each other without PostgreSQL seeing it
                    while (!call(connection, "select pg_try_advisory_lock(?)")) {
                        waits.incrementAndGet();
                        Thread.sleep(POLL_MILLIS);
                    }
                    log.info("Start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
                }
                holder = connection;
            } catch (InterruptedException e) {
                connection.close();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
        }
    }

    int waits() {
        return waits.get();
    }

    synchronized boolean holdsLock() {
        return holder != null;
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    void started() {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    synchronized void release() {
        if (holder == null) {
            return;
        }
        Connection connection = holder;
        holder = null;
        try {
            call(connection, "select pg_advisory_unlock(?)");
            connection.close();
        } catch (SQLException e) {
            // the pool must not keep a session that may still hold the lock: end the session, which releases it
            log.warn("Start-up lock: unlock failed ({}); the connection is aborted instead", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
