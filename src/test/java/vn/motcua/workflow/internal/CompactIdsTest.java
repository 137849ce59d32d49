package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's compact ids: every bit of the UUID kept (so as unique as Camunda's own), in time order, 22 characters,
 * and the running engine writing them.
 */
@SpringBootTest
@ActiveProfiles("test")
class CompactIdsTest {

    private static final String ID = "[0-9A-Za-z]{22}";

    @Autowired ProcessEngine engine;

    @Test
    void theTextKeepsEveryBitOfTheUuid() {
        Random random = new Random(19);
        List<UUID> uuids = new ArrayList<>(List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0),
                new UUID(0, Long.MIN_VALUE), new UUID(1, 1), new UUID(Long.MAX_VALUE, Long.MAX_VALUE)));
        for (int i = 0; i < 20_000; i++) {
            uuids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        for (UUID uuid : uuids) {
            String text = CompactIds.encode(uuid);
            assertThat(text).as("%s", uuid).matches(ID);
            assertThat(decode(text)).as("%s written as %s", uuid, text).isEqualTo(uuid);
        }
        assertThat(CompactIds.encode(new UUID(0, 0))).isEqualTo("0".repeat(22));
        assertThat(CompactIds.encode(new UUID(-1, -1))).isEqualTo("7n42DGM5Tflk9n8mt7Fhc7");
    }

    @Test
    void theTextOrderIsTheNumbersOrder() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            UUID a = new UUID(random.nextLong(), random.nextLong());
            UUID b = random.nextInt(4) == 0 ? new UUID(a.getMostSignificantBits(), random.nextLong())
                    : new UUID(random.nextLong(), random.nextLong());
            int numbers = unsigned(a).compareTo(unsigned(b));
            int texts = CompactIds.encode(a).compareTo(CompactIds.encode(b));
            assertThat(Integer.signum(texts)).as("%s vs %s", a, b).isEqualTo(Integer.signum(numbers));
        }
    }

    @Test
    void oneNodesIdsRiseAndNeverRepeatAcrossThreads() throws Exception {
        CompactIds ids = new CompactIds();
        String previous = ids.getNextId();
        for (int i = 0; i < 50_000; i++) {
            String next = ids.getNextId();
            assertThat(next).matches(ID);
            assertThat(next.compareTo(previous)).as("%s after %s", next, previous).isPositive();
            previous = next;
        }

        // two generators in one JVM (as two engines would be) on four threads: JUG's shared clock gives each one time
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CompactIds other = new CompactIds();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                CompactIds generator = t % 2 == 0 ? ids : other;
                runs.add(threads.submit(() -> {
                    int repeated = 0;
                    for (int i = 0; i < 25_000; i++) {
                        repeated += seen.add(generator.getNextId()) ? 0 : 1;
                    }
                    return repeated;
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void theRunningEngineWritesThem() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getIdGenerator()).isInstanceOf(CompactIds.class);

        BpmnModelInstance model = Bpmn.createExecutableProcess("compact-ids-test").camundaHistoryTimeToLive(1)
                .startEvent().receiveTask("Task_Wait").endEvent().done();
        Deployment deployment = engine.getRepositoryService().createDeployment().addModelInstance("compact-ids-test.bpmn", model)
                .deploy();
        try {
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("compact-ids-test",
                    java.util.Map.of("seen", "yes"));
            String variable = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                    .singleResult().getId();
            Set<String> written = new HashSet<>(List.of(deployment.getId(), instance.getId(), variable));
            assertThat(written).hasSize(3).allSatisfy(id -> assertThat(id).matches(ID));
            assertThat(instance.getProcessDefinitionId()).matches("compact-ids-test:\\d+:" + ID);
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("Task_Wait").singleResult().getId()).matches("Task_Wait:" + ID);
            // found again by its id: the database compares them as written
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                    .isOne();
            String otherCase = instance.getId().chars().anyMatch(Character::isUpperCase) ? instance.getId().toLowerCase()
                    : instance.getId().toUpperCase();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(otherCase).count())
                    .as("an id differing only in case is another id").isZero();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private static UUID decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            value = value.multiply(BigInteger.valueOf(62)).add(BigInteger.valueOf(new String(CompactIds.DIGITS).indexOf(c)));
        }
        assertThat(value.bitLength()).isLessThanOrEqualTo(128);
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }

    private static BigInteger unsigned(UUID uuid) {
        return new BigInteger(Long.toUnsignedString(uuid.getMostSignificantBits())).shiftLeft(64)
                .or(new BigInteger(Long.toUnsignedString(uuid.getLeastSignificantBits())));
    }
}
