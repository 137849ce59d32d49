package vn.motcua.workflow.models;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.APPROVAL;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.LEADER_GROUP;
import static vn.motcua.catalog.ProcessVariables.OPINION;
import static vn.motcua.catalog.ProcessVariables.PROPOSAL;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.catalog.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.catalog.ProcessVariables.RECEIVE_OUTCOME;
import static vn.motcua.catalog.ProcessVariables.SPECIALIST_GROUP;
import static vn.motcua.catalog.ProcessVariables.STOP_REASON;
import static vn.motcua.workflow.models.ModelTestSupport.COMMUNE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCIAL_CENTRE;
import static vn.motcua.workflow.models.ModelTestSupport.XUAN_HUONG;
import static vn.motcua.workflow.models.ModelTestSupport.apologiesIssued;
import static vn.motcua.workflow.models.ModelTestSupport.apologyIssued;
import static vn.motcua.workflow.models.ModelTestSupport.assertNoOpenTask;
import static vn.motcua.workflow.models.ModelTestSupport.assertNothingRunning;
import static vn.motcua.workflow.models.ModelTestSupport.assertStringVariable;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.openTaskKeys;
import static vn.motcua.workflow.models.ModelTestSupport.requestWithdrawal;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.verifyAcceptedAndHandedOver;
import static vn.motcua.workflow.models.ModelTestSupport.verifyAcceptedSettledAndReturned;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/tthc-1.001193.bpmn: birth registration, settled the same day by the receiving commune. */
@ModelTest(value = {"processes/tthc-1.001193.bpmn", "decisions/authority-1.001193.dmn", "forms/form-1.001193.form"},
        withSharedLifecycle = true)
class BirthRegistrationProcessTest {

    private static final String PROCESS = "tthc-1.001193";
    private static final String RECEIVERS = XUAN_HUONG + ":receiver";
    private static final String SPECIALISTS = XUAN_HUONG + ":specialist";
    private static final String LEADERS = XUAN_HUONG + ":leader";
    private static final String WITHDRAWAL = "Gia đình đăng ký khai sinh tại nơi cư trú của mẹ";
    private static final String STOP = "Dừng giải quyết theo đề nghị rút hồ sơ của người yêu cầu";

