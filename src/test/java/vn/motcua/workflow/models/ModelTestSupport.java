package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.mockito.InOrder;
import org.mockito.Mockito;

import vn.motcua.support.DemoProvince;
import vn.motcua.workflow.internal.CompetentBodies;
import vn.motcua.workflow.internal.DossierDeadlines;
import vn.motcua.workflow.internal.DossierFees;
import vn.motcua.workflow.internal.DossierPapers;
import vn.motcua.workflow.internal.ComplaintSteps;
import vn.motcua.workflow.internal.DossierLifecycle;
import vn.motcua.workflow.internal.DossierResults;
import vn.motcua.catalog.ProcessVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * What the model tests share: the demo units (illustrative codes in the shape of Decision 20/2020/QĐ-TTg,
 * as seeded by the organisation module), a dossier submission as the dossier module starts a procedure,
 * and "an officer of this group works this task with this form".
 */
final class ModelTestSupport {

    static final String XUAN_HUONG = "H36.24781";      // Phường Xuân Hương - Đà Lạt
    static final String LAC_DUONG = "H36.24848";       // Xã Lạc Dương
    static final String PROVINCIAL_CENTRE = "H36.20";  // Trung tâm Phục vụ hành chính công tỉnh
    static final String LAND_OFFICE = "H36.16.01";     // Văn phòng Đăng ký đất đai
    static final String TAX_AGENCY = "H36.T01";        // cơ quan thuế, được lấy ý kiến
    static final String COMMUNE = "COMMUNE";
    static final String PROVINCE = "PROVINCE";

    /** The dossier's due date as the mocked business calendar gives it (17:00 Asia/Ho_Chi_Minh, 8 July 2025). */
    static final Date DUE_DATE = Date.from(Instant.parse("2025-07-08T10:00:00Z"));
    /** When the mocked calendar warns: far in the future, so no warning timer is due unless a test says so. */
    static final Date WARNING_AT = Date.from(Instant.parse("2099-12-31T01:00:00Z"));
    /** When a requested supplement lapses (15 working days by the real calendar). */
    static final Date SUPPLEMENT_DEADLINE = Date.from(Instant.parse("2025-07-22T10:00:00Z"));
    /** Each step's deadline as the mocked calendar gives it (the real split is table-tested in StepDeadlinesTest). */
    static final java.util.Map<String, Date> STEP_DUE = java.util.Map.of(
            "RECEIVE", Date.from(Instant.parse("2025-07-02T08:00:00Z")),
            "REVIEW", Date.from(Instant.parse("2025-07-07T08:00:00Z")),
            "APPROVE", Date.from(Instant.parse("2025-07-08T07:00:00Z")),
            "RETURN", DUE_DATE);
    /** The follow-up (warning) date of a step: one hour before its deadline in the mock. */
    static Date followUp(String step) {
        return new Date(STEP_DUE.get(step).getTime() - 3_600_000);
    }
    /** When a consulted agency must have answered (5 working days by the real calendar). */
    static final Date CONSULTATION_DEADLINE = Date.from(Instant.parse("2025-07-08T10:00:00Z"));

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ModelTestSupport() {
    }

    /** The names the models call the beans by ({@code ${dossierLifecycle...}}, {@code ${apologyIssued}}, ...). */
    static final String DOSSIER_LIFECYCLE = "dossierLifecycle";
    static final String DOSSIER_RESULTS = "dossierResults";
    static final String DOSSIER_DEADLINES = "dossierDeadlines";
    static final String APOLOGY_ISSUED = "apologyIssued";
    static final String COMPETENT_BODIES = "competentBodies";
    static final String DOSSIER_FEES = "dossierFees";
    static final String DOSSIER_PAPERS = "dossierPapers";
    static final String COMPLAINT_STEPS = "complaintSteps";
    static final String PART_VARIABLES = "partVariables";

    /** What the mocked {@code apologyIssued} listener recorded, per thread like Camunda's {@link Mocks}. */
    private static final ThreadLocal<List<Apology>> APOLOGIES = new ThreadLocal<>();

    /**
     * Fresh mocks of the beans the models call, registered with Camunda's {@link Mocks} (read by the
     * {@code MockExpressionManager} of the test engine): the dossier lifecycle, the business calendar
     * ({@link #mockDeadlines()}), the apology listener ({@link #mockApologyIssued}) and the real resolver of competent
     * bodies over the demo province ({@link #competentBodies()}).
     */
    static void registerMocks() {
        List<Apology> issued = new ArrayList<>();
        APOLOGIES.set(issued);
        Mocks.register(DOSSIER_LIFECYCLE, Mockito.mock(DossierLifecycle.class));
        Mocks.register(DOSSIER_DEADLINES, mockDeadlines());
        Mocks.register(APOLOGY_ISSUED, mockApologyIssued(issued));
        Mocks.register(COMPETENT_BODIES, competentBodies());
        // charges nothing unless a test says so (request answers 0 đồng)
        Mocks.register(DOSSIER_FEES, Mockito.mock(DossierFees.class));
        Mocks.register(DOSSIER_PAPERS, Mockito.mock(DossierPapers.class));
        Mocks.register(COMPLAINT_STEPS, Mockito.mock(ComplaintSteps.class));
        Mocks.register(DOSSIER_RESULTS, Mockito.mock(DossierResults.class));
        // the real mapping of the call activities; the catalog knows each procedure's intake form fields
        Mocks.register(PART_VARIABLES, new vn.motcua.workflow.internal.PartVariables(catalogOfFormFields()));
    }

