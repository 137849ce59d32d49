package vn.motcua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application, each in its own JVM, on one PostgreSQL database (README "Two nodes on one
 * database"): both serve the same dossiers, a calendar amendment taken by one reaches the other, a due timer fires
 * once although both job executors run, and a node killed with SIGKILL loses no dossier it confirmed, while the
 * other node finishes the timers and notifications it left.
 *
 * <p>The nodes poll for due jobs every two seconds at most, hold a job lock for 15 seconds, a notification lease for
 * 10 and re-read the calendar every 2, so that what a dead node left is taken over, and what one node changed is
 * seen by the other, within the test's time; production keeps the defaults.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_UP = Duration.ofMinutes(4);
    private static final Duration ENGINE_WORK = Duration.ofMinutes(2);
    /** Settings both nodes share; see the class comment. */
    private static final List<String> SETTINGS = List.of(
            "--camunda.bpm.job-execution.lock-time-in-millis=15000",
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=2000",
            // two threads and one queued job per node: with more due jobs than that, both nodes take some
            "--camunda.bpm.job-execution.core-pool-size=2",
            "--camunda.bpm.job-execution.max-pool-size=2",
            "--camunda.bpm.job-execution.queue-capacity=1",
            "--motcua.notification.poll-interval=PT1S",
            "--motcua.notification.initial-delay=PT1S",
            "--motcua.notification.lease=PT10S",
            "--motcua.notification.retry-initial-delay=PT1S",
            "--spring.mail.properties.mail.smtp.connectiontimeout=1000",
            "--spring.mail.properties.mail.smtp.timeout=1000",
            // how soon a node sees a calendar amendment taken by another (5 minutes in production)
            "--motcua.calendar.refresh=PT2S",
            "--motcua.rate-limit.submission.capacity=100000",
            "--motcua.rate-limit.tracking.capacity=100000",
            "--logging.level.root=warn",
            "--logging.level.vn.motcua=info");

    private static PostgresTestDatabase database;
    private static AppNode nodeA;
    private static AppNode nodeB;

    @RegisterExtension
    static final TestWatcher PRINT_NODE_LOGS = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printLogs();
        }
    };

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = PostgresTestDatabase.fresh("motcua_it_two_nodes");
        try {
            // One after the other, as on a fresh database: the first creates the schema and deploys the models;
            // the second finds them and deploys nothing.
            nodeA = AppNode.start("node-a", database, SETTINGS);
            nodeB = AppNode.start("node-b", database, SETTINGS);
            nodeA.awaitUp(START_UP);
            nodeB.awaitUp(START_UP);
        } catch (RuntimeException | Error e) {
            printLogs();
            throw e;
        }
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesServeTheSameDossiers() throws Exception {
        String fromA = submit(nodeA);
        String fromB = submit(nodeB);

        assertThat(track(nodeB, fromA).get("status").asInt()).isEqualTo(1);
        assertThat(track(nodeA, fromB).get("status").asInt()).isEqualTo(1);
        assertThat(receiverTasks(nodeB, fromA)).as("node B's officer sees the task node A created").hasSize(1);
        assertThat(receiverTasks(nodeA, fromB)).as("node A's officer sees the task node B created").hasSize(1);
        // one daily sequence per unit in the shared database: B's number follows A's
        assertThat(sequenceNumber(fromB)).isEqualTo(sequenceNumber(fromA) + 1);
    }

    @Test
    @Order(2)
    void aCalendarAmendmentTakenByOneNodeReachesTheOther() throws Exception {
        String friday = "2034-06-16";
        assertThat(kindOn(nodeB, friday)).as("an ordinary Friday").isNull();

        HttpResponse<String> amended = nodeA.put("/api/v1/calendar/days/" + friday, Map.of("kind", "DAY_OFF",
                "nameVi", "Nghỉ hoán đổi", "nameEn", "Swapped day off"), Officers.ADMIN);
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);

        assertThat(kindOn(nodeA, friday)).as("at once on the node that took it").isEqualTo("DAY_OFF");
        await("node B reloads its calendar").atMost(ENGINE_WORK)
                .untilAsserted(() -> assertThat(kindOn(nodeB, friday)).isEqualTo("DAY_OFF"));
    }

    @Test
    @Order(3)
    void aDueTimerFiresExactlyOnceWhileBothJobExecutorsRun() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AppNode node = i % 2 == 0 ? nodeA : nodeB;
            String code = submit(node);
            accept(node, code);
            codes.add(code);
        }
        Map<String, String> warningTimers = warningTimers(codes);

        makeDueNow(warningTimers.values());

        await("warnings").atMost(ENGINE_WORK).untilAsserted(() -> {
            assertThat(successfulRuns(warningTimers.values())).containsOnlyKeys(warningTimers.values());
            assertThat(remainingJobs(warningTimers.values())).isZero();
        });
        for (String code : codes) {
            assertThat(warningsOf(code)).as("warnings of %s", code).isEqualTo(1);
            assertThat(apologyTasksOf(code)).as("apology tasks of %s", code).isEqualTo(1);
        }
        assertThat(successfulRuns(warningTimers.values()).values()).as("one successful run per timer")
                .allSatisfy(runs -> assertThat(runs).hasSize(1));
        System.out.println("Timers run by: " + successfulRuns(warningTimers.values()));
    }

    @Test
    @Order(4)
    void aNodeKilledWithKillDashNineLosesNoSubmittedDossierAndTheOtherNodeFinishesItsTimers() throws Exception {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String code = submit(nodeB);
            accept(nodeB, code);
            held.add(code);
        }
        Map<String, String> timers = warningTimers(held);

        ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean submitting = new AtomicBoolean(true);
        ExecutorService applicants = Executors.newFixedThreadPool(4);
        Set<String> lockedByA;
        try (Connection blocker = connect()) {
            // The timers' work (a timeline entry) waits on these rows, so the job executors that take the timers
            // are held inside their transactions until the test lets go: node A dies holding some of them.
            blocker.setAutoCommit(false);
            lockDossiers(blocker, held);
            for (int i = 0; i < 4; i++) {
                applicants.submit(() -> {
                    while (submitting.get()) {
                        try {
                            HttpResponse<String> res = nodeA.post("/api/v1/dossiers", birthRegistration(), null);
                            if (res.statusCode() == 201) {
                                confirmed.add(JSON.readTree(res.body()).get("code").asText());
                            } else {
                                refused.add(res.statusCode() + " " + res.body());
                            }
                        } catch (Exception nodeGone) {
                            // after the kill: the connection is refused or cut, and no 201 came
                        }
                    }
                });
            }
            makeDueNow(timers.values());
            await("node A holds a timer and has confirmed dossiers").atMost(ENGINE_WORK)
                    .until(() -> !lockedBy("node-a", timers.values()).isEmpty() && confirmed.size() >= 10);
            lockedByA = lockedBy("node-a", timers.values());

            nodeA.kill();
            System.out.printf("SMS of confirmed dossiers not sent when node A died: %d%n",
                    unsentSms(List.copyOf(confirmed)).size());

            submitting.set(false);
            applicants.shutdown();
            assertThat(applicants.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            blocker.commit();
        }
        assertThat(refused).as("answers other than 201 while node A was alive").isEmpty();
        List<String> confirmedCodes = List.copyOf(confirmed);
        System.out.printf("Node A killed after %d confirmed submissions, holding timers %s%n", confirmedCodes.size(), lockedByA);

        // every confirmed dossier is there, with its process and the receiver's first task, served by node B
        for (String code : confirmedCodes) {
            assertThat(hasProcessAndFirstTask(code)).as("dossier %s has its process and Task_CheckDossier", code).isTrue();
            assertThat(track(nodeB, code).get("status").asInt()).isEqualTo(1);
        }
        // nothing half-written: a dossier that committed without a 201 reaching the client is whole too
        assertThat(dossiersWithoutProcessOrTask()).isEmpty();
        assertThat(submit(nodeB)).as("node B still takes dossiers").isNotBlank();

        // node B runs the timers node A held once their locks expire: each warning exactly once
        await("node B takes over node A's timers").atMost(ENGINE_WORK).untilAsserted(() -> {
            Map<String, List<String>> runs = successfulRuns(timers.values());
            assertThat(runs).containsOnlyKeys(timers.values());
            for (String job : lockedByA) {
                assertThat(runs.get(job)).containsExactly("node-b");
            }
        });
        for (String code : held) {
            assertThat(warningsOf(code)).as("warnings of %s", code).isEqualTo(1);
        }
        // and delivers the SMS node A had not sent (a notification is written with each dossier)
        await("node B sends node A's notifications").atMost(ENGINE_WORK).untilAsserted(() ->
                assertThat(unsentSms(confirmedCodes)).isEmpty());
    }

    // --- requests ---

    private static Map<String, Object> birthRegistration() {
        Map<String, Object> body = new HashMap<>(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        body.put("applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh",
                "phone", "0912345678"));
        return body;
    }

    private static String submit(AppNode node) throws Exception {
        HttpResponse<String> res = node.post("/api/v1/dossiers", birthRegistration(), null);
        assertThat(res.statusCode()).as("%s: %s", node, res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("code").asText();
    }

    private static JsonNode track(AppNode node, String code) throws Exception {
        HttpResponse<String> res = node.post("/api/v1/tracking",
                Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID), null);
        assertThat(res.statusCode()).as("%s: %s", node, res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    /** The calendar entry of {@code day} as a node serves it, or null for an ordinary day. */
    private static String kindOn(AppNode node, String day) throws Exception {
        for (JsonNode entry : node.get("/api/v1/calendar/days?year=" + day.substring(0, 4), null)) {
            if (entry.get("day").asText().equals(day)) {
                return entry.get("kind").asText();
            }
        }
        return null;
    }

    private static List<JsonNode> receiverTasks(AppNode node, String code) throws Exception {
        List<JsonNode> tasks = new ArrayList<>();
        node.get("/engine-rest/task?processInstanceBusinessKey=" + code, Officers.XUANHUONG_RECEIVER).forEach(tasks::add);
        return tasks;
    }

    /** The receiver accepts the dossier: it goes to processing, where the due-date warning timer waits. */
    private static void accept(AppNode node, String code) throws Exception {
        List<JsonNode> tasks = receiverTasks(node, code);
        assertThat(tasks).hasSize(1);
        String id = tasks.get(0).get("id").asText();
        HttpResponse<String> claim = node.post("/engine-rest/task/" + id + "/claim",
                Map.of("userId", Officers.XUANHUONG_RECEIVER), Officers.XUANHUONG_RECEIVER);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        HttpResponse<String> done = node.post("/engine-rest/task/" + id + "/complete",
                Map.of("variables", Map.of("receiveDecision", Map.of("value", "ACCEPT"))), Officers.XUANHUONG_RECEIVER);
        assertThat(done.statusCode()).as(done.body()).isBetween(200, 204);
    }

    private static int sequenceNumber(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    // --- what the shared database says ---

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** The due-date warning timer of each dossier (the only timer while it is processed), by dossier code. */
    private static Map<String, String> warningTimers(List<String> codes) throws SQLException {
        Map<String, String> timers = new HashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select j.ID_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                join dossier x on x.process_instance_id = j.ROOT_PROC_INST_ID_
                where x.code = ? and d.ACT_ID_ = 'Timer_OverdueWarning'""")) {
            for (String code : codes) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).as("warning timer of %s", code).isTrue();
                    timers.put(code, r.getString(1));
                    assertThat(r.next()).as("one warning timer for %s", code).isFalse();
                }
            }
        }
        return timers;
    }

    /** Time passes: the timers come due now (the job executors find them at their next acquisition). */
    private static void makeDueNow(java.util.Collection<String> jobIds) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "update ACT_RU_JOB set DUEDATE_ = localtimestamp - interval '1 second' where ID_ = ?")) {
            for (String id : jobIds) {
                s.setString(1, id);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static void lockDossiers(Connection c, List<String> codes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from dossier where code = ? for update")) {
            for (String code : codes) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                }
            }
        }
    }

    private static Set<String> lockedBy(String owner, java.util.Collection<String> jobIds) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select ID_ from ACT_RU_JOB where LOCK_OWNER_ = ? and ID_ = any (?)")) {
            s.setString(1, owner);
            s.setArray(2, c.createArrayOf("varchar", jobIds.toArray()));
            Set<String> ids = new java.util.TreeSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    /** Per job, the nodes (engine host names) that ran it successfully, from the job log. */
    private static Map<String, List<String>> successfulRuns(java.util.Collection<String> jobIds) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select JOB_ID_, HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_ID_ = any (?) order by TIMESTAMP_")) {
            s.setArray(1, c.createArrayOf("varchar", jobIds.toArray()));
            Map<String, List<String>> runs = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            return runs;
        }
    }

    private static int remainingJobs(java.util.Collection<String> jobIds) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from ACT_RU_JOB where ID_ = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", jobIds.toArray()));
            return count(s);
        }
    }

    private static int warningsOf(String code) throws SQLException {
        return countFor(code, "select count(*) from dossier_event e join dossier x on x.id = e.dossier_id "
                + "where x.code = ? and e.action = 'WARNING'");
    }

    private static int apologyTasksOf(String code) throws SQLException {
        return countFor(code, """
                select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                join dossier x on x.process_instance_id = e.ROOT_PROC_INST_ID_
                where x.code = ? and t.TASK_DEF_KEY_ = 'Task_IssueApology'""");
    }

    private static boolean hasProcessAndFirstTask(String code) throws SQLException {
        return countFor(code, """
                select count(*) from dossier x
                join ACT_RU_EXECUTION root on root.ID_ = x.process_instance_id
                join ACT_RU_EXECUTION e on e.ROOT_PROC_INST_ID_ = x.process_instance_id
                join ACT_RU_TASK t on t.EXECUTION_ID_ = e.ID_
                where x.code = ? and t.TASK_DEF_KEY_ = 'Task_CheckDossier'""") == 1;
    }

    private static List<String> dossiersWithoutProcessOrTask() throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select x.code from dossier x where not exists (
                    select 1 from ACT_RU_EXECUTION e join ACT_RU_TASK t on t.PROC_INST_ID_ = e.ID_
                    where e.ROOT_PROC_INST_ID_ = x.process_instance_id)""")) {
            List<String> codes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        }
    }

    /** The SMS of these dossiers not sent yet; each dossier has at least its receipt SMS. */
    private static List<String> unsentSms(List<String> codes) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select dossier_code, state from notification_outbox where channel = 'SMS' and dossier_code = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            List<String> unsent = new ArrayList<>();
            Set<String> withSms = new java.util.HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    withSms.add(r.getString(1));
                    if (!"SENT".equals(r.getString(2))) {
                        unsent.add(r.getString(1) + " " + r.getString(2));
                    }
                }
            }
            codes.stream().filter(code -> !withSms.contains(code)).map(code -> code + " without SMS").forEach(unsent::add);
            return unsent;
        }
    }

    private static int countFor(String code, String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            return count(s);
        }
    }

    private static int count(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void printLogs() {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                System.out.println("----- last lines of " + node.log + " -----\n" + node.tail(150));
            }
        }
        System.out.println("Node logs: " + AppNode.LOG_DIR);
    }
}
