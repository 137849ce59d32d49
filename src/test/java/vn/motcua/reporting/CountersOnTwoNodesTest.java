package vn.motcua.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.reporting.internal.ReportingRecount;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TestNodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental counters equal a full recount from the dossiers and their timelines after a random sequence of steps
 * made concurrently by two nodes on one PostgreSQL database, with steps rolled back half-way (a crash inside the step's
 * transaction) and with one node shut down while it is working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountersOnTwoNodesTest {

    /** Monday 2 March 2026, 08:00 in the province; each step moves it on by up to two days. */
    private static final MovingClock CLOCK = new MovingClock(Instant.parse("2026-03-02T01:00:00Z"));
    private static final DossierStatus[] STEPS = {DossierStatus.ACCEPTED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PROCESSING, DossierStatus.FINISHED, DossierStatus.RETURNED,
            DossierStatus.STOPPED, DossierStatus.WITHDRAWAL_REQUESTED, DossierStatus.NOT_ACCEPTED};

    private static PostgresTestDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = PostgresTestDatabase.fresh("motcua_it_reporting_counters");
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    void countersEqualAFullRecountAfterRandomStepsOnTwoNodesRollbacksAndANodeStoppedMidWay() throws Exception {
        List<String[]> dossiers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            String unit = i % 3 == 0 ? Officers.LACDUONG : Officers.XUANHUONG;
            String receiver = unit.equals(Officers.LACDUONG) ? Officers.LACDUONG_RECEIVER : Officers.XUANHUONG_RECEIVER;
            dossiers.add(submit(node, Dossiers.birthRegistration(unit, i % 4 == 0 ? "COUNTER" : "ONLINE"), receiver));
        }
        // two fixed paths before the random ones, so that every kind of verdict is among the ends: finished on the day
        // of reception (on time) and refused at reception (form 03, not counted)
        UUID onTime = UUID.fromString(dossiers.get(0)[1]);
        UUID refused = UUID.fromString(dossiers.get(1)[1]);
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            DossierProgress progress = nodeA.getBean(DossierProgress.class);
            progress.changeStatus(onTime, DossierStatus.ACCEPTED, "Tiếp nhận", "test");
            progress.changeStatus(onTime, DossierStatus.FINISHED, "Xử lý xong", "test");
            progress.changeStatus(refused, DossierStatus.NOT_ACCEPTED, "Từ chối tiếp nhận", "test");
        });
        List<String[]> random = dossiers.subList(2, dossiers.size());
        AtomicInteger rolledBack = new AtomicInteger();
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> randomSteps(nodeA, random, 1, 160, rolledBack));
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> randomSteps(nodeB, random, 2, 160, rolledBack));
        // a leader keeps the months' table open meanwhile: each month that ends gets its month-end counters of the open
        // dossiers while the steps go on, and the steps must keep them equal to the scan they stand for
        java.util.concurrent.atomic.AtomicBoolean stepping = new java.util.concurrent.atomic.AtomicBoolean(true);
        CompletableFuture<Integer> dashboards = CompletableFuture.supplyAsync(() -> {
            int calls = 0;
            while (stepping.get()) {
                java.time.YearMonth to = java.time.YearMonth.now(CLOCK);
                assertThat(get("/api/v1/reports/tables/months?from=" + to.minusMonths(11) + "&to=" + to).statusCode())
                        .isEqualTo(200);
                calls++;
            }
            return calls;
        });
        Thread.sleep(1500);
        STOPPING.add(nodeB);   // isActive() stays true until close() has destroyed the beans: a step may meet a closed pool
        nodeB.close();   // node B stops while it is working: its open step is rolled back or completed, never half-done
        int doneOnA = onA.get();
        int doneOnB = onB.get();
        stepping.set(false);
        assertThat(dashboards.get()).as("dashboard calls during the steps").isPositive();

        assertThat(doneOnA).as("steps committed on node A").isGreaterThan(50);
        assertThat(doneOnB + doneOnA).isGreaterThan(doneOnA);
        assertThat(rolledBack.get()).as("steps rolled back after their counters were written").isPositive();
        ReportingRecount recount = nodeA.getBean(ReportingRecount.class);
        ReportingRecount.Comparison comparison = recount.compare();
        assertThat(comparison.dossiers()).isEqualTo(24);
        assertThat(comparison.counterRows()).as("counter rows in use").isGreaterThan(4);
        assertThat(comparison.differences()).as("counters against the recount").isEmpty();
        assertThat(jdbc().sql("select sum(digitised), sum(fee_charging), sum(paid_online) from report_counter")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .as("the other modules' facts reached the counters").allSatisfy(n -> assertThat(n).isPositive());
        assertThat(jdbc().sql("select count(*) from report_open_month").query(Long.class).single())
                .as("months that ended during the steps, with their month-end counters").isGreaterThan(1);
        assertThat(jdbc().sql("select sum(open_in_time + open_late) from report_open_counter").query(Long.class).single())
                .as("dossiers open at a computed month's end").isPositive();
        assertThat(jdbc().sql("select count(distinct verdict) from report_dossier where verdict is not null")
                .query(Integer.class).single()).as("the sequence reached on-time, late and not-counted ends").isEqualTo(3);
    }

    /**
     * Every call of the dashboard page and the public transparency page answers on PostgreSQL (the province total and
     * the months' open dossiers were grouped by a constant, which H2 accepted and PostgreSQL refuses: the load
     * benchmark met a 500 on {@code /api/v1/reports/766}).
     */
    @Test
    void theDashboardsCallsAnswerOnPostgres() throws Exception {
        // no dossier of its own: the other test counts the database's dossiers, and PostgreSQL refused the statement
        // whatever the rows
        int port = Integer.parseInt(nodeA.getEnvironment().getProperty("local.server.port"));
        java.time.YearMonth to = java.time.YearMonth.now(CLOCK);
        String period = "?from=" + to.minusMonths(11) + "&to=" + to;
        List<String> calls = new ArrayList<>(List.of("/api/v1/reports/766" + period, "/api/v1/reports/766",
                "/api/v1/transparency?months=12"));
        for (String t : List.of("months", "units", "procedures", "overdue", "indicators", "fields", "channels")) {
            calls.add("/api/v1/reports/tables/" + t + period);
        }
        for (String call : calls) {
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + call))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (Officers.PROVINCIAL_LEADER + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(res.statusCode()).as(call + ": " + res.body()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(res.body()).isContainerNode()).as(call).isTrue();
        }
    }

    /**
     * A month's open dossiers are counted under a SHARE lock on the projection, on a thread that serves no request: it
     * gives up after the requests' lock timeout rather than wait behind a long writer, since every dossier step would
     * queue behind its waiting lock; the dashboard scans the month meanwhile.
     */
    @Test
    void aMonthsCountingGivesUpBehindALongWriterAndTheDashboardStillAnswers() throws Exception {
        String month = "2025-06";
        jdbc().sql("delete from report_open_counter where period_month = :m").param("m", month).update();
        jdbc().sql("delete from report_open_month where period_month = :m").param("m", month).update();
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            writer.setAutoCommit(false);
            try (var st = writer.createStatement()) {
                st.execute("lock table report_dossier in row exclusive mode");   // what a long step or rebuild holds
            }
            HttpResponse<String> res = get("/api/v1/reports/tables/months?from=" + month + "&to=" + month);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            assertThat(jdbc().sql("select count(*) from pg_locks where not granted and relation = 'report_dossier'::regclass")
                    .query(Long.class).single()).as("no lock request left waiting behind the writer").isZero();
            assertThat(jdbc().sql("select count(*) from report_open_month where period_month = :m").param("m", month)
                    .query(Long.class).single()).isZero();
            writer.rollback();
        }
        // the writer gone, the next dashboard counts the month
        assertThat(get("/api/v1/reports/tables/months?from=" + month + "&to=" + month).statusCode()).isEqualTo(200);
        assertThat(jdbc().sql("select count(*) from report_open_month where period_month = :m").param("m", month)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * A dashboard's reads keep a web request's lock and statement limits on PostgreSQL (they run in a read-only
     * transaction of their own, after the wait for a month's counting): behind a writer holding the counters, the call
     * answers 503 after the lock timeout instead of waiting with it.
     */
    @Test
    void aDashboardReadBehindALockedCountersTableAnswers503AfterTheLockTimeout() throws Exception {
        String month = java.time.YearMonth.now(CLOCK).toString();   // running: no month to count first
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            writer.setAutoCommit(false);
            try (var st = writer.createStatement()) {
                st.execute("lock table report_counter in access exclusive mode");
            }
            int port = Integer.parseInt(nodeA.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/reports/tables/units?from=" + month + "&to=" + month))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (Officers.PROVINCIAL_LEADER + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(res.statusCode()).as(res.body()).isEqualTo(503);
            assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            writer.rollback();
        }
        assertThat(get("/api/v1/reports/tables/units").statusCode()).isEqualTo(200);
    }

    /**
     * Two steps of dossiers received by the same unit for the same procedure in the same month add to the same counter
     * rows: one still in flight does not hold the other back, because the counters are written just before each step's
     * transaction commits, not from its first step on (which made submissions to one unit take turns, issue 19).
     */
    @Test
    @Order(Integer.MAX_VALUE)   // after the random steps, which count the dossiers they made (node B is stopped by then)
    void aStepDoesNotWaitForAStepOfTheSameUnitAndProcedureStillInFlight() throws Exception {
        String[] first = submit(nodeA, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), Officers.XUANHUONG_RECEIVER);
        String[] second = submit(nodeA, Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), Officers.XUANHUONG_RECEIVER);
        CountDownLatch stepped = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> nodeA.getBean(TransactionTemplate.class)
                .executeWithoutResult(tx -> {
                    finish(UUID.fromString(first[1]));
                    stepped.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(stepped.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> nodeA.getBean(TransactionTemplate.class)
                    .executeWithoutResult(tx -> finish(UUID.fromString(second[1]))));
            // held back until the first commits, it would end in a timeout here or in the database's lock timeout
            other.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        inFlight.get(30, TimeUnit.SECONDS);
        assertThat(jdbc().sql("select count(*) from report_dossier where dossier_id in (?, ?) and verdict is not null")
                .params(UUID.fromString(first[1]), UUID.fromString(second[1])).query(Long.class).single()).isEqualTo(2);
        assertThat(nodeA.getBean(ReportingRecount.class).compare().differences()).as("counters against the recount").isEmpty();
    }

    /** Accepted and finished: the end adds to the counter row of the unit, procedure and month of the end. */
    private static void finish(UUID dossier) {
        DossierProgress progress = nodeA.getBean(DossierProgress.class);
        progress.changeStatus(dossier, DossierStatus.ACCEPTED, "Tiếp nhận", "test");
        progress.changeStatus(dossier, DossierStatus.FINISHED, "Xử lý xong", "test");
    }

    private static HttpResponse<String> get(String call) {
        int port = Integer.parseInt(nodeA.getEnvironment().getProperty("local.server.port"));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (Officers.PROVINCIAL_LEADER + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nodes the test is shutting down: a step's failure there is the shutdown, not a fault. */
    private static final java.util.Set<ConfigurableApplicationContext> STOPPING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Random steps on random dossiers; every fifth step crashes, half of them after its counters were written. After a
     * third of them, a fact another module holds changes, in a transaction of its own or in the step's: papers marked
     * digitised or reused (the dossier module's event), a fee recorded or settled (the payment module's).
     */
    private static int randomSteps(ConfigurableApplicationContext node, List<String[]> dossiers, long seed, int count,
                                   AtomicInteger rolledBack) {
        Random random = new Random(seed);
        Random facts = new Random(seed * 31);
        int committed = 0;
        for (int i = 0; i < count && node.isActive(); i++) {
            if (facts.nextInt(3) == 0) {
                String[] d = dossiers.get(facts.nextInt(dossiers.size()));
                boolean marks = facts.nextBoolean();
                boolean first = facts.nextBoolean();
                boolean second = facts.nextBoolean();
                boolean crash = facts.nextInt(5) == 0;
                try {
                    node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                        changeAFact(node, UUID.fromString(d[1]), d[0], marks, first, second);
                        if (crash) {
                            throw new SimulatedCrash();
                        }
                    });
                } catch (SimulatedCrash e) {
                    rolledBack.incrementAndGet();
                } catch (RuntimeException e) {
                    if (node.isActive() && !STOPPING.contains(node)) {
                        throw e;
                    }
                    break;
                }
            }
            String[] d = dossiers.get(random.nextInt(dossiers.size()));
            UUID id = UUID.fromString(d[1]);
            int choice = random.nextInt(STEPS.length + 2);
            boolean crash = random.nextInt(5) == 0;
            boolean toXuanHuong = random.nextBoolean();
            CLOCK.advance(Duration.ofMinutes(random.nextInt(48 * 60)));
            try {
                DossierProgress progress = node.getBean(DossierProgress.class);
                node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                    if (choice == STEPS.length) {
                        progress.handOver(id, toXuanHuong ? Officers.XUANHUONG : Officers.LACDUONG, "Chuyển", "test");
                    } else if (choice == STEPS.length + 1) {
                        progress.consult(id, Officers.LAND_OFFICE, "Lấy ý kiến", "test");
                    } else {
                        progress.changeStatus(id, STEPS[choice], "Bước ngẫu nhiên", "test");
                    }
                    if (crash && toXuanHuong) {
                        throw new SimulatedCrash();   // in the step, before the counters are written
                    } else if (crash) {
                        // at the commit, after the counters were written (they are written just before it)
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                throw new SimulatedCrash();
                            }
                        });
                    }
                });
                committed++;
            } catch (SimulatedCrash e) {
                rolledBack.incrementAndGet();
            } catch (RuntimeException e) {
                if (node.isActive() && !STOPPING.contains(node)) {
                    throw e;
                }
                break;   // the node was shut down under this step
            }
        }
        return committed;
    }

    /** Papers marked (digitised, or reused), or the fee opened and then settled (online, or at the counter). */
    private static void changeAFact(ConfigurableApplicationContext node, UUID id, String code, boolean marks, boolean first,
                                    boolean second) {
        if (marks) {
            node.getBean(vn.motcua.dossier.PaperMarks.class).record(id, List.of(new vn.motcua.dossier.PaperMarks.Mark(
                    first ? "Giấy chứng sinh" : "Tờ khai", second, !second && first)), "INTAKE", "test");
            return;
        }
        vn.motcua.payment.internal.FeeLedger fees = node.getBean(vn.motcua.payment.internal.FeeLedger.class);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(CLOCK);
        if (fees.find(id).isEmpty()) {
            fees.open(id, code, Dossiers.BIRTH, "RECEIPT", 8_000, true, now);
        } else {
            fees.settle(id, first ? "PAID_ONLINE" : "PAID_AT_COUNTER", "test", null, null, null, now);
        }
    }

    private static String[] submit(ConfigurableApplicationContext node, Map<String, Object> body, String receiver) {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        try {
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/v1/dossiers"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    (receiver + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
            var json = new ObjectMapper().readTree(res.body());
            return new String[] {json.get("code").asText(), json.get("dossierId").asText()};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        Map<String, Object> settings = TestNodes.settings(database, name);
        settings.put("camunda.bpm.job-execution.enabled", "false");
        return TestNodes.start(settings, context -> context.getBeanFactory().registerSingleton("clock", CLOCK));
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private static final class SimulatedCrash extends RuntimeException {
    }

    /** A clock both nodes share, moved by the test. */
    static final class MovingClock extends Clock {

        private final AtomicReference<Instant> now;

        MovingClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