    /** The intake form fields the shared parts are not handed, per procedure code, for {@link #catalogOfFormFields()}. */
    static final Map<String, List<String>> FORM_FIELDS = Map.of("1.001193", List.of("childFullName", "childBirthDate",
            "childGender", "birthPlace", "fatherFullName", "motherFullName", "relationshipToChild"));

    /** A catalog that only knows the intake form fields of {@link #FORM_FIELDS}. */
    static vn.motcua.catalog.ProcedureCatalog catalogOfFormFields() {
        vn.motcua.catalog.ProcedureCatalog catalog = Mockito.mock(vn.motcua.catalog.ProcedureCatalog.class);
        FORM_FIELDS.forEach((code, keys) -> {
            vn.motcua.catalog.Procedure procedure = Mockito.mock(vn.motcua.catalog.Procedure.class);
            Mockito.when(procedure.fields()).thenReturn(keys.stream().map(key -> new vn.motcua.catalog.FormField(key, key,
                    vn.motcua.catalog.FormField.Type.TEXT, false, List.of(), null, null, Map.of())).toList());
            Mockito.when(catalog.find(code)).thenReturn(java.util.Optional.of(procedure));
        });
        return catalog;
    }

    /** The mocked electronic result's bean ({@code ${dossierResults...}}): verify issue and signature. */
    static DossierResults results() {
        return (DossierResults) Mocks.get(DOSSIER_RESULTS);
    }

    /** The mocked fee step's bean ({@code ${dossierFees...}}): stub {@code request} for a fee, verify the settlement. */
    static DossierFees fees() {
        return (DossierFees) Mocks.get(DOSSIER_FEES);
    }

    static void resetMocks() {
        Mocks.reset();
        APOLOGIES.remove();
    }

    /** The mocked complaint process's bean ({@code ${complaintSteps...}}). */
    static ComplaintSteps complaintSteps() {
        return (ComplaintSteps) Mocks.get(COMPLAINT_STEPS);
    }

    /** The mocked digitisation marks' bean ({@code ${dossierPapers.marked(task)}} on the intake task). */
    static DossierPapers papers() {
        return (DossierPapers) Mocks.get(DOSSIER_PAPERS);
    }

    /** The mocked dossier lifecycle the models call: verify the calls a path makes. */
    static DossierLifecycle lifecycle() {
        return (DossierLifecycle) Mocks.get(DOSSIER_LIFECYCLE);
    }

    /** The mocked business calendar: re-stub a method for another date. */
    static DossierDeadlines deadlines() {
        return (DossierDeadlines) Mocks.get(DOSSIER_DEADLINES);
    }

    /** The mocked {@code apologyIssued} execution listener. */
    static ExecutionListener apologyIssued() {
        return (ExecutionListener) Mocks.get(APOLOGY_ISSUED);
    }

    /** The apologies the mocked listener recorded, in order. */
    static List<Apology> apologiesIssued() {
        return APOLOGIES.get();
    }

    /** The {@code competentBodies} bean (not a mock) over the demo province's migrated organisation data. */
    static CompetentBodies competentBodies() {
        return CompetentBodies.of(DemoProvince.units());
    }

    /** What the apology listener saw when it ran: where in the model, and the leader's new date and reason. */
    record Apology(String activity, String transition, Object newDueDate, Object reason) {
    }

