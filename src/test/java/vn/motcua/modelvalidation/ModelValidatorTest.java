package vn.motcua.modelvalidation;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.importer.internal.CatalogImporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each kind of broken model is reported with its file, element and reason; a clean set passes. The clean set is what
 * the importer generates from the made-up fixture plus the project's shared lifecycle models and task forms.
 */
class ModelValidatorTest {

    private static final String COMMUNE_BPMN = "processes/catalog/tthc-9.000001.bpmn";
    private static final String COMMUNE_DMN = "decisions/catalog/authority-9.000001.dmn";
    private static final String COMMUNE_FORM = "forms/catalog/form-9.000001.form";
    private static final String RETURN_BPMN = "processes/shared/motcua-return.bpmn";

    @TempDir
    static Path out;
    private static List<ModelResource> clean;
    private final ModelValidator validator = new ModelValidator();

    @BeforeAll
    static void generateACleanSet() {
        CatalogImporter.run(new CatalogImporter.Options(Path.of("src/test/resources/catalog-fixture"), out, false, false), l -> { });
        List<ModelResource> set = new ArrayList<>();
        ModelResource.loadTree(out).stream().filter(r -> r.name().contains("/catalog/")).forEach(set::add);
        ModelResource.loadTree(Path.of(".")).stream()
                .filter(r -> r.name().startsWith("processes/shared/") || r.name().matches("forms/form-[a-z].*\\.form"))
                .forEach(set::add);
        clean = List.copyOf(set);
    }

    @Test
    void aCleanSetOfGeneratedAndSharedModelsHasNoFinding() {
        assertThat(clean).hasSizeGreaterThan(20);
        assertThat(validator.validate(clean)).isEmpty();
    }

