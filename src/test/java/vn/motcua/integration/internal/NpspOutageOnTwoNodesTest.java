package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.integration.internal.simulator.NpspSimulator;
import vn.motcua.integration.internal.simulator.PopulationSimulator;
import vn.motcua.integration.internal.simulator.SimulatorServer;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TestNodes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NPSP down for an hour of simulated time while dossiers move through their lifecycle on two nodes (two
 * application contexts on one PostgreSQL database, each with its own sender, both running at once, sharing one NPSP
 * simulator and one clock the test moves): nothing is lost while it is down, and once it is back every change is
 * delivered, in order per dossier, none twice, and the metrics return to zero. The nodes' circuit breakers spare the
 * NPSP and the entries' tries while it is down.
 */
class NpspOutageOnTwoNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Monday 2 March 2026, 08:00 in the province. */
    private static final SimulatedClock CLOCK = new SimulatedClock(Instant.parse("2026-03-02T01:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private static PostgresTestDatabase database;
    private static SimulatorServer partners;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = PostgresTestDatabase.fresh("motcua_it_npsp_outage");
        partners = SimulatorServer.start(0,
                new NpspSimulator("motcua-demo", "demo-npsp-password", "000.00.00.H36", Duration.ofMinutes(30), false,
                        CLOCK, Faults.NONE),
                new PopulationSimulator("motcua-demo", "demo-lgsp-secret", Duration.ofMinutes(30), CLOCK, Faults.NONE,
                        PopulationSimulator.csv("simulators/population-citizens.csv"), Set.of()));
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
        if (partners != null) {
            partners.close();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        Map<String, Object> settings = TestNodes.settings(database, name);
        settings.put("motcua.simulators.enabled", "false");
        settings.put("motcua.integration.npsp.url", partners.npspUrl());
        settings.put("motcua.integration.population.url", partners.populationUrl());
        settings.put("motcua.integration.npsp.calls.retry-attempts", "1");
        settings.put("motcua.integration.npsp.calls.circuit-window", "10");
        settings.put("motcua.integration.npsp.calls.circuit-minimum-calls", "4");
        settings.put("motcua.integration.npsp.calls.circuit-open-for", "PT1M");
        settings.put("motcua.integration.npsp.retry-initial-delay", "PT30S");
        settings.put("motcua.integration.npsp.retry-max-delay", "PT5M");
        // the engine's timers are days ahead: no job executor needed, and none to race the test's steps
        settings.put("camunda.bpm.job-execution.enabled", "false");
        return TestNodes.start(settings, context -> context.getBeanFactory().registerSingleton("clock", CLOCK));
    }

    @Test
    void anHourOfOutageLosesNothingAndAfterwardsEveryChangeIsDeliveredInOrderNoneTwice() throws Exception {
        Lifecycle onA = lifecycle(nodeA);
        Lifecycle onB = lifecycle(nodeB);
        NpspSimulator npsp = partners.npsp();

        npsp.setFaults(Faults.outage());
        Map<String, Integer> stepOf = new LinkedHashMap<>();
        List<Consumer<String>> stepsOnA = steps(onA);
        List<Consumer<String>> stepsOnB = steps(onB);
        boolean circuitOpened = false;
        for (int minute = 0; minute < 60; minute += 5) {
            boolean a = (minute / 5) % 2 == 0;
            stepOf.put((a ? onA : onB).submitBirthRegistration(), 0);
            for (Map.Entry<String, Integer> dossier : stepOf.entrySet()) {
                int step = dossier.getValue();
                if (step < 4) {
                    // each dossier moves one step per tick, on the node whose turn it is
                    (a ? stepsOnA : stepsOnB).get(step).accept(dossier.getKey());
                    dossier.setValue(step + 1);
                }
            }
            sendOnBothNodes();
            circuitOpened |= circuit(nodeA) == CircuitBreaker.State.OPEN || circuit(nodeB) == CircuitBreaker.State.OPEN;
            CLOCK.advance(Duration.ofMinutes(5));
        }
        NpspMetrics metrics = nodeA.getBean(NpspMetrics.class);
        long waiting = metrics.queueLength();
        assertThat(waiting).as("every change waits in the outbox").isGreaterThan(12 * 2);
        assertThat(metrics.oldestAge()).as("the oldest waited an hour").isGreaterThanOrEqualTo(Duration.ofMinutes(55));
        assertThat(nodeB.getBean(NpspMetrics.class).queueLength()).as("both nodes report the province's queue").isEqualTo(waiting);
        assertThat(circuitOpened).as("a breaker opened and spared the NPSP").isTrue();
        assertThat(jdbc().sql("select count(*) from npsp_outbox where state = 'DEAD'").query(Long.class).single()).isZero();

        npsp.setFaults(Faults.NONE);
        for (int i = 0; i < 40 && metrics.queueLength() > 0; i++) {
            CLOCK.advance(Duration.ofMinutes(1));
            sendOnBothNodes();
        }

        assertThat(metrics.queueLength()).isZero();
        assertThat(metrics.oldestAge()).isEqualTo(Duration.ZERO);
        assertThat(metrics.deadLetters()).isZero();
        assertThat(nodeB.getBean(NpspMetrics.class).queueLength()).isZero();
        for (String code : stepOf.keySet()) {
            assertThat(receivedBy(npsp, code)).as("what the NPSP accepted for %s, in its order", code)
                    .isEqualTo(written(code));
        }
        Map<String, Long> byNode = new TreeMap<>();
        jdbc().sql("select sent_by, count(*) from npsp_outbox group by sent_by")
                .query((rs, n) -> byNode.put(rs.getString(1), rs.getLong(2))).list();
        System.out.println("NPSP entries delivered by node: " + byNode + "; " + stepOf.size() + " dossiers");
        assertThat(byNode.keySet()).isSubsetOf("node-a", "node-b");
    }

    /** Accept, review, approve, return: the steps of a granted birth registration after its submission. */
    private static List<Consumer<String>> steps(Lifecycle node) {
        return List.of(node::accept, node::review, node::approve, node::returnResult);
    }

    private static void sendOnBothNodes() {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> nodeA.getBean(NpspSender.class).sendDue());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> nodeB.getBean(NpspSender.class).sendDue());
        CompletableFuture.allOf(a, b).join();
    }

    private static CircuitBreaker.State circuit(ConfigurableApplicationContext node) {
        return node.getBean(NpspClient.class).calls().circuitState();
    }

    /** The dossier's entries as written, in the outbox's order, each the item the NPSP must receive. */
    private static List<String> written(String code) {
        return jdbc().sql("select service, payload from npsp_outbox where dossier_code = ? order by id").param(code)
                .query((rs, n) -> rs.getString(1) + " " + normalise(rs.getString(2))).list();
    }

    private static List<String> receivedBy(NpspSimulator npsp, String code) throws Exception {
        List<String> out = new ArrayList<>();
        for (NpspSimulator.Received r : npsp.received()) {
            for (JsonNode item : r.data()) { // one call carries several dossiers' items
                if (r.accepted() && item.get("MaHoSo").asText().equals(code)) {
                    out.add(r.service() + " " + normalise(JSON.writeValueAsString(item)));
                }
            }
        }
        return out;
    }

    private static String normalise(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Lifecycle lifecycle(ConfigurableApplicationContext node) {
        return new Lifecycle(node, Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }
}