    /**
     * The {@code apologyIssued} execution listener (form 04), mocked: each call is recorded in {@code issued} with
     * the variables as they were at that moment (the execution itself moves on after the call).
     */
    private static ExecutionListener mockApologyIssued(List<Apology> issued) {
        ExecutionListener listener = Mockito.mock(ExecutionListener.class);
        try {
            doAnswer(call -> {
                DelegateExecution execution = call.getArgument(0);
                issued.add(new Apology(execution.getCurrentActivityId(), execution.getCurrentTransitionId(),
                        execution.getVariable(ProcessVariables.NEW_DUE_DATE),
                        execution.getVariable(ProcessVariables.APOLOGY_REASON)));
                return null;
            }).when(listener).notify(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return listener;
    }

    /**
     * The business calendar the models ask for their timers and due dates ({@code ${dossierDeadlines...}}),
     * answering with the fixed dates above; a test re-stubs a method when it wants another date.
     */
    private static DossierDeadlines mockDeadlines() {
        DossierDeadlines deadlines = Mockito.mock(DossierDeadlines.class);
        when(deadlines.dueDate(any())).thenReturn(DUE_DATE);
        when(deadlines.warningAt(any())).thenReturn(WARNING_AT);
        when(deadlines.supplementDeadline(any())).thenReturn(SUPPLEMENT_DEADLINE);
        when(deadlines.consultationDeadline(any())).thenReturn(CONSULTATION_DEADLINE);
        when(deadlines.stepDue(any(), any())).thenAnswer(call -> STEP_DUE.get(call.<String>getArgument(1)));
        when(deadlines.stepFollowUp(any(), any())).thenAnswer(call -> followUp(call.getArgument(1)));
        return deadlines;
    }

    /** A fresh dossier code in the Circular 01/2018 shape: receiving unit - yyMMdd - daily sequence. */
    static String dossierCode(String receivingUnitCode) {
        return "%s-250701-%04d".formatted(receivingUnitCode, SEQUENCE.incrementAndGet());
    }

    /** The variables the dossier module sets when it starts a procedure process. */
    static Map<String, Object> submission(String dossierCode, String procedureCode, String receivingUnitCode,
                                          String receivingUnitLevel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DOSSIER_ID, UUID.randomUUID().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, dossierCode);
        variables.put(ProcessVariables.PROCEDURE_CODE, procedureCode);
        variables.put(ProcessVariables.RECEIVING_UNIT_CODE, receivingUnitCode);
        variables.put(ProcessVariables.RECEIVING_UNIT_LEVEL, receivingUnitLevel);
        String commune = receivingUnitCode.equals(LAC_DUONG) ? DemoProvince.LAC_DUONG_COMMUNE : DemoProvince.XUAN_HUONG_COMMUNE;
        variables.put(ProcessVariables.RECEIVING_COMMUNE_CODE, commune);
        variables.put(ProcessVariables.APPLICANT_COMMUNE_CODE, commune);
        variables.put(ProcessVariables.PROPERTY_COMMUNE_CODE, commune);
        variables.put(ProcessVariables.CHANNEL, "COUNTER");
        variables.put(ProcessVariables.APPLICANT_NAME, "Nguyễn Văn An");
        return variables;
    }

    /**
     * The open task {@code taskKey} of the dossier (found by business key, so this also proves the call
     * activities pass the business key on), offered to exactly {@code candidateGroup} with Camunda Form
     * {@code formKey}, completed with {@code variables}.
     */
    static void work(String businessKey, String taskKey, String candidateGroup, String formKey,
                     Map<String, Object> variables) {
        Task task = openTask(businessKey, taskKey);
        assertThat(candidateGroups(task)).as("candidate groups of %s", taskKey).containsExactly(candidateGroup);
        assertThat(task.getCamundaFormRef()).as("form of %s", taskKey).isNotNull();
        assertThat(task.getCamundaFormRef().getKey()).as("form of %s", taskKey).isEqualTo(formKey);
        complete(task, variables);
    }

    /**
     * The applicant asks to withdraw the dossier (status 7): the receiving point correlates the withdrawal message
     * by the dossier's business key, carrying the applicant's reason.
     */
    static void requestWithdrawal(String businessKey, String reason) {
        runtimeService().createMessageCorrelation(ProcessVariables.MESSAGE_WITHDRAWAL_REQUESTED)
                .processInstanceBusinessKey(businessKey)
                .setVariable(ProcessVariables.WITHDRAWAL_REASON, reason)
                .correlate();
    }

    /**
     * The lifecycle calls of a dossier accepted and handed over to {@code competentUnit} for processing, in this order;
     * the returned order verifies what follows.
     */
    static InOrder verifyAcceptedAndHandedOver(String competentUnit) {
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(competentUnit));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        return order;
    }

    /** The lifecycle calls of a dossier accepted, settled by {@code competentUnit} and returned, in order, and no other. */
    static void verifyAcceptedSettledAndReturned(String competentUnit) {
        InOrder order = verifyAcceptedAndHandedOver(competentUnit);
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        // the return leg of the transfer, to the receiving point (form 06)
        order.verify(lifecycle()).handBack(any(DelegateExecution.class), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    /** No task of the dossier is open any more, in any of its process instances. */
    static void assertNoOpenTask(String businessKey) {
        assertThat(taskService().createTaskQuery().processInstanceBusinessKey(businessKey).list())
                .as("open tasks of dossier %s", businessKey).isEmpty();
    }

    /** The task definition keys of the dossier's open tasks, in any of its process instances. */
    static java.util.List<String> openTaskKeys(String businessKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }

    /** No process instance of the dossier (procedure or called shared model) is still running. */
    static void assertNothingRunning(String businessKey) {
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list())
                .as("running process instances of dossier %s", businessKey).isEmpty();
    }

    /** A routing output of the authority DMN, stored as a plain String process variable (never a serialized map). */
    static void assertStringVariable(String processInstanceId, String name, String expected) {
        TypedValue value = runtimeService().getVariableTyped(processInstanceId, name);
        assertThat(value).as("variable %s", name).isNotNull();
        assertThat(value.getType()).as("type of %s", name).isEqualTo(ValueType.STRING);
        assertThat(value.getValue()).as("variable %s", name).isEqualTo(expected);
    }

    static Task openTask(String businessKey, String taskKey) {
        Task task = taskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .singleResult();
        assertThat(task).as("open task %s of dossier %s", taskKey, businessKey).isNotNull();
        return task;
    }

    static java.util.List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
