package vn.motcua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the app meets during a failover (README "Database high availability", bench/failover.sh), each answered 503
 * problem+json with Retry-After, writing nothing, and each submission's retry with the same Idempotency-Key making the
 * dossier once the database serves again, without a restart:
 * <ul>
 *   <li>a server that accepts no writes (SQLSTATE 25006 "read-only transaction"): connections that reach a replica, or
 *       a primary being demoted; made read-only here with {@code default_transaction_read_only}, as a hot standby is;</li>
 *   <li>the server ending the session in the middle of a request's transaction (the primary shutting down or
 *       crashing): the pool marks the connection broken and closes it, and the transaction's rollback then meets a
 *       closed connection; that must not turn the request into a 500.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
                // the test ends the session of a submission waiting for a lock: it must still be waiting then
                "motcua.database.request-lock-timeout=PT60S"})
@ActiveProfiles({"test", "postgres"})
class DatabaseSwitchOnPostgresTest {

    private static PostgresTestDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.fresh("motcua_it_read_only");
        database.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aSubmissionToADatabaseThatAcceptsNoWritesIs503ProblemJsonWritesNothingAndItsRetryMakesTheDossier() throws Exception {
        ResponseEntity<String> writable = submit(UUID.randomUUID().toString());
        assertThat(writable.getStatusCode().value()).as(writable.getBody()).isEqualTo(201);
        long dossiers = count("dossier");
        long keys = count("submission_key");
        // an applicant online (the submission limit's bucket is the first write) and a receiver at the counter
        // (no limit: the submission's own transaction is)
        String online = UUID.randomUUID().toString();
        String counter = UUID.randomUUID().toString();

        readOnly(true);
        try {
            assertThat(jdbc.sql("show default_transaction_read_only").query(String.class).single())
                    .as("the app's new connections are read-only").isEqualTo("on");
            for (int i = 0; i < 2; i++) {
                assertServiceUnavailable(submit(online));
                assertServiceUnavailable(submitAtTheCounter(counter));
            }
            assertThat(count("dossier")).as("no dossier written").isEqualTo(dossiers);
            assertThat(count("submission_key")).as("no key claimed").isEqualTo(keys);
        } finally {
            readOnly(false);
        }

        ResponseEntity<String> retried = submit(online);
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(201);
        retried = submitAtTheCounter(counter);
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(201);
        assertThat(count("dossier")).as("each retry made its dossier, once").isEqualTo(dossiers + 2);
    }

    @Test
    void aSessionEndedByTheServerInTheMiddleOfASubmissionIs503ProblemJsonAndItsRetryMakesTheDossier() throws Exception {
        // the context's first submission is slow (the engine's first start): not the one that must wait at the lock
        ResponseEntity<String> first = submit(UUID.randomUUID().toString());
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        long dossiers = count("dossier");
        String key = UUID.randomUUID().toString();
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection locker = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                // the submission numbers its dossier on this table: it waits here, in its transaction
                s.execute("lock table dossier_sequence in exclusive mode");
            }
            Future<ResponseEntity<String>> answer = client.submit(() -> submit(key));
            int ended = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
            try (Statement s = locker.createStatement()) {
                while (ended == 0 && System.nanoTime() < until) {
                    try (ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                            + " where datname = '" + name + "' and wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
                        r.next();
                        ended = r.getInt(1);
                    }
                    Thread.sleep(50);
                }
            }
            StringBuilder sessions = new StringBuilder();
            try (Statement s = locker.createStatement(); ResultSet r = s.executeQuery("select pid, state,"
                    + " wait_event_type, wait_event, left(query, 100) from pg_stat_activity where datname = '" + name + "'")) {
                while (r.next()) {
                    sessions.append('\n').append(r.getString(1)).append(' ').append(r.getString(2)).append(' ')
                            .append(r.getString(3)).append(' ').append(r.getString(4)).append(' ').append(r.getString(5));
                }
            }
            assertThat(ended).as("the waiting submission's session was ended; the submission: %s; sessions: %s",
                    answer.isDone() ? answer.get().getStatusCode() + " " + answer.get().getBody() : "waiting", sessions)
                    .isEqualTo(1);
            ResponseEntity<String> refused = answer.get(60, TimeUnit.SECONDS);
            assertServiceUnavailable(refused);
            locker.rollback();
        } finally {
            client.shutdownNow();
        }
        assertThat(count("dossier")).as("no dossier written").isEqualTo(dossiers);

        ResponseEntity<String> retried = submit(key);
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(201);
        assertThat(count("dossier")).as("the retry made the dossier, once").isEqualTo(dossiers + 1);
    }

    private void assertServiceUnavailable(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(503);
        assertThat(refused.getHeaders().getContentType()).isNotNull();
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(refused.getHeaders().getContentType())).isTrue();
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("title").asText()).isEqualTo("Tạm thời gián đoạn / Service temporarily unavailable");
        assertThat(problem.path("detail").asText()).contains("thử lại").contains("try again");
    }

    private ResponseEntity<String> submit(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.postForEntity("/api/v1/dossiers",
                new HttpEntity<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), headers), String.class);
    }

    private ResponseEntity<String> submitAtTheCounter(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD).postForEntity("/api/v1/dossiers",
                new HttpEntity<>(Dossiers.birthRegistration(Officers.XUANHUONG, "COUNTER"), headers), String.class);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Sets the database's default for new sessions, then has the pool replace its connections. */
    private void readOnly(boolean on) throws Exception {
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = admin.createStatement()) {
            s.execute("set default_transaction_read_only = off");   // this session too starts read-only
            s.execute("alter database " + name + (on ? " set default_transaction_read_only = on"
                    : " reset default_transaction_read_only"));
        }
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }
}
