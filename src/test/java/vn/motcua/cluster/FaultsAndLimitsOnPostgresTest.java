package vn.motcua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotcuaApplication;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TcpProxy;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two application contexts (nodes A and B) on one PostgreSQL database, B's connections through a {@link TcpProxy}
 * the test cuts and restores, with the settings of the {@code postgres} profile (timeouts, driver options, engine
 * settings): the public limits are one budget for both nodes, a retried submission with its Idempotency-Key never
 * makes a second dossier (nor do duplicates sent at once to both nodes), a lock held 10 s on the hot dossier
 * sequence answers 503 within the lock timeout instead of piling requests up, and while the database is gone for
 * node B it answers 503 problem+json, comes back by itself, leaks no connection, and every 201 dossier is there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsAndLimitsOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int POOL_B = 6;

    private static PostgresTestDatabase database;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    /** Every dossier code a node answered 201 for, across the tests. */
    private static final Set<String> created = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = PostgresTestDatabase.fresh("motcua_it_faults");
        Matcher server = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)").matcher(database.url());
        assertThat(server.matches()).as(database.url()).isTrue();
        proxy = new TcpProxy(server.group(1), Integer.parseInt(server.group(2)));
        nodeA = start("node-a", database.url() + "?ApplicationName=motcua-node-a", 10);
        nodeB = start("node-b", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + server.group(3)
                + "?ApplicationName=motcua-node-b", POOL_B);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void theEngineSettingsOfThePerformanceGuideAreActive() throws Exception {
        ProcessEngineConfigurationImpl engine = nodeA.getBean(ProcessEngineConfigurationImpl.class);
        assertThat(engine.getAuthorizationCheckRevokes()).isEqualTo("never");
        assertThat(engine.isCmmnEnabled()).isFalse();
        assertThat(engine.isStandaloneTasksEnabled()).isFalse();
        assertThat(engine.isJdbcBatchProcessing()).isTrue();
        // nothing listens to the starter's Spring events of the engine: not published
        assertThat(java.util.Objects.requireNonNullElse(engine.getCustomHistoryEventHandlers(), List.of()))
                .noneMatch(h -> h instanceof org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler);
        assertThat(java.util.Objects.requireNonNullElse(engine.getCustomPostBPMNParseListeners(), List.of()))
                .noneMatch(l -> l instanceof org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener);
        // the deployment caches hold the whole catalog (each cache: process definitions, decisions) with room for
        // as many again in running older versions
        try (var models = java.nio.file.Files.walk(java.nio.file.Path.of("processes"));
             var decisions = java.nio.file.Files.walk(java.nio.file.Path.of("decisions"))) {
            long most = Math.max(models.filter(p -> p.toString().endsWith(".bpmn")).count(),
                    decisions.filter(p -> p.toString().endsWith(".dmn")).count());
            assertThat(most).as("models in the catalog").isGreaterThan(1000);
            assertThat((Integer) org.springframework.test.util.ReflectionTestUtils.getField(engine, "cacheCapacity")).as("deployment cache capacity").isGreaterThanOrEqualTo((int) (2 * most));
        }
        TaskService tasks = nodeA.getBean(TaskService.class);
        assertThatThrownBy(() -> tasks.saveTask(tasks.newTask())).hasMessageContaining("standalone");
        try (Connection c = nodeA.getBean(DataSource.class).getConnection()) {
            assertThat(c.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
                    .as("the driver rewrites batched inserts").isTrue();
            try (Statement st = c.createStatement(); ResultSet cost = st.executeQuery("show random_page_cost");
                 ResultSet index = c.createStatement().executeQuery(
                         "select count(*) from pg_indexes where indexname = 'motcua_idx_auth_user'")) {
                assertThat(cost.next() && "1.1".equals(cost.getString(1)))
                        .as("the app's sessions plan with random_page_cost 1.1 (MOTCUA_DB_OPTIONS)").isTrue();
                assertThat(index.next() && index.getLong(1) == 1).as("grants found by user").isTrue();
            }
            try (Statement st = c.createStatement(); ResultSet parallel = st.executeQuery("show parallel_setup_cost")) {
                assertThat(parallel.next() && "10000".equals(parallel.getString(1)))
                        .as("page-sized queries keep off parallel workers (MOTCUA_DB_OPTIONS)").isTrue();
            }
        }
    }

    /**
     * The engine's indexes led by a column most rows leave empty (tenant, case, removal time, a variable's task, …) hold
     * only the rows with a value, under the engine's own names, and still serve the engine's lookups by that column;
     * both nodes started on the new database, the second found nothing left to do.
     */
    @Test
    @Order(2)
    void theEnginesIndexesOfOptionalColumnsHoldOnlyTheRowsWithAValue() throws Exception {
        var jdbc = jdbc();
        List<java.util.Map<String, Object>> indexes = jdbc.sql("""
                select i.relname as name, a.attname as col, pg_get_expr(x.indpred, x.indrelid) as pred
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                where t.relname like 'act\\_%' and (t.relname like 'act\\_ru\\_%' or t.relname like 'act\\_hi\\_%')
                  and not x.indisunique and a.attname = any(string_to_array(?, ','))""")
                .param(String.join(",", vn.motcua.workflow.internal.EngineIndexes.OPTIONAL_COLUMNS)).query().listOfRows();
        assertThat(indexes).as("the engine's indexes led by an optional column").hasSizeGreaterThan(40)
                .allSatisfy(row -> assertThat((String) row.get("pred")).as("%s", row.get("name"))
                        .isEqualTo("(" + row.get("col") + " IS NOT NULL)"));
        assertThat(indexes).extracting(row -> row.get("name")).contains("act_idx_variable_tenant_id",
                "act_idx_variable_task_name_type", "act_idx_hi_var_inst_tenant_id", "act_idx_hi_varinst_rm_time");
        try (Connection c = nodeA.getBean(DataSource.class).getConnection(); Statement st = c.createStatement()) {
            assertThat(vn.motcua.workflow.internal.EngineIndexes.makePartial(c)).as("a second time").isZero();
            st.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = st.executeQuery("explain select id_ from act_ru_variable where task_id_ = 'x' and name_ = 'y'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).as("a task's variable by name").contains("act_idx_variable_task_name_type");
            st.execute("reset enable_seqscan");
        }
    }

    @Test
    @Order(2)
    void bothNodesSpendFromOneBudgetPerClient() throws Exception {
        // 4 look-ups an hour per client (set below); the test's client is 127.0.0.1 on both nodes
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            assertThat(track(node).statusCode()).isEqualTo(404);
        }
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpResponse<String> refused = track(node);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    s -> assertThat(Long.parseLong(s)).isPositive());
            assertThat(JSON.readTree(refused.body()).path("title").asText()).isEqualTo("Quá nhiều yêu cầu / Too many requests");
        }
        assertThat(jdbc().sql("select count(*) from rate_limit_bucket where id like 'tracking|%'").query(Long.class)
                .single()).as("one bucket in the database, not one per node").isEqualTo(1);
    }

    @Test
    @Order(3)
    void aRetriedSubmissionWithItsKeyIsAnsweredTheSameDossierOnEitherNode() throws Exception {
        long before = dossierCount();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = submit(nodeA, key, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String code = code(first);

        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpResponse<String> again = submit(node, key, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(code(again)).isEqualTo(code);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(code));
        }
        Map<String, Object> other = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        other.put("formData", Map.of("childFullName", "Nguyễn Minh An", "childBirthDate", "2026-11-21",
                "childGender", "nam", "birthPlace", "Bệnh viện Đa khoa tỉnh Lâm Đồng", "motherFullName", "Nguyễn Thị Hạnh"));
        HttpResponse<String> reused = submit(nodeB, key, other);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(reused.body()).path("title").asText()).contains("Idempotency-Key");

        assertThat(dossierCount()).as("one dossier for the key").isEqualTo(before + 1);
    }

    @Test
    @Order(4)
    void duplicatesSentAtOnceToBothNodesMakeOneDossier() throws Exception {
        long before = dossierCount();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return code(submitUntilAnswered(node, key, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")));
                }));
            }
            go.countDown();
            Set<String> codes = ConcurrentHashMap.newKeySet();
            for (Future<String> answer : answers) {
                codes.add(answer.get(5, TimeUnit.MINUTES));
            }
            assertThat(codes).as("every attempt was answered the same dossier").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dossierCount()).isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void aLockHeldTenSecondsOnTheHotSequenceAnswers503WithinTheLockTimeoutNotAPileUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (Connection locker = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table dossier_sequence in exclusive mode");
            }
            long lockedAt = System.nanoTime();
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
                answers.add(pool.submit(() -> submit(node, null, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(2, TimeUnit.MINUTES));
            }
            long answeredAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lockedAt);
            Thread.sleep(Math.max(0, 10_000 - answeredAfter));
            locker.rollback();
            for (HttpResponse<String> response : responses) {
                assertServiceUnavailable(response);
            }
            assertThat(answeredAfter).as("all answered while the lock was still held (ms)").isLessThan(10_000);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> after = submit(nodeA, null, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        code(after);
        awaitNoBorrowedConnections(nodeA);
        awaitNoBorrowedConnections(nodeB);
    }

    @Test
    @Order(6)
    void whileTheDatabaseIsGoneNodeBAnswers503ThenComesBackByItselfAndEveryDossierIsThere() throws Exception {
        HttpResponse<String> before = submit(nodeB, null, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        code(before);

        proxy.cut();
        List<String> refusedKeys = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String key = UUID.randomUUID().toString();
                long sent = System.nanoTime();
                HttpResponse<String> gone = submit(nodeB, key, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
                assertServiceUnavailable(gone);
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sent))
                        .as("answered within the pool's connection timeout, not left waiting").isLessThan(30);
                refusedKeys.add(key);
            }
            HttpResponse<String> meanwhile = submit(nodeA, null, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
            assertThat(meanwhile.statusCode()).as("node A has its own way to the database").isEqualTo(201);
            code(meanwhile);
        } finally {
            proxy.restore();
        }

        await("node B serves again without a restart").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> submit(nodeB, refusedKeys.get(0), Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))
                        .statusCode() == 201);
        long beforeRetries = dossierCount();
        for (String key : refusedKeys) {
            HttpResponse<String> retried = submit(nodeB, key, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            code(retried);
        }
        assertThat(dossierCount()).as("the first retry's dossier, then one per other key").isEqualTo(beforeRetries + 2);

        awaitNoBorrowedConnections(nodeB);
        HikariDataSource pool = nodeB.getBean(DataSource.class).unwrap(HikariDataSource.class);
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(POOL_B);

        List<String> codes = List.copyOf(created);
        long intact = jdbc().sql("select count(*) from dossier d where d.code in (:codes) and d.process_instance_id is"
                        + " not null and exists (select 1 from act_hi_procinst p where p.id_ = d.process_instance_id)")
                .param("codes", codes).query(Long.class).single();
        assertThat(intact).as("every dossier answered 201, with its process").isEqualTo(codes.size());
        assertThat(dossierCount()).as("and no other dossier").isEqualTo(codes.size());
    }

    private static ConfigurableApplicationContext start(String name, String url, int poolSize) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MotcuaApplication.class).run(
                "--spring.profiles.active=postgres,test",
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize,
                // two engines in one JVM: each needs a name of its own
                "--camunda.bpm.process-engine-name=" + name.replace('-', '_'),
                "--motcua.node-name=" + name,
                "--motcua.data-dir=target/faults-" + name,
                "--motcua.rate-limit.tracking.capacity=4",
                "--motcua.rate-limit.tracking.period=PT1H",
                "--motcua.rate-limit.submission.capacity=100000");
        return context;
    }

    private static HttpResponse<String> submitUntilAnswered(ConfigurableApplicationContext node, String key,
                                                            Map<String, Object> body) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> response = submit(node, key, body);
            if (response.statusCode() != 503 && response.statusCode() != 409) {
                return response;
            }
            Thread.sleep(1000); // as a client honouring Retry-After would, only sooner
        }
        throw new AssertionError("no answer but 503/409 after 20 attempts");
    }

    private static HttpResponse<String> submit(ConfigurableApplicationContext node, String key, Map<String, Object> body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, "/api/v1/dossiers"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> track(ConfigurableApplicationContext node) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(node, "/api/v1/tracking")).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "dossierCode", "H36.24781-260101-0009", "idNumber", Officers.APPLICANT_ID))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The code of a 201 answer, remembered for the last test's check that every such dossier is there. */
    private static String code(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = JSON.readTree(response.body()).path("code").asText();
        assertThat(code).isNotBlank();
        created.add(code);
        return code;
    }

    private static void assertServiceUnavailable(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asText()).isEqualTo("Tạm thời gián đoạn / Service temporarily unavailable");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
    }

    private static void awaitNoBorrowedConnections(ConfigurableApplicationContext node) throws Exception {
        HikariDataSource pool = node.getBean(DataSource.class).unwrap(HikariDataSource.class);
        await("no connection left borrowed").atMost(Duration.ofSeconds(60))
                .until(() -> pool.getHikariPoolMXBean().getActiveConnections() == 0);
    }

    private static long dossierCount() {
        return jdbc().sql("select count(*) from dossier").query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path);
    }
}
