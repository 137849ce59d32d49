package vn.motcua.workflow.internal;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FEEL expressions parsed once: the same answers and errors as Camunda's own FEEL integration for every text of the
 * catalog's decision tables, a text parsed only the first time, and the running engine's decisions evaluated with it.
 */
@SpringBootTest
@ActiveProfiles("test")
class FeelParsedOnceTest {

    private static final Pattern ENTRY = Pattern.compile("<(inputEntry|outputEntry|inputExpression)\\b[^>]*>\\s*<text>(.*?)</text>",
            Pattern.DOTALL);

    @Autowired ProcessEngine engine;

    private final ScalaFeelEngine camundas = new ScalaFeelEngine(List.of());
    private final FeelParsedOnce.Engine once = new FeelParsedOnce.Engine(List.of());

    @Test
    void everyTextOfTheCatalogsTablesGivesCamundasAnswer() throws IOException {
        Set<String> unaryTests = new TreeSet<>();
        Set<String> expressions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("decisions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                Matcher m = ENTRY.matcher(Files.readString(file));
                while (m.find()) {
                    String text = unescape(m.group(2));
                    (m.group(1).equals("inputEntry") ? unaryTests : expressions).add(text);
                }
            }
        }
        assertThat(unaryTests).as("the catalog's input entries (its tables test the receiving point's level)")
                .contains("\"COMMUNE\"", "\"PROVINCE\"");
        assertThat(expressions).as("the catalog's input expressions and output entries").contains("applicantCommuneCode");

        // each input entry against the kinds of value the tables test: levels, commune codes, none
        for (String input : new String[]{"COMMUNE", "PROVINCE", "26734", "", null}) {
            VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
            for (String text : unaryTests) {
                assertThat(outcome(() -> once.evaluateSimpleUnaryTests(text, "cellInput", context)))
                        .as("%s against %s", text, input)
                        .isEqualTo(outcome(() -> camundas.evaluateSimpleUnaryTests(text, "cellInput", context)));
            }
        }
        VariableContext inputs = Variables.createVariables().putValue("receivingUnitLevel", "COMMUNE")
                .putValue("receivingCommuneCode", "26734").putValue("applicantCommuneCode", "26737")
                .putValue("propertyCommuneCode", "26740").putValue("receivingUnitCode", "H36.24781").asVariableContext();
        for (String text : expressions) {
            assertThat(outcome(() -> once.evaluateSimpleExpression(text, inputs))).as(text)
                    .isEqualTo(outcome(() -> camundas.evaluateSimpleExpression(text, inputs)));
        }
    }

    @Test
    void aTextIsParsedTheFirstTimeOnly() {
        VariableContext commune = Variables.createVariables().putValue("cellInput", "COMMUNE").asVariableContext();
        VariableContext province = Variables.createVariables().putValue("cellInput", "PROVINCE").asVariableContext();

        assertThat(once.evaluateSimpleUnaryTests("\"COMMUNE\"", "cellInput", commune)).isTrue();
        assertThat(once.evaluateSimpleUnaryTests("\"COMMUNE\"", "cellInput", province)).isFalse();

        FeelParsedOnce.Parses parses = once.parses();
        assertThat(parses.parseUnaryTests("\"COMMUNE\"")).as("the parse kept from the first evaluation")
                .isSameAs(parses.parseUnaryTests("\"COMMUNE\""));
        assertThat(parses.parseExpression("applicantCommuneCode")).isSameAs(parses.parseExpression("applicantCommuneCode"));
        assertThat(parses.size()).isEqualTo(2);
    }

    @Test
    void aTextThatDoesNotParseFailsAsInCamundaEveryTime() {
        VariableContext context = Variables.createVariables().putValue("cellInput", "COMMUNE").asVariableContext();
        String broken = "[\"COMMUNE\", ";
        String camundasMessage = outcome(() -> camundas.evaluateSimpleUnaryTests(broken, "cellInput", context));
        assertThat(camundasMessage).startsWith("FeelException: ");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> once.evaluateSimpleUnaryTests(broken, "cellInput", context))
                    .isInstanceOf(FeelException.class)
                    .hasMessage(camundasMessage.substring("FeelException: ".length()));
        }
    }

    @Test
    void theRunningEnginesDecisionsUseIt() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        assertThat(dmn.getFeelEngine()).isInstanceOf(FeelParsedOnce.Engine.class);
        FeelParsedOnce.Parses parses = ((FeelParsedOnce.Engine) dmn.getFeelEngine()).parses();

        DmnDecisionTableResult first = evaluateBirthRegistrationAuthority();
        int remembered = parses.size();
        DmnDecisionTableResult second = evaluateBirthRegistrationAuthority();

        assertThat(first.getSingleResult().getEntryMap()).containsEntry("competentBodyKind", "COMMUNE_PEOPLES_COMMITTEE")
                .containsEntry("competentCommuneCode", "26737");
        assertThat(second.getSingleResult().getEntryMap()).isEqualTo(first.getSingleResult().getEntryMap());
        assertThat(remembered).as("the table's texts, kept by the first evaluation").isGreaterThan(0);
        assertThat(parses.size()).as("the second evaluation parsed nothing new").isEqualTo(remembered);
    }

    private DmnDecisionTableResult evaluateBirthRegistrationAuthority() {
        return engine.getDecisionService().evaluateDecisionTableByKey("authority-1.001193")
                .variables(Variables.createVariables().putValue("receivingUnitLevel", "COMMUNE")
                        .putValue("applicantCommuneCode", "26737").putValue("receivingCommuneCode", "26734")
                        .putValue("propertyCommuneCode", "26734").putValue("receivingUnitCode", "H36.24781"))
                .evaluate();
    }

    /** What an evaluation gave, or the exception it threw, as text to compare. */
    private static String outcome(java.util.concurrent.Callable<Object> evaluation) {
        try {
            return String.valueOf(evaluation.call());
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
