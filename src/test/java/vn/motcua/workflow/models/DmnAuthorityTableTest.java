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
import static vn.motcua.catalog.ProcessVariables.APPLICANT_COMMUNE_CODE;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_BODY_KIND;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_COMMUNE_CODE;
import static vn.motcua.catalog.ProcessVariables.CONSULT_BODY_KIND;
import static vn.motcua.catalog.ProcessVariables.CONSULT_COMMUNE_CODE;
import static vn.motcua.catalog.ProcessVariables.PROPERTY_COMMUNE_CODE;
import static vn.motcua.catalog.ProcessVariables.RECEIVING_COMMUNE_CODE;
import static vn.motcua.catalog.ProcessVariables.RECEIVING_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.RECEIVING_UNIT_LEVEL;

/**
 * Every rule of every hand-made authority decision (decisions/authority-*.dmn) on the standalone DMN engine: which kind
 * of body decides and which commune's (the applicant's residence, the land or the business seat), plus the receiving
 * levels where no rule matches (the application reads an empty result as "this point does not receive this
 * procedure"). Receipt regardless of administrative boundaries: Decree 118/2025/NĐ-CP. No province's codes: the
 * communes are GSO codes and the units are resolved from the organisation's data (RoutingTableTest).
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

    @ParameterizedTest(name = "{0} received at {1} level in {2}, applicant {3}, property {4} → {6} of {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure | level    | receiving commune | applicant | property | rule                    | kind                      | commune | consulted kind        | consulted commune
            1.001193    | COMMUNE  | 24781             | 24781     | 24781    | Rule_ReceivedAtCommune  | COMMUNE_PEOPLES_COMMITTEE | 24781   |                       |
            1.001193    | COMMUNE  | 24781             | 24848     | 24781    | Rule_ReceivedAtCommune  | COMMUNE_PEOPLES_COMMITTEE | 24848   |                       |
            1.001612    | COMMUNE  | 24848             | 24781     | 22945    | Rule_ReceivedAtCommune  | COMMUNE_PEOPLES_COMMITTEE | 22945   |                       |
            1.012783    | COMMUNE  | 24781             | 24781     | 24848    | Rule_ReceivedAtCommune  | LAND_REGISTRATION_OFFICE  | 24848   | PROVINCIAL_TAX_OFFICE | 24781
            1.012783    | PROVINCE | 22945             | 24781     | 24615    | Rule_ReceivedAtProvince | LAND_REGISTRATION_OFFICE  | 24615   | PROVINCIAL_TAX_OFFICE | 22945
            """)
    void theDecisionNamesTheKindOfCompetentBodyAndTheCommuneWhoseBodyItIs(String procedure, String level, String receivingCommune,
                                                                            String applicant, String property, String rule,
                                                                            String kind, String commune, String consultedKind,
                                                                            String consultedCommune) {
        DmnDecisionResult result = evaluate(procedure, level, receivingCommune, applicant, property);

        assertThat(MATCHED_RULES).containsExactly(rule);
        assertThat(result).hasSize(1);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(COMPETENT_BODY_KIND, kind);
        expected.put(COMPETENT_COMMUNE_CODE, commune);
        if (consultedKind != null) {
            expected.put(CONSULT_BODY_KIND, consultedKind);
            expected.put(CONSULT_COMMUNE_CODE, consultedCommune);
        }
        DmnDecisionResultEntries outputs = result.getSingleResult();
        assertThat(outputs.getEntryMap()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(outputs.getEntryMap().values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
    }

    @ParameterizedTest(name = "{0} is not received at {1} level")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure | level
            1.001193    | PROVINCE
            1.001612    | PROVINCE
            """)
    void aCommuneProcedureIsNotReceivedAtTheProvincialCentre(String procedure, String level) {
        DmnDecisionResult result = evaluate(procedure, level, "24781", "24781", "24781");

        assertThat(MATCHED_RULES).isEmpty();
        assertThat(result).isEmpty();
    }

    private static DmnDecisionResult evaluate(String procedure, String level, String receivingCommune, String applicant, String property) {
        MATCHED_RULES.clear();
        return dmn.evaluateDecision(decision(procedure), Variables.createVariables()
                .putValue(RECEIVING_UNIT_CODE, "any receiving point").putValue(RECEIVING_UNIT_LEVEL, level)
                .putValue(RECEIVING_COMMUNE_CODE, receivingCommune).putValue(APPLICANT_COMMUNE_CODE, applicant)
                .putValue(PROPERTY_COMMUNE_CODE, property));
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
