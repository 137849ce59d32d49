package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schemas compiled once validate and parse exactly as the engine's own way, which reads the schema files again for
 * every model: over every BPMN and DMN model of the tree, the parsed result is the same (schema default attributes
 * included), and a model that breaks the schema gets the same errors.
 */
class PrecompiledSchemasTest {

    private static final String BPMN_SCHEMA = ReflectUtil.getResourceUrlAsString(BpmnParser.BPMN_20_SCHEMA_LOCATION);

    @BeforeAll
    static void engineConfiguration() {
        // the engine's parser reads its XXE setting from the configuration in context
        Context.setProcessEngineConfiguration(new StandaloneInMemProcessEngineConfiguration());
    }

    @AfterAll
    static void noEngineConfiguration() {
        Context.removeProcessEngineConfiguration();
    }

    @Test
    void everyBpmnModelOfTheTreeParsesAsTheEnginesOwnParserParsesIt() throws IOException {
        List<Path> models = models("processes", ".bpmn");
        assertThat(models).as("the shared lifecycle and the whole catalog").hasSizeGreaterThan(1_500);
        Parser engines = new BpmnParser(null, null);
        Parser compiled = PrecompiledSchemas.SaxParsers.INSTANCE;
        for (Path model : models) {
            byte[] xml = Files.readAllBytes(model);
            Parse expected = parse(engines, xml);
            Parse actual = parse(compiled, xml);
            assertThat(actual.getProblems()).as(model.toString()).isEmpty();
            assertThat(expected.getProblems()).as(model.toString()).isEmpty();
            assertSameTree(model.toString(), expected.getRootElement(), actual.getRootElement());
        }
    }

