package vn.motcua.importer.internal;

import vn.motcua.importer.internal.CatalogImporter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

import vn.motcua.workflow.internal.DossierDeadlines;
import vn.motcua.workflow.internal.DossierLifecycle;
import vn.motcua.catalog.ProcessVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The generated models deploy on the engine together with the shared lifecycle and run a dossier from submission to
 * returned result: the DMN names the kind of body and its commune, the demo province's data resolves them (a commune
 * procedure to the applicant's commune, a province procedure to its department, with the handover), and the intake form with its {@code motcuaGenerated} mark is the process's start form.
 */
class GeneratedModelsRunOnTheEngineTest {

    private static final String XUAN_HUONG = "H36.24781";
    private static final Date FAR = Date.from(Instant.parse("2099-12-31T01:00:00Z"));

    @TempDir
    static Path out;
    private static ProcessEngine engine;
    private static DossierLifecycle lifecycle;

    @BeforeAll
    static void deployGeneratedAndSharedModels() throws IOException {
        CatalogImporter.run(new CatalogImporter.Options(CatalogImporterTest.FIXTURE, out, false, false), line -> { });
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("catalog-importer-test")
                .setJdbcUrl("jdbc:h2:mem:catalog-importer-test;DB_CLOSE_DELAY=1000")
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setExpressionManager(new MockExpressionManager());
        engine = configuration.buildProcessEngine();

        lifecycle = Mockito.mock(DossierLifecycle.class);
        DossierDeadlines deadlines = Mockito.mock(DossierDeadlines.class);
        when(deadlines.dueDate(any())).thenReturn(FAR);
        when(deadlines.warningAt(any())).thenReturn(FAR);
        when(deadlines.supplementDeadline(any())).thenReturn(FAR);
        when(deadlines.consultationDeadline(any())).thenReturn(FAR);
        when(deadlines.stepDue(any(), any())).thenReturn(FAR);
        when(deadlines.stepFollowUp(any(), any())).thenReturn(FAR);
        Mocks.register("dossierLifecycle", lifecycle);
        Mocks.register("competentBodies", vn.motcua.workflow.internal.CompetentBodies.of(vn.motcua.support.DemoProvince.units()));
        Mocks.register("dossierDeadlines", deadlines);
        Mocks.register("partVariables", new vn.motcua.workflow.internal.PartVariables(
                Mockito.mock(vn.motcua.catalog.ProcedureCatalog.class)));
        Mocks.register("apologyIssued", Mockito.mock(ExecutionListener.class));
        // the fee step (motcua-fee): a mock charges nothing, so the generated procedures run as without a fee
        Mocks.register("dossierFees", Mockito.mock(vn.motcua.workflow.internal.DossierFees.class));
        Mocks.register("dossierPapers", Mockito.mock(vn.motcua.workflow.internal.DossierPapers.class));
        Mocks.register("dossierResults", Mockito.mock(vn.motcua.workflow.internal.DossierResults.class));

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("catalog-importer-test");
        Path project = Path.of(".");
        add(deployment, project, project.resolve("processes/shared"), ".bpmn");
        add(deployment, project, project.resolve("forms"), ".form");
        for (String code : List.of("9.000001", "9.000002")) {
            add(deployment, out, out.resolve("processes/catalog/tthc-" + code + ".bpmn"));
            add(deployment, out, out.resolve("decisions/catalog/authority-" + code + ".dmn"));
            add(deployment, out, out.resolve("forms/catalog/form-" + code + ".form"));
        }
        deployment.deploy();
    }

