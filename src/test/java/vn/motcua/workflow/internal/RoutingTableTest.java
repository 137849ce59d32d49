package vn.motcua.workflow.internal;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.organisation.BodyKinds;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.support.DemoProvince;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * The routing table: representative procedures of every kind of competent body, submitted through the same port the
 * submission uses ({@link EngineDossierWorkflow#route} and {@link EngineDossierWorkflow#start}) from several receiving
 * points, with the applicant living or the land lying elsewhere, reach the unit the demo province's data says (V35:
 * kinds, service areas; its three areas are illustrative). The procedure models, decisions and forms are the catalog's
 * own files; nothing here knows a procedure but the table.
 */
@DisplayName("Routing table: every kind of body, several communes, residence and land elsewhere")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingTableTest {

    private static final Pattern DECISION_KIND = Pattern.compile("<text>\"([A-Z_]+)\"</text>");
    private static final String XUAN_HUONG = "H36.24781";
    private static final String LAC_DUONG = "H36.24848";
    private static final String PROVINCIAL_CENTRE = "H36.20";
    private static final String PHAN_THIET_BRANCH = "H36.20.01";

    private ProcessEngine engine;
    private EngineDossierWorkflow workflow;
    private UnitDirectory units;

    @BeforeAll
    void deployTheCatalog() throws Exception {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("routing-table");
        configuration.setJdbcUrl("jdbc:h2:mem:routing-table;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setExpressionManager(new MockExpressionManager());
        // as the application's engine: JSON variables (the intake form's list of papers) need Spin
        configuration.getProcessEnginePlugins().add(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        units = DemoProvince.units();
        DossierDeadlines deadlines = Mockito.mock(DossierDeadlines.class);
        java.util.Date far = java.util.Date.from(java.time.Instant.parse("2099-12-31T01:00:00Z"));
        when(deadlines.dueDate(any())).thenReturn(far);
        when(deadlines.warningAt(any())).thenReturn(far);
        when(deadlines.supplementDeadline(any())).thenReturn(far);
        when(deadlines.consultationDeadline(any())).thenReturn(far);
        Mocks.register("dossierLifecycle", Mockito.mock(DossierLifecycle.class));
        Mocks.register("dossierDeadlines", deadlines);
        Mocks.register("partVariables", new vn.motcua.workflow.internal.PartVariables(
                Mockito.mock(vn.motcua.catalog.ProcedureCatalog.class)));
        Mocks.register("apologyIssued", Mockito.mock(org.camunda.bpm.engine.delegate.ExecutionListener.class));
        Mocks.register("competentBodies", CompetentBodies.of(units));
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("routing-table");
        for (String folder : List.of("processes", "decisions", "forms")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    deployment.addString(file.toString().replace('\\', '/'), Files.readString(file));
                }
            }
        }
        deployment.deploy();
        workflow = new EngineDossierWorkflow(engine.getDecisionService(), engine.getRuntimeService(), units);
    }

    @AfterAll
    void close() {
        Mocks.reset();
        engine.close();
    }

    @ParameterizedTest(name = "{0} ({1}) received at {2}, applicant in {3}, land/seat in {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure | kind decided                      | received at | applicant | property | unit reached
            1.001193    | COMMUNE_PEOPLES_COMMITTEE         | H36.24781   | 24781     | 24781    | H36.24781
            1.001193    | COMMUNE_PEOPLES_COMMITTEE         | H36.24781   | 24848     | 24781    | H36.24848
            1.001193    | COMMUNE_PEOPLES_COMMITTEE         | H36.24848   | 22945     | 24848    | H36.22945
            1.001612    | COMMUNE_PEOPLES_COMMITTEE         | H36.24848   | 24848     | 24781    | H36.24781
            1.004222    | COMMUNE_POLICE                    | H36.24781   | 24848     | 24781    | H36.CA.24848
            1.004222    | COMMUNE_POLICE                    | H36.24848   | 24848     | 24848    | H36.CA.24848
            1.012783    | LAND_REGISTRATION_OFFICE          | H36.24781   | 24781     | 24848    | H36.16.01
            1.012783    | LAND_REGISTRATION_OFFICE          | H36.20      | 24781     | 24615    | H36.16.01.01
            1.012783    | LAND_REGISTRATION_OFFICE          | H36.20.01   | 24781     | 22945    | H36.16.01.02
            """)
    void aDossierReachesTheUnitOfTheCompetentKindServingTheRightCommune(String procedure, String kind, String receivedAt,
                                                                        String applicant, String property, String unit) {
        assertReaches(procedure, kind, receivedAt, applicant, property, unit);
    }

    @Test
    void aRepresentativeProcedureOfEveryKindReachesItsUnitFromSeveralCommunesAndTheProvincialCentre() throws Exception {
        Map<String, String> representatives = representatives();
        assertThat(representatives.keySet()).as("every kind the catalog uses has a representative")
                .hasSizeGreaterThanOrEqualTo(30);
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> r : representatives.entrySet()) {
            String kind = r.getKey();
            String code = r.getValue();
            for (String[] at : new String[][]{{XUAN_HUONG, "24848"}, {LAC_DUONG, "22945"}, {PROVINCIAL_CENTRE, "24615"}, {PHAN_THIET_BRANCH, "24848"}}) {
                Unit point = units.find(at[0]).orElseThrow();
                DossierWorkflow.Routing routing = workflow.route(procedure(code), point, places(at[1], at[1]));
                if (routing.outcome() == DossierWorkflow.Routing.Outcome.NOT_RECEIVED_HERE && point.level().equals("PROVINCE")) {
                    continue;  // a commune-level procedure is not received at the provincial centre
                }
                String expected = expectedUnit(routing.bodyKind(), routing.communeCode());
                if (routing.outcome() != DossierWorkflow.Routing.Outcome.ROUTED || !routing.unitCode().equals(expected)) {
                    misses.add(code + " (" + kind + ") at " + at[0] + ": " + routing + ", expected " + expected);
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void everyKindOfBodyTheCatalogNamesHasAUnitServingEveryCommuneOfTheProvince() throws Exception {
        List<String> communes = units.all().stream().filter(u -> "COMMUNE_PEOPLES_COMMITTEE".equals(u.bodyKind()))
                .map(Unit::wardCode).toList();
        assertThat(communes).hasSize(124);
        List<String> gaps = new ArrayList<>();
        for (String kind : representatives().keySet()) {
            for (String commune : communes) {
                if (units.competentUnit(kind, commune).isEmpty()) {
                    gaps.add(kind + " @ " + commune);
                }
            }
        }
        assertThat(gaps).as("(kind, commune) pairs no unit serves: such a dossier could not be submitted").isEmpty();
    }

    private void assertReaches(String code, String kind, String receivedAt, String applicant, String property, String unit) {
        Unit point = units.find(receivedAt).orElseThrow();
        Map<String, Object> form = places(applicant, property);
        DossierWorkflow.Routing routing = workflow.route(procedure(code), point, form);
        assertThat(routing.outcome()).isEqualTo(DossierWorkflow.Routing.Outcome.ROUTED);
        assertThat(routing.bodyKind()).isEqualTo(kind);
        assertThat(routing.unitCode()).isEqualTo(unit);

        String dossier = receivedAt + "-RT-" + UUID.randomUUID().toString().substring(0, 8);
        workflow.start(procedure(code), new DossierWorkflow.NewDossier(UUID.randomUUID(), dossier, point,
                vn.motcua.catalog.Channel.COUNTER, "Nguyễn Văn An", java.time.LocalDateTime.of(2099, 1, 1, 17, 0),
                form, "", ""));
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("tthc-" + code).singleResult().getId();
        assertThat(engine.getRuntimeService().getVariable(instance, ProcessVariables.COMPETENT_UNIT_CODE)).isEqualTo(unit);
        assertThat(engine.getRuntimeService().getVariable(instance, ProcessVariables.SPECIALIST_GROUP)).isEqualTo(unit + ":specialist");
        var check = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier).taskDefinitionKey("Task_CheckDossier").singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId)
                .as("the receiving point checks the dossier").containsExactly(receivedAt + ":receiver");
    }

    /** For each kind of body the catalog's decisions name, the first procedure (by code) whose decision names it. */
    private static Map<String, String> representatives() throws Exception {
        Map<String, String> byKind = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("decisions/catalog"))) {
            for (Path file : files.sorted().toList()) {
                Matcher m = DECISION_KIND.matcher(Files.readString(file));
                String code = file.getFileName().toString().replaceFirst("^authority-", "").replaceFirst("\\.dmn$", "");
                while (m.find()) {
                    if (BodyKinds.find(m.group(1)).isPresent()) {
                        byKind.putIfAbsent(m.group(1), code);
                    }
                }
            }
        }
        return byKind;
    }

    /** The demo province's unit of a kind for a commune, spelled out: the routing table's expected column. */
    private static String expectedUnit(String kind, String commune) {
        String area = commune.compareTo("24000") < 0 ? "03" : commune.compareTo("24769") < 0 ? "02" : "01";
        return switch (kind) {
            case "COMMUNE_PEOPLES_COMMITTEE", "COMMUNE_CHAIRMAN" -> "H36." + commune;
            case "COMMUNE_POLICE" -> "H36.CA." + commune;
            case "LOCAL_TAX_OFFICE" -> "H36.T01." + area;
            case "SOCIAL_INSURANCE_LOCAL" -> "H36.BH." + area;
            case "REGIONAL_COURT" -> "H36.TA." + area;
            case "LAND_REGISTRATION_OFFICE" -> area.equals("01") ? "H36.16.01" : area.equals("02") ? "H36.16.01.01" : "H36.16.01.02";
            case "PROVINCIAL_PEOPLES_COMMITTEE", "PROVINCIAL_CHAIRMAN" -> "H36";
            case "DEPARTMENT_HOME_AFFAIRS" -> "H36.10";
            case "DEPARTMENT_JUSTICE" -> "H36.11";
            case "DEPARTMENT_FINANCE" -> "H36.12";
            case "DEPARTMENT_CONSTRUCTION" -> "H36.13";
            case "DEPARTMENT_INDUSTRY_TRADE" -> "H36.14";
            case "DEPARTMENT_AGRICULTURE_ENVIRONMENT" -> "H36.16";
            case "PROVINCIAL_INSPECTORATE" -> "H36.22";
            case "INDUSTRIAL_ZONE_BOARD" -> "H36.23";
            case "LEGAL_AID_CENTRE" -> "H36.11.01";
            case "FOREST_PROTECTION_SUBDEPARTMENT" -> "H36.16.02";
            case "FISHERIES_SUBDEPARTMENT" -> "H36.16.03";
            case "LIVESTOCK_VETERINARY_SUBDEPARTMENT" -> "H36.16.04";
            case "CROP_PROTECTION_SUBDEPARTMENT" -> "H36.16.05";
            case "PROVINCIAL_TAX_OFFICE" -> "H36.T01";
            case "PROVINCIAL_POLICE" -> "H36.CA";
            case "CUSTOMS_BRANCH" -> "H36.HQ";
            case "SOCIAL_INSURANCE_REGIONAL" -> "H36.BH";
            case "STATE_TREASURY_REGIONAL" -> "H36.KB";
            case "STATE_BANK_REGIONAL" -> "H36.NHKV";
            case "STATE_RESERVE_REGIONAL" -> "H36.DT";
            case "PORT_AUTHORITY" -> "H36.CV";
            case "ROAD_MANAGEMENT_AREA" -> "H36.QLDB";
            case "PROVINCIAL_COURT" -> "H36.TA";
            case "CIVIL_JUDGMENT_ENFORCEMENT" -> "H36.THA";
            default -> "(no unit expected for " + kind + ")";
        };
    }

    private static Map<String, Object> places(String applicant, String property) {
        Map<String, Object> form = new HashMap<>();
        form.put(ProcessVariables.APPLICANT_COMMUNE_CODE, applicant);
        form.put(ProcessVariables.PROPERTY_COMMUNE_CODE, property);
        return form;
    }

    private static Procedure procedure(String code) {
        return new Procedure(code, code, "", "", "", "tthc-" + code, "authority-" + code, "form-" + code,
                Map.of(), List.of(), List.of());
    }
}