    @Test
    void aBpmnModelThatBreaksTheSchemaHasTheSameErrorsEitherWay() throws IOException {
        byte[] xml = Files.readString(Path.of("processes", "tthc-1.001193.bpmn"))
                .replace("isExecutable=\"true\"", "isExecutable=\"perhaps\"")
                .replace("<bpmn:endEvent id=\"End_NotAccepted\"", "<bpmn:endEvent id=\"End_NotAccepted\" noSuchAttribute=\"1\"")
                .getBytes(StandardCharsets.UTF_8);

        List<String> expected = problems(parse(new BpmnParser(null, null), xml));
        List<String> actual = problems(parse(PrecompiledSchemas.SaxParsers.INSTANCE, xml));

        assertThat(expected).as("the wrong value (two errors) and the unknown attribute").hasSize(3);
        assertThat(String.join("\n", expected)).contains("perhaps").contains("noSuchAttribute");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aThreadsParserServesTheNextModelAfterOneThatCouldNotBeRead() throws IOException {
        byte[] good = Files.readAllBytes(Path.of("processes", "tthc-1.001193.bpmn"));
        byte[] cutShort = java.util.Arrays.copyOf(good, good.length / 2);
        Parser compiled = PrecompiledSchemas.SaxParsers.INSTANCE;

        assertThatThrownBy(() -> parse(compiled, cutShort)).hasMessageContaining("XML document structures must start and end");
        Parse next = parse(compiled, good);

        assertThat(next.getProblems()).isEmpty();
        assertSameTree("after a failed parse", parse(new BpmnParser(null, null), good).getRootElement(), next.getRootElement());
    }

    @Test
    void aThreadKeepsOneParserOfTheCompiledSchemaHoldingNothingOfItsLastModel() throws Exception {
        new Parse(PrecompiledSchemas.SaxParsers.INSTANCE) { }.setSchemaResource(BPMN_SCHEMA);
        javax.xml.parsers.SAXParser parser = PrecompiledSchemas.SaxParsers.INSTANCE.getSaxParser();

        assertThat(parser).isInstanceOf(PrecompiledSchemas.SchemaSetSaxParser.class);
        assertThat(parser.getSchema()).isSameAs(PrecompiledSchemas.BpmnSchema.SCHEMA);
        assertThat(PrecompiledSchemas.SaxParsers.INSTANCE.getSaxParser()).isSameAs(parser);

        parse(PrecompiledSchemas.SaxParsers.INSTANCE, Files.readAllBytes(Path.of("processes", "tthc-1.001193.bpmn")));
        assertThat(parser.getXMLReader().getContentHandler()).as("the last parse's handler, let go").isNull();
        assertThat(PrecompiledSchemas.SaxParsers.INSTANCE.getSaxParser()).isSameAs(parser);
        assertThatThrownBy(() -> parser.setProperty("http://java.sun.com/xml/jaxp/properties/schemaSource", "file:/other.xsd"))
                .as("never another schema than the one compiled").isInstanceOf(org.xml.sax.SAXNotSupportedException.class);
    }

    @Test
    void aDeploymentWithoutSchemaValidationIsParsedTheEnginesWay() throws Exception {
        Parse parse = new Parse(PrecompiledSchemas.SaxParsers.INSTANCE) { };
        parse.setSchemaResource(null);
        parse.sourceInputStream(new ByteArrayInputStream("<definitions isExecutable=\"perhaps\"/>".getBytes(StandardCharsets.UTF_8)))
                .execute();

        assertThat(parse.getProblems()).as("no schema: nothing to break").isEmpty();
        assertThat(parse.getRootElement().attribute("isExecutable")).isEqualTo("perhaps");
    }

    @Test
    void everyDmnModelOfTheTreeParsesAsTheModelApiParsesIt() throws IOException {
        List<Path> models = models("decisions", ".dmn");
        assertThat(models).hasSizeGreaterThan(1_500);
        for (Path model : models) {
            byte[] xml = Files.readAllBytes(model);
            String expected = Dmn.convertToString(Dmn.readModelFromStream(new ByteArrayInputStream(xml)));
            String actual = Dmn.convertToString(
                    PrecompiledSchemas.DmnParserWithCompiledSchemas.INSTANCE.parseModelFromStream(new ByteArrayInputStream(xml)));
            assertThat(actual).as(model.toString()).isEqualTo(expected);
        }
    }

    @Test
    void theDmnDefaultsTheSchemaGivesAreInTheParsedModel() {
        // a decision table without a hit policy: the schema's default is written into the parsed document
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">
                  <decision id="x" name="x"><decisionTable id="t">
                    <input id="i"><inputExpression id="e" typeRef="string"><text>a</text></inputExpression></input>
                    <output id="o" name="b" typeRef="string"/>
                  </decisionTable></decision>
                </definitions>""";
        String parsed = Dmn.convertToString(PrecompiledSchemas.DmnParserWithCompiledSchemas.INSTANCE
                .parseModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

        assertThat(parsed).contains("hitPolicy=\"UNIQUE\"")
                .isEqualTo(Dmn.convertToString(Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void theDmnParserValidatesWithTheCompiledSchemasAndNamesNoSchemaFile() {
        javax.xml.parsers.DocumentBuilderFactory factory = PrecompiledSchemas.DmnParserWithCompiledSchemas.INSTANCE.factory();

        assertThat(factory.getSchema()).as("the six DMN schemas, compiled once").isNotNull();
        assertThat(factory.isValidating()).as("no validation by schema files").isFalse();
        assertThat(factory.getAttribute("http://java.sun.com/xml/jaxp/properties/schemaSource"))
                .as("no schema file handed to each parse").isNull();
    }

    @Test
    void theOtherDmnVersionsParseAsTheModelApiParsesThem() {
        // the tree is DMN 1.3 only; the compiled schemas hold 1.1 to 1.5, as the model API's parser does
        for (String namespace : List.of("http://www.omg.org/spec/DMN/20151101/dmn.xsd", "http://www.omg.org/spec/DMN/20151101/dmn11.xsd",
                "http://www.omg.org/spec/DMN/20180521/MODEL/", "https://www.omg.org/spec/DMN/20211108/MODEL/",
                "https://www.omg.org/spec/DMN/20230324/MODEL/")) {
            byte[] xml = ("""
                    <definitions xmlns="%s" id="d" name="d" namespace="n">
                      <decision id="x" name="x"><decisionTable id="t">
                        <input id="i"><inputExpression id="e" typeRef="string"><text>a</text></inputExpression></input>
                        <output id="o" name="b" typeRef="string"/>
                        <rule id="r"><inputEntry id="ie"><text>"A"</text></inputEntry><outputEntry id="oe"><text>"B"</text></outputEntry></rule>
                      </decisionTable></decision>
                    </definitions>""".formatted(namespace)).getBytes(StandardCharsets.UTF_8);
            String expected = Dmn.convertToString(Dmn.readModelFromStream(new ByteArrayInputStream(xml)));
            String actual = Dmn.convertToString(
                    PrecompiledSchemas.DmnParserWithCompiledSchemas.INSTANCE.parseModelFromStream(new ByteArrayInputStream(xml)));
            assertThat(actual).as(namespace).isEqualTo(expected).contains("hitPolicy=\"UNIQUE\"");
        }
    }

    @Test
    void aDmnModelThatBreaksTheSchemaIsRefusedEitherWay() throws IOException {
        byte[] xml = Files.readString(Path.of("decisions", "authority-1.001193.dmn"))
                .replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Dmn.readModelFromStream(new ByteArrayInputStream(xml))).isInstanceOf(DmnModelException.class);
        assertThatThrownBy(() -> PrecompiledSchemas.DmnParserWithCompiledSchemas.INSTANCE.parseModelFromStream(new ByteArrayInputStream(xml)))
                .isInstanceOf(DmnModelException.class)
                .rootCause().hasMessageContaining("SOMETIMES");
    }

    private static Parse parse(Parser parser, byte[] xml) {
        Parse parse = new Parse(parser) { };
        parse.setSchemaResource(BPMN_SCHEMA);
        parse.sourceInputStream(new ByteArrayInputStream(xml)).execute();
        return parse;
    }

    private static List<String> problems(Parse parse) {
        return parse.getProblems().stream().map(p -> p.getLine() + ":" + p.getColumn() + " " + p.getMessage()).toList();
    }

    private static void assertSameTree(String where, Element expected, Element actual) {
        String at = where + " <" + expected.getTagName() + "> line " + expected.getLine();
        assertThat(actual.getUri()).as(at).isEqualTo(expected.getUri());
        assertThat(actual.getTagName()).as(at).isEqualTo(expected.getTagName());
        assertThat(actual.getLine()).as(at).isEqualTo(expected.getLine());
        assertThat(actual.attributes()).as(at).isEqualTo(expected.attributes());
        for (String name : expected.attributes()) {
            assertThat(actual.attribute(name)).as(at + " @" + name).isEqualTo(expected.attribute(name));
        }
        assertThat(actual.getText()).as(at).isEqualTo(expected.getText());
        assertThat(actual.elements()).as(at).hasSameSizeAs(expected.elements());
        for (int i = 0; i < expected.elements().size(); i++) {
            assertSameTree(where, expected.elements().get(i), actual.elements().get(i));
        }
    }

    private static List<Path> models(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(suffix)).sorted().toList());
        }
    }
}
