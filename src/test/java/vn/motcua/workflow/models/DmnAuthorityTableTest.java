package vn.motcua.workflow.models;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.CONSULT_GROUP;
import static vn.motcua.catalog.ProcessVariables.CONSULT_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.LEADER_GROUP;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.catalog.ProcessVariables.RECEIVING_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.RECEIVING_UNIT_LEVEL;
import static vn.motcua.catalog.ProcessVariables.SPECIALIST_GROUP;

/**
 * Every rule of every authority decision (decisions/authority-*.dmn) on the standalone DMN engine, plus the
 * receiving points where no rule matches (the application reads an empty result as "this point does not
 * receive this procedure"). Routing regardless of administrative boundaries: Decree 118/2025/NĐ-CP.
 */
class DmnAuthorityTableTest {

    private static final List<String> MATCHED_RULES = new ArrayList<>();
    private static final Map<String, DmnDecision> DECISIONS = new HashMap<>();
    private static DmnEngine dmn;

    @BeforeAll
    static void buildEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener recordMatches = event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED_RULES::add);
        configuration.customPostDecisionTableEvaluationListeners(List.of(recordMatches));
        dmn = configuration.buildEngine();
    }

    @ParameterizedTest(name = "{0} received at {1} ({2}) → {3} by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure | receiving unit | level    | rule                            | competent unit | receivers          | specialists          | leaders          | consulted | consultants
            1.001193    | H36.24781      | COMMUNE  | Rule_ReceivedAtCommune          | H36.24781      | H36.24781:receiver | H36.24781:specialist | H36.24781:leader |           |
            1.001193    | H36.24848      | COMMUNE  | Rule_ReceivedAtCommune          | H36.24848      | H36.24848:receiver | H36.24848:specialist | H36.24848:leader |           |
            1.001612    | H36.24781      | COMMUNE  | Rule_ReceivedAtCommune          | H36.24781      | H36.24781:receiver | H36.24781:specialist | H36.24781:leader |           |
            1.001612    | H36.24848      | COMMUNE  | Rule_ReceivedAtCommune          | H36.24848      | H36.24848:receiver | H36.24848:specialist | H36.24848:leader |           |
            1.012783    | H36.24781      | COMMUNE  | Rule_ReceivedAtCommune          | H36.16.01      | H36.24781:receiver | H36.16.01:specialist | H36.16.01:leader | H36.T01   | H36.T01:specialist
            1.012783    | H36.24848      | COMMUNE  | Rule_ReceivedAtCommune          | H36.16.01      | H36.24848:receiver | H36.16.01:specialist | H36.16.01:leader | H36.T01   | H36.T01:specialist
            1.012783    | H36.20         | PROVINCE | Rule_ReceivedAtProvincialCentre | H36.16.01      | H36.20:receiver    | H36.16.01:specialist | H36.16.01:leader | H36.T01   | H36.T01:specialist
            """)
    void receivingPointIsRoutedToTheCompetentUnitAndItsGroups(String procedure, String unitCode, String level,
                                                              String rule, String competent, String receivers,
                                                              String specialists, String leaders, String consulted,
                                                              String consultants) {
        DmnDecisionResult result = evaluate(procedure, unitCode, level);

        assertThat(MATCHED_RULES).containsExactly(rule);
        assertThat(result).hasSize(1);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(COMPETENT_UNIT_CODE, competent);
        expected.put(RECEIVER_GROUP, receivers);
        expected.put(SPECIALIST_GROUP, specialists);
        expected.put(LEADER_GROUP, leaders);
        if (consulted != null) {
            expected.put(CONSULT_UNIT_CODE, consulted);
            expected.put(CONSULT_GROUP, consultants);
        }
        DmnDecisionResultEntries outputs = result.getSingleResult();
        assertThat(outputs.getEntryMap()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(outputs.getEntryMap().values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
    }

    @ParameterizedTest(name = "{0} is not received at {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure | receiving unit | level
            1.001193    | H36.20         | PROVINCE
            1.001193    | H36.16.01      | PROVINCE
            1.001612    | H36.20         | PROVINCE
            1.012783    | H36.16.01      | PROVINCE
            1.012783    | H36.T01        | PROVINCE
            """)
    void receivingPointOutsideTheRulesGetsNoResult(String procedure, String unitCode, String level) {
        DmnDecisionResult result = evaluate(procedure, unitCode, level);

        assertThat(MATCHED_RULES).isEmpty();
        assertThat(result).isEmpty();
    }

    private static DmnDecisionResult evaluate(String procedure, String unitCode, String level) {
        MATCHED_RULES.clear();
        return dmn.evaluateDecision(decision(procedure),
                Variables.createVariables().putValue(RECEIVING_UNIT_CODE, unitCode).putValue(RECEIVING_UNIT_LEVEL, level));
    }

    private static DmnDecision decision(String procedure) {
        return DECISIONS.computeIfAbsent(procedure, code -> {
            String key = "authority-" + code;
            try (InputStream in = DmnAuthorityTableTest.class.getClassLoader().getResourceAsStream("decisions/" + key + ".dmn")) {
                assertThat(in).as("decisions/%s.dmn on the classpath", key).isNotNull();
                return dmn.parseDecision(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