    @AfterAll
    static void closeEngine() {
        Mocks.reset();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aCommuneProcedureIsSettledByTheReceivingCommuneFromSubmissionToResult() {
        String dossier = start("9.000001", XUAN_HUONG, "COMMUNE");

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive", Map.of(ProcessVariables.RECEIVE_DECISION, "ACCEPT"));
        work(dossier, "Task_ReviewDossier", XUAN_HUONG + ":specialist", "form-review", Map.of(ProcessVariables.PROPOSAL, "GRANT"));
        work(dossier, "Task_ApproveResult", XUAN_HUONG + ":leader", "form-approve", Map.of(ProcessVariables.APPROVAL, "APPROVE"));
        work(dossier, "Task_ReturnResult", XUAN_HUONG + ":receiver", "form-return", Map.of());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_ResultReturned").count())
                .isPositive();
    }

    @Test
    void aCommuneProcedureReceivedAtOneCommuneIsDecidedByTheApplicantsCommuneAndReturnedWhereReceived() {
        String dossier = start("9.000001", XUAN_HUONG, "COMMUNE", vn.motcua.support.DemoProvince.LAC_DUONG_COMMUNE);

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive", Map.of(ProcessVariables.RECEIVE_DECISION, "ACCEPT"));
        work(dossier, "Task_ReviewDossier", "H36.24848:specialist", "form-review", Map.of(ProcessVariables.PROPOSAL, "GRANT"));
        work(dossier, "Task_ApproveResult", "H36.24848:leader", "form-approve", Map.of(ProcessVariables.APPROVAL, "APPROVE"));
        work(dossier, "Task_ReturnResult", XUAN_HUONG + ":receiver", "form-return", Map.of());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
    }

    @Test
    void aProvinceProcedureReceivedAtACommuneIsHandedOverToItsDepartment() {
        String dossier = start("9.000002", XUAN_HUONG, "COMMUNE");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier).processDefinitionKey("tthc-9.000002").singleResult();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProcessVariables.COMPETENT_UNIT_CODE)).isEqualTo("H36.13");

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive", Map.of(ProcessVariables.RECEIVE_DECISION, "ACCEPT"));
        // at Event_HandedOver (form 06), then again as motcua-decide starts (which records nothing for the same unit)
        verify(lifecycle, times(2)).handOver(any(), eq("H36.13"));
        work(dossier, "Task_ReviewDossier", "H36.13:specialist", "form-review", Map.of(ProcessVariables.PROPOSAL, "GRANT"));
        work(dossier, "Task_ApproveResult", "H36.13:leader", "form-approve", Map.of(ProcessVariables.APPROVAL, "APPROVE"));
        work(dossier, "Task_ReturnResult", XUAN_HUONG + ":receiver", "form-return", Map.of());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
    }

    @Test
    void aCommuneProcedureReceivedAtTheProvincialCentreMatchesNoRule() {
        Map<String, Object> inputs = Map.of(ProcessVariables.RECEIVING_UNIT_CODE, "H36.20", ProcessVariables.RECEIVING_UNIT_LEVEL, "PROVINCE",
                ProcessVariables.RECEIVING_COMMUNE_CODE, "24781", ProcessVariables.APPLICANT_COMMUNE_CODE, "24848",
                ProcessVariables.PROPERTY_COMMUNE_CODE, "24848");

        assertThat(engine.getDecisionService().evaluateDecisionTableByKey("authority-9.000001", inputs).getResultList()).isEmpty();
        assertThat(engine.getDecisionService().evaluateDecisionTableByKey("authority-9.000002", inputs).getSingleResult().getEntryMap())
                .containsEntry("competentBodyKind", "DEPARTMENT_CONSTRUCTION").containsEntry("competentCommuneCode", "24781");
    }

    @Test
    void theGeneratedIntakeFormWithItsMarkIsTheDeployedStartForm() throws IOException {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("tthc-9.000001").latestVersion().singleResult();

        assertThat(definition.getName()).isEqualTo("Xác nhận thử nghiệm cấp xã (thủ tục mẫu)");
        try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
            JsonNode json = new ObjectMapper().readTree(form);
            assertThat(json.path("id").asText()).isEqualTo("form-9.000001");
            assertThat(json.path("motcuaGenerated").asText()).matches("[0-9a-f]{64}");
        }
    }

    private static String start(String code, String unit, String level) {
        return start(code, unit, level, vn.motcua.support.DemoProvince.XUAN_HUONG_COMMUNE);
    }

    private static String start(String code, String unit, String level, String applicantCommune) {
        String dossier = unit + "-250701-" + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DOSSIER_ID, UUID.randomUUID().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, dossier);
        variables.put(ProcessVariables.PROCEDURE_CODE, code);
        variables.put(ProcessVariables.RECEIVING_UNIT_CODE, unit);
        variables.put(ProcessVariables.RECEIVING_UNIT_LEVEL, level);
        variables.put(ProcessVariables.RECEIVING_COMMUNE_CODE, vn.motcua.support.DemoProvince.XUAN_HUONG_COMMUNE);
        variables.put(ProcessVariables.APPLICANT_COMMUNE_CODE, applicantCommune);
        variables.put(ProcessVariables.PROPERTY_COMMUNE_CODE, vn.motcua.support.DemoProvince.XUAN_HUONG_COMMUNE);
        variables.put(ProcessVariables.CHANNEL, "COUNTER");
        variables.put(ProcessVariables.APPLICANT_NAME, "Nguyễn Văn An");
        variables.put("subject", "Đề nghị thử nghiệm");
        variables.put("applicantAddress", "Phường Xuân Hương - Đà Lạt");
        engine.getRuntimeService().startProcessInstanceByKey("tthc-" + code, dossier, variables);
        return dossier;
    }

    private static void work(String dossier, String taskKey, String group, String form, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier).taskDefinitionKey(taskKey)
                .initializeFormKeys().singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId))
                .as("candidate groups of %s", taskKey).containsExactly(group);
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
        engine.getTaskService().complete(task.getId(), variables);
    }

    private static void add(DeploymentBuilder deployment, Path root, Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) {
                add(deployment, root, file);
            }
        }
    }

    private static void add(DeploymentBuilder deployment, Path root, Path file) throws IOException {
        deployment.addString(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
    }
}
