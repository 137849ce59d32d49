package vn.motcua.payment.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.payment.internal.simulator.PaygovSimulator;
import vn.motcua.payment.internal.simulator.PaymentFaults;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TestNodes;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's confirmation of one payment reaches both nodes of the province at the same moment (a retry behind a
 * load balancer): two application contexts on one PostgreSQL database, the same verified body posted to both at once.
 * Exactly one counts it (one PAID, the other ALREADY_PAID), one receipt, one timeline entry, one step of the lifecycle.
 */
class OnePaymentOnTwoNodesOnPostgresTest {

    private static PostgresTestDatabase database;
    private static PaygovSimulator platform;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = PostgresTestDatabase.fresh("motcua_it_payment_two_nodes");
        platform = PaygovSimulator.start(0, "H36-MOTCUA", "demo-paygov-secret", PaymentFaults.NONE.withLostCallback());
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (platform != null) {
            platform.close();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        Map<String, Object> settings = TestNodes.settings(database, name);
        settings.put("motcua.payment.url", platform.url());
        settings.put("camunda.bpm.job-execution.enabled", "false");
        // the second confirmation waits for the first one's row lock until the first commits (then it is ALREADY_PAID);
        // past the request lock timeout (3 s by default) it is answered 503 and the platform sends it again. On a
        // loaded machine the first one's transaction (fee settled, step recorded, counters, the process moved on) took
        // more than 3 s once (a 503 in the full suite, 2026-12-06): this test is about one payment, not about that wait
        settings.put("motcua.database.request-lock-timeout", "PT30S");
        return TestNodes.start(settings);
    }

    private static PaymentNode node(ConfigurableApplicationContext context) {
        return new PaymentNode(context, ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void theSameConfirmationOnBothNodesAtOnceIsOnePayment() throws Exception {
        PaymentNode a = node(nodeA);
        PaymentNode b = node(nodeB);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String code = a.dossierWaitingForItsFee("ONLINE");
                String orderId = b.startPayment(code).get("orderId").asText();
                platform.pay(orderId);
                String body = platform.confirmationBody(platform.orders().get(orderId), PaymentFaults.NONE);

                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (PaymentNode node : List.of(a, b)) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                            return node.postRaw("/api/v1/payments/paygov/callback", body);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads));
                }
                go.countDown();
                List<String> outcomes = new ArrayList<>();
                for (CompletableFuture<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> res = answer.get();
                    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
                    outcomes.add(PaymentNode.JSON.readTree(res.body()).get("outcome").asText());
                }

                assertThat(outcomes).containsExactlyInAnyOrder("PAID", "ALREADY_PAID");
                assertThat(a.confirmations(orderId)).isEqualTo(2);
                assertThat(a.timelineEntries(code, "FEE_PAID")).isEqualTo(1);
                assertThat(a.feeState(code)).isEqualTo("PAID_ONLINE");
                assertThat(b.openTasks(code)).containsExactly("Task_ReviewDossier");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Both nodes run the step that asks a dossier's fee at the same moment (random steps on two nodes found it): node A
     * has inserted the obligation and not committed yet when node B opens it. B waits for A and then stands on A's
     * row, without an error; it used to look first, see nothing, insert and fail on the primary key (a
     * DuplicateKeyException that also aborted B's engine transaction).
     */
    @Test
    void theSameFeeOpenedOnBothNodesAtOnceIsOneObligation() throws Exception {
        UUID dossier = UUID.randomUUID();
        String code = "H36.TEST-" + dossier.toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 9, 0);
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        CountDownLatch aInserted = new CountDownLatch(1);
        CountDownLatch bWaiting = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<FeeObligation> onA = CompletableFuture.supplyAsync(() ->
                    nodeA.getBean(TransactionTemplate.class).execute(tx -> {
                        FeeObligation fee = nodeA.getBean(FeeLedger.class)
                                .open(dossier, code, "1.000001", "RECEIPT", 50_000, true, now);
                        aInserted.countDown();
                        await(bWaiting);
                        return fee;
                    }), threads);
            await(aInserted);
            CompletableFuture<FeeObligation> onB = CompletableFuture.supplyAsync(() ->
                    nodeB.getBean(TransactionTemplate.class).execute(tx -> nodeB.getBean(FeeLedger.class)
                            .open(dossier, code, "1.000001", "RECEIPT", 70_000, true, now.plusMinutes(1))), threads);
            // B's insert is blocked on A's uncommitted row before A commits: the race, not two steps in a row
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query like '%fee_obligation%'").query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("node B waiting on node A's row").isLessThan(deadline);
                assertThat(onB).as("node B must wait for node A, not finish first").isNotDone();
                Thread.sleep(20);
            }
            bWaiting.countDown();

            assertThat(onA.get(30, TimeUnit.SECONDS).amountVnd()).isEqualTo(50_000);
            FeeObligation seenByB = onB.get(30, TimeUnit.SECONDS);
            assertThat(seenByB.amountVnd()).as("node A's obligation stands").isEqualTo(50_000);
            assertThat(seenByB.requestedAt()).isEqualTo(now);
            assertThat(jdbc.sql("select count(*) from fee_obligation where dossier_id = :id").param("id", dossier)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            bWaiting.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).as("both nodes' steps ended").isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other node's step").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