    @Test
    void unparseableXmlIsReportedForItsFile() {
        List<Finding> findings = validator.validate(change(COMMUNE_BPMN, text -> text.substring(0, text.length() / 2)));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.resource()).isEqualTo(COMMUNE_BPMN);
            assertThat(f.element()).isEmpty();
            assertThat(f.messageEn()).startsWith("BPMN cannot be parsed");
            assertThat(f.messageVi()).startsWith("không đọc được BPMN");
        });
        assertThat(validator.validate(change(COMMUNE_DMN, text -> text.replace("</definitions>", ""))))
                .anySatisfy(f -> assertThat(f.toString()).startsWith(COMMUNE_DMN + ": không đọc được DMN"));
        assertThat(validator.validate(change(COMMUNE_FORM, text -> "{ \"id\": ")))
                .anySatisfy(f -> assertThat(f.messageEn()).startsWith("form cannot be parsed"));
    }

    @Test
    void aUserTaskWithoutCandidateGroupsOrFormIsReported() {
        List<Finding> noGroups = validator.validate(change(RETURN_BPMN, text -> text.replace("camunda:formRef=\"form-return\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"${returnGroup}\"",
                "camunda:formRef=\"form-return\" camunda:formRefBinding=\"latest\"")));
        List<Finding> noForm = validator.validate(change(RETURN_BPMN, text -> text.replace(" camunda:formRef=\"form-return\"", "")));

        assertThat(noGroups).containsExactly(new Finding(RETURN_BPMN, "Task_ReturnResult",
                "nhiệm vụ người dùng không có nhóm ứng viên (candidateGroups)", "user task has no candidate groups"));
        assertThat(noForm).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("Task_ReturnResult");
            assertThat(f.messageEn()).isEqualTo("user task has no form (camunda:formRef)");
        });
    }

    @Test
    void aProcedureWithoutItsDecisionIsReported() {
        List<Finding> findings = validator.validate(without(COMMUNE_DMN));

        assertThat(findings).extracting(Finding::resource, Finding::element, Finding::messageEn).containsExactlyInAnyOrder(
                tuple(COMMUNE_BPMN, "Task_DetermineAuthority", "no decision authority-9.000001 exists"),
                tuple(COMMUNE_BPMN, "tthc-9.000001", "the procedure has no authority decision authority-9.000001"));
    }

    @Test
    void aReferencedFormThatDoesNotExistIsReported() {
        assertThat(validator.validate(without(COMMUNE_FORM))).containsExactly(new Finding(COMMUNE_BPMN, "Start_DossierSubmitted",
                "không có biểu mẫu form-9.000001", "no form form-9.000001 exists"));
        assertThat(validator.validate(without("forms/form-return.form")))
                .containsExactly(new Finding(RETURN_BPMN, "Task_ReturnResult", "không có biểu mẫu form-return", "no form form-return exists"));
    }

    @Test
    void aProcedureCodeOnTwoProcessesIsReportedOnBoth() {
        List<ModelResource> set = new ArrayList<>(clean);
        String copy = resource(COMMUNE_BPMN).text().replace("id=\"tthc-9.000001\"", "id=\"tthc-9.000001-copy\"")
                .replace("bpmnElement=\"tthc-9.000001\"", "bpmnElement=\"tthc-9.000001-copy\"");
        set.add(ModelResource.of("processes/copy-of-9.000001.bpmn", copy));

        List<Finding> findings = validator.validate(set);

        assertThat(findings).filteredOn(f -> f.messageEn().startsWith("procedure code 9.000001 is used by the processes"))
                .extracting(Finding::resource).containsExactly(COMMUNE_BPMN, "processes/copy-of-9.000001.bpmn");
        assertThat(findings).anySatisfy(f -> assertThat(f.messageEn()).isEqualTo("the process id must be tthc-9.000001 (from motcua.code)"));
    }

    @Test
    void duplicateProcessDecisionAndFormIdsAreReported() {
        List<ModelResource> set = new ArrayList<>(clean);
        set.add(new ModelResource("processes/other/tthc-9.000001.bpmn", resource(COMMUNE_BPMN).content()));
        set.add(new ModelResource("decisions/other/authority-9.000001.dmn", resource(COMMUNE_DMN).content()));
        set.add(new ModelResource("forms/other/form-9.000001.form", resource(COMMUNE_FORM).content()));

        List<Finding> findings = validator.validate(set);

        assertThat(findings).anySatisfy(f -> assertThat(f.messageEn()).startsWith("duplicate process id tthc-9.000001"));
        assertThat(findings).anySatisfy(f -> assertThat(f.messageEn()).startsWith("duplicate decision id authority-9.000001"));
        assertThat(findings).anySatisfy(f -> assertThat(f.messageEn()).startsWith("duplicate form id form-9.000001"));
    }

    @Test
    void aFlowNodeWithoutShapeOrAFlowWithoutEdgeOrAModelWithoutDiagramIsReported() {
        List<Finding> noShape = validator.validate(change(COMMUNE_BPMN, text -> text.replaceAll(
                "(?s)\\s*<bpmndi:BPMNShape id=\"Call_Return_di\".*?</bpmndi:BPMNShape>", "")));
        List<Finding> noEdge = validator.validate(change(COMMUNE_BPMN, text -> text.replaceAll(
                "(?s)\\s*<bpmndi:BPMNEdge id=\"Flow_ToReturn_di\".*?</bpmndi:BPMNEdge>", "")));
        List<Finding> noDiagram = validator.validate(change(COMMUNE_BPMN, text -> text.replaceAll(
                "(?s)\\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "")));

        assertThat(noShape).containsExactly(new Finding(COMMUNE_BPMN, "Call_Return",
                "phần tử không có hình trên sơ đồ (BPMNShape)", "flow node has no shape in the diagram (BPMNShape)"));
        assertThat(noEdge).singleElement().satisfies(f -> assertThat(f.element()).isEqualTo("Flow_ToReturn"));
        assertThat(noDiagram).singleElement().satisfies(f -> assertThat(f.messageEn()).startsWith("no diagram"));
    }

    @Test
    void aLimitThatIsNoTimeLimitOrAFeeThatIsNoAmountIsReported() {
        List<Finding> badLimit = validator.validate(change(COMMUNE_BPMN, text -> text.replace(
                "name=\"motcua.limit.COUNTER\" value=\"3WD\"", "name=\"motcua.limit.COUNTER\" value=\"3 ngày làm việc\"")));
        List<Finding> badFee = validator.validate(change(COMMUNE_BPMN, text -> text.replace(
                "name=\"motcua.fee.ONLINE\" value=\"0\"", "name=\"motcua.fee.ONLINE\" value=\"50.000 đồng\"")));
        List<Finding> badChannel = validator.validate(change(COMMUNE_BPMN, text -> text.replace(
                "motcua.limit.POSTAL", "motcua.limit.FAX")));

        assertThat(badLimit).containsExactly(new Finding(COMMUNE_BPMN, "tthc-9.000001",
                "motcua.limit.COUNTER không phải thời hạn (vd. 5WD, 30CD, 0WD): \"3 ngày làm việc\"",
                "motcua.limit.COUNTER is not a time limit (e.g. 5WD, 30CD, 0WD): \"3 ngày làm việc\""));
        assertThat(badFee).singleElement().satisfies(f -> assertThat(f.messageEn()).isEqualTo("motcua.fee.ONLINE is not an amount (whole VND), UNKNOWN or PROVINCIAL: \"50.000 đồng\""));
        assertThat(badChannel).singleElement().satisfies(f -> assertThat(f.messageEn()).contains("unknown channel"));
    }

    @Test
    void aDecisionWithoutDmndiOrHistoryOrWithAnExpressionTheEngineCannotEvaluateIsReported() {
        List<Finding> noDi = validator.validate(change(COMMUNE_DMN, text -> text.replaceAll("(?s)\\s*<dmndi:DMNDI>.*</dmndi:DMNDI>", "")));
        List<Finding> noTtl = validator.validate(change(COMMUNE_DMN, text -> text.replace(" camunda:historyTimeToLive=\"365\"", "")));
        List<Finding> badFeel = validator.validate(change(COMMUNE_DMN, text -> text.replace(
                "<text>\"COMMUNE_PEOPLES_COMMITTEE\"</text>", "<text>\"COMMUNE_PEOPLES_COMMITTEE\" + </text>")));
        List<Finding> unknownKind = validator.validate(change(COMMUNE_DMN, text -> text.replace(
                "<text>\"COMMUNE_PEOPLES_COMMITTEE\"</text>", "<text>\"COMMUNE_OFFICE_OF_NOWHERE\"</text>")));

        assertThat(noDi).containsExactly(new Finding(COMMUNE_DMN, "authority-9.000001",
                "bảng quyết định không có hình DMNDI (DMNShape): Modeler không hiển thị được",
                "decision has no DMNDI shape (DMNShape): Modeler cannot show it"));
        assertThat(noTtl).singleElement().satisfies(f -> assertThat(f.messageEn()).contains("historyTimeToLive"));
        assertThat(badFeel).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("authority-9.000001");
            assertThat(f.messageEn()).startsWith("evaluation fails for a receiving point at COMMUNE level");
        });
        assertThat(unknownKind).singleElement().satisfies(f -> assertThat(f.messageEn())
                .isEqualTo("kind of body COMMUNE_OFFICE_OF_NOWHERE is not in organisation/body-kinds.csv"));
    }

    @Test
    void anIntakeFormKeyThatIsALifecycleVariableIsReported() {
        List<Finding> findings = validator.validate(change(COMMUNE_FORM, text -> text.replace("\"key\": \"note\"", "\"key\": \"dossierCode\"")));

        assertThat(findings).containsExactly(new Finding(COMMUNE_FORM, "dossierCode",
                "khóa trường của biểu mẫu tiếp nhận trùng tên biến của quy trình (ProcessVariables)",
                "intake form key is a lifecycle process variable name (ProcessVariables)"));
    }

    @Test
    void anIntakeFormMayAskForThePlacesTheAuthorityDecisionTakes() {
        List<Finding> findings = validator.validate(change(COMMUNE_FORM, text -> text.replace("\"key\": \"note\"", "\"key\": \"propertyCommuneCode\"")));

        assertThat(findings).isEmpty();
    }

    @Test
    void aSingleDeploymentIsCheckedAgainstWhatIsAlreadyKnown() {
        List<ModelResource> deployment = clean.stream().filter(r -> r.name().contains("9.000002")).toList();
        List<ModelResource> deployed = clean.stream().filter(r -> !r.name().contains("9.000002")).toList();

        assertThat(new ModelValidator().validate(deployment)).extracting(Finding::messageEn)
                .contains("no called process motcua-receive exists", "no called process motcua-return exists");
        assertThat(new ModelValidator(KnownModels.of(deployed)).validate(deployment)).isEmpty();

        KnownModels takenCode = new KnownModels(KnownModels.of(deployed).processIds(), KnownModels.of(deployed).decisionIds(),
                KnownModels.of(deployed).formIds(), Map.of("9.000002", "tthc-someone-else"));
        assertThat(new ModelValidator(takenCode).validate(deployment)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).startsWith("procedure code 9.000002 is used by the processes"));
    }

    private static ModelResource resource(String name) {
        return clean.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ModelResource> change(String name, UnaryOperator<String> edit) {
        List<ModelResource> set = new ArrayList<>();
        for (ModelResource r : clean) {
            set.add(r.name().equals(name) ? ModelResource.of(name, edit.apply(r.text())) : r);
        }
        assertThat(set).as("the set holds %s", name).anyMatch(r -> r.name().equals(name));
        return set;
    }

    private static List<ModelResource> without(String name) {
        assertThat(clean).anyMatch(r -> r.name().equals(name));
        return clean.stream().filter(r -> !r.name().equals(name)).toList();
    }
}