    @Test
    void birthRegisteredAtTheCommuneIsSettledThereAndTheResultReturned() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);

        assertThat(procedure).hasPassed("Task_DetermineAuthority").isWaitingAt("Call_Receive");
        assertStringVariable(procedure.getId(), COMPETENT_UNIT_CODE, XUAN_HUONG);
        assertStringVariable(procedure.getId(), RECEIVER_GROUP, XUAN_HUONG + ":receiver");
        assertStringVariable(procedure.getId(), SPECIALIST_GROUP, XUAN_HUONG + ":specialist");
        assertStringVariable(procedure.getId(), LEADER_GROUP, XUAN_HUONG + ":leader");
        assertThat(procedure).variables().doesNotContainKey("decisionResult");

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        assertThat(procedure).isWaitingAt("Call_Decide");
        work(dossier, "Task_ReviewDossier", XUAN_HUONG + ":specialist", "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Hồ sơ đủ điều kiện"));
        work(dossier, "Task_ApproveResult", XUAN_HUONG + ":leader", "form-approve", withVariables(APPROVAL, "APPROVE"));
        assertThat(procedure).isWaitingAt("Call_Return");
        work(dossier, "Task_ReturnResult", XUAN_HUONG + ":receiver", "form-return", Map.of());

        assertThat(procedure).isEnded()
                .hasPassedInOrder("Start_DossierSubmitted", "Task_DetermineAuthority", "Call_Receive", "Gateway_Received",
                        "Call_Decide", "Call_Return", "End_ResultReturned")
                .hasNotPassed("End_NotAccepted");
        verifyAcceptedSettledAndReturned(XUAN_HUONG);
    }

    /**
     * The call activities hand each shared part what it reads (PartVariables): not the applicant's intake form fields
     * nor the routing's inputs and outputs, which only the procedure's own decision reads; and take back only what the
     * part set or changed, so a variable the part merely carried is not written again.
     */
    @Test
    void eachPartIsHandedTheDossiersVariablesButNotTheFormFieldsOrTheRoutingAndGivesBackWhatItDecided() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);
        ProcessInstance receive = calledProcessInstance("motcua-receive", procedure);
        Map<String, Object> handed = runtimeService().getVariables(receive.getId());
        assertThat(handed).containsKeys("dossierId", "dossierCode", "procedureCode", RECEIVER_GROUP, SPECIALIST_GROUP,
                LEADER_GROUP, COMPETENT_UNIT_CODE);
        assertThat(handed).doesNotContainKeys("childFullName", "childBirthDate", "motherFullName", "relationshipToChild",
                "competentBodyKind", "competentCommuneCode", "receivingUnitLevel", "applicantCommuneCode");
        assertThat(runtimeService().getVariables(procedure.getId())).containsKeys("childFullName", "competentBodyKind");

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));

        assertThat(procedure).isWaitingAt("Call_Decide");
        assertStringVariable(procedure.getId(), RECEIVE_DECISION, "ACCEPT");
        assertStringVariable(procedure.getId(), RECEIVE_OUTCOME, "ACCEPTED");
        // carried there and back unchanged: written once in the dossier's process (at the start), never again
        String dossierCodeVariable = historyService().createHistoricVariableInstanceQuery().processInstanceId(procedure.getId())
                .variableName("dossierCode").singleResult().getId();
        assertThat(historyService().createHistoricDetailQuery().variableUpdates().variableInstanceId(dossierCodeVariable)
                .count()).isEqualTo(1);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(procedure.getId())
                .variableName(RECEIVE_OUTCOME).singleResult().getValue()).isEqualTo("ACCEPTED");
    }

    @Test
    void refusedBirthRegistrationEndsWithoutProcessing() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);

        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive",
                withVariables(RECEIVE_DECISION, "REFUSE", OPINION, "Người yêu cầu không có quyền đăng ký"));

        assertThat(procedure).isEnded().hasPassed("Call_Receive", "End_NotAccepted")
                .hasNotPassed("Call_Decide", "Call_Return", "End_ResultReturned");
        assertThat(procedure).variables().containsEntry(RECEIVE_OUTCOME, "NOT_ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NOT_ACCEPTED"),
                eq("Người yêu cầu không có quyền đăng ký"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void supplementNeverBroughtStopsTheProcedureWithoutProcessing() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);
        work(dossier, "Task_CheckDossier", XUAN_HUONG + ":receiver", "form-receive",
                withVariables(RECEIVE_DECISION, "SUPPLEMENT", OPINION, "Thiếu Giấy chứng sinh"));

        execute(job("Event_SupplementLapsed", calledProcessInstance("motcua-receive", procedure)));

        assertThat(procedure).isEnded().hasPassed("End_NotAccepted").hasNotPassed("Call_Decide");
        assertThat(procedure).variables().containsEntry(RECEIVE_OUTCOME, "STOPPED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq("Thiếu Giấy chứng sinh"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(ReceiveProcessTest.SUPPLEMENT_LAPSED));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void applicantWithdrawsDuringReviewSoTheCommuneStopsProcessing() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);
        work(dossier, "Task_CheckDossier", RECEIVERS, "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        ProcessInstance decide = calledProcessInstance("motcua-decide", procedure);
        assertThat(decide).isWaitingAt("Task_ReviewDossier");

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(decide).as("processing is cancelled").isEnded().hasNotPassed("End_Finished");
        assertThat(managementService().createJobQuery().processInstanceId(decide.getId()).count())
                .as("the warning timer is cancelled too").isZero();
        assertThat(procedure).hasPassed("Start_WithdrawalRequested").isWaitingAt("Call_Withdraw")
                .hasNotPassed("Call_Return");
        assertThat(openTaskKeys(dossier)).containsExactly("Task_ConfirmStop");
        InOrder order = verifyAcceptedAndHandedOver(XUAN_HUONG);
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        verifyNoMoreInteractions(lifecycle());

        work(dossier, "Task_ConfirmStop", LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassedInOrder("Call_Receive", "Call_Decide", "Start_WithdrawalRequested",
                        "Call_Withdraw", "End_Withdrawn")
                .hasNotPassed("Call_Return", "End_ResultReturned", "End_NotAccepted");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        verifyNoMoreInteractions(lifecycle());
        assertNoOpenTask(dossier);
        assertNothingRunning(dossier);
    }

    @Test
    void applicantWithdrawsWhileTheLeaderOwesAnApologySoNoApologyIsIssued() {
        String dossier = dossierCode(XUAN_HUONG);
        ProcessInstance procedure = start(dossier, XUAN_HUONG, COMMUNE);
        work(dossier, "Task_CheckDossier", RECEIVERS, "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        ProcessInstance decide = calledProcessInstance("motcua-decide", procedure);
        execute(job("Timer_OverdueWarning", decide));
        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Task_IssueApology");

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(decide).isEnded();
        assertThat(openTaskKeys(dossier)).containsExactly("Task_ConfirmStop");
        work(dossier, "Task_ConfirmStop", LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassed("End_Withdrawn").hasNotPassed("Call_Return");
        assertNothingRunning(dossier);
        InOrder order = verifyAcceptedAndHandedOver(XUAN_HUONG);
        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        // the cancelled apology task records nothing
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertThat(apologiesIssued()).isEmpty();
    }

    @Test
    void provincialCentreIsNotAReceivingPointSoNoDossierIsStarted() {
        String dossier = dossierCode(PROVINCIAL_CENTRE);

        assertThatThrownBy(() -> start(dossier, PROVINCIAL_CENTRE, PROVINCE))
                .isInstanceOf(ProcessEngineException.class)
                // no rule matched, so the decision names no kind of body and no unit can be competent
                .hasMessageContaining("no unit of kind null serves commune null");

        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier).count())
                .as("the start is rolled back").isZero();
        verifyNoInteractions(lifecycle());
    }

    private ProcessInstance start(String dossier, String unitCode, String unitLevel) {
        Map<String, Object> variables = submission(dossier, "1.001193", unitCode, unitLevel);
        variables.put("childFullName", "Nguyễn Minh Khang");
        variables.put("childBirthDate", "2025-06-28");
        variables.put("childGender", "nam");
        variables.put("birthPlace", "Bệnh viện Đa khoa tỉnh Lâm Đồng");
        variables.put("fatherFullName", "Nguyễn Văn An");
        variables.put("motherFullName", "Trần Thị Bình");
        variables.put("relationshipToChild", "cha");
        return runtimeService().startProcessInstanceByKey(PROCESS, dossier, variables);
    }
}
