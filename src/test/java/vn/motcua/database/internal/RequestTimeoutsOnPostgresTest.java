package vn.motcua.database.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.motcua.support.PostgresTestDatabase;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request time-outs on PostgreSQL: a web request's transaction starts with {@code lock_timeout} and
 * {@code statement_timeout} set for that transaction only; other threads' transactions are left as they are; with
 * both limits zero the statement that sets them is not sent at all.
 */
class RequestTimeoutsOnPostgresTest {

    private static PostgresTestDatabase database;

    private final List<String> prepared = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void database() {
        database = PostgresTestDatabase.fresh("motcua_it_request_timeouts");
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** One physical connection, reused by every transaction, that records the SQL prepared on it. */
    private SingleConnectionDataSource oneConnection() throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(database.url());
        pg.setUser(database.user());
        pg.setPassword(database.password());
        Connection real = pg.getConnection();
        Connection recording = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        prepared.add(sql);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new SingleConnectionDataSource(recording, true);
    }

    private static TransactionTemplate transactions(SingleConnectionDataSource dataSource, Duration lock, Duration statement) {
        return new TransactionTemplate(new RequestTimeoutsTransactionManager(dataSource,
                new DatabaseProperties(lock, statement, 5, Duration.ofSeconds(2))));
    }

    private static String show(JdbcTemplate jdbc, String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }

    @Test
    void aRequestsTransactionHasBothLimitsForItselfOnly() throws Exception {
        SingleConnectionDataSource dataSource = oneConnection();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            TransactionTemplate tx = transactions(dataSource, Duration.ofSeconds(3), Duration.ofSeconds(30));
            String serverLock = show(jdbc, "lock_timeout");

            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            List<String> inRequest = tx.execute(s -> List.of(show(jdbc, "lock_timeout"), show(jdbc, "statement_timeout")));
            assertThat(inRequest).containsExactly("3s", "30s");
            assertThat(show(jdbc, "lock_timeout")).as("after the transaction, on the same connection").isEqualTo(serverLock);

            RequestContextHolder.resetRequestAttributes();
            String noRequest = tx.execute(s -> show(jdbc, "lock_timeout"));
            assertThat(noRequest).as("a transaction of no request").isEqualTo(serverLock);
            assertThat(prepared.stream().filter(sql -> sql.contains("set_config"))).as("statements that set them").hasSize(1);
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void bothLimitsZeroSendNothing() throws Exception {
        SingleConnectionDataSource dataSource = oneConnection();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            TransactionTemplate tx = transactions(dataSource, Duration.ZERO, Duration.ZERO);
            String serverLock = show(jdbc, "lock_timeout");

            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            String inRequest = tx.execute(s -> show(jdbc, "lock_timeout"));
            assertThat(inRequest).isEqualTo(serverLock);
            assertThat(prepared).as("SQL prepared on the connection").noneMatch(sql -> sql.contains("set_config"));
        } finally {
            dataSource.destroy();
        }
    }
}
