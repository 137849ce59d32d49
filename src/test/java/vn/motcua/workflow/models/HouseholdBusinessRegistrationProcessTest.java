package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.APPROVAL;
import static vn.motcua.catalog.ProcessVariables.MESSAGE_SUPPLEMENT_RECEIVED;
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
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.assertNoOpenTask;
import static vn.motcua.workflow.models.ModelTestSupport.assertNothingRunning;
import static vn.motcua.workflow.models.ModelTestSupport.assertStringVariable;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.openTaskKeys;
import static vn.motcua.workflow.models.ModelTestSupport.requestWithdrawal;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.verifyAcceptedAndHandedOver;
import static vn.motcua.workflow.models.ModelTestSupport.verifyAcceptedSettledAndReturned;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/tthc-1.001612.bpmn: household business registration, settled by the receiving commune. */
@ModelTest(value = {"processes/tthc-1.001612.bpmn", "decisions/authority-1.001612.dmn", "forms/form-1.001612.form"},
        withSharedLifecycle = true)
class HouseholdBusinessRegistrationProcessTest {

    private static final String PROCESS = "tthc-1.001612";
    private static final String RECEIVERS = LAC_DUONG + ":receiver";
    private static final String LEADERS = LAC_DUONG + ":leader";
    private static final String WITHDRAWAL = "Không còn nhu cầu kinh doanh";
    private static final String STOP = "Dừng giải quyết theo đề nghị rút hồ sơ của người yêu cầu";

    @Test
    void householdBusinessRegisteredAtTheCommuneIsSettledThereAndTheResultReturned() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier);

        assertThat(procedure).hasPassed("Task_DetermineAuthority").isWaitingAt("Call_Receive");
        assertStringVariable(procedure.getId(), COMPETENT_UNIT_CODE, LAC_DUONG);
        assertStringVariable(procedure.getId(), RECEIVER_GROUP, LAC_DUONG + ":receiver");
        assertStringVariable(procedure.getId(), SPECIALIST_GROUP, LAC_DUONG + ":specialist");
        assertStringVariable(procedure.getId(), LEADER_GROUP, LAC_DUONG + ":leader");

        work(dossier, "Task_CheckDossier", LAC_DUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        Task review = openTask(dossier, "Task_ReviewDossier");
        assertThat(runtimeService().getVariables(review.getProcessInstanceId()))
                .as("the intake data reaches the specialist through the call activities")
                .containsEntry("businessName", "Tạp hóa Langbiang")
                .containsEntry("capital", 150_000_000L);
        work(dossier, "Task_ReviewDossier", LAC_DUONG + ":specialist", "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp Giấy chứng nhận đăng ký hộ kinh doanh"));
        work(dossier, "Task_ApproveResult", LAC_DUONG + ":leader", "form-approve", withVariables(APPROVAL, "APPROVE"));
        work(dossier, "Task_ReturnResult", LAC_DUONG + ":receiver", "form-return", Map.of());

        assertThat(procedure).isEnded()
                .hasPassedInOrder("Task_DetermineAuthority", "Call_Receive", "Call_Decide", "Call_Return", "End_ResultReturned")
                .hasNotPassed("End_NotAccepted");
        verifyAcceptedSettledAndReturned(LAC_DUONG);
    }

    @Test
    void refusedHouseholdBusinessRegistrationEndsWithoutProcessing() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier);

        work(dossier, "Task_CheckDossier", LAC_DUONG + ":receiver", "form-receive",
                withVariables(RECEIVE_DECISION, "REFUSE", OPINION, "Ngành nghề thuộc danh mục cấm kinh doanh"));

        assertThat(procedure).isEnded().hasPassed("End_NotAccepted").hasNotPassed("Call_Decide", "Call_Return");
        assertThat(procedure).variables().containsEntry(RECEIVE_OUTCOME, "NOT_ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NOT_ACCEPTED"),
                eq("Ngành nghề thuộc danh mục cấm kinh doanh"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void applicantWithdrawsDuringReviewSoTheCommuneStopsProcessing() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier);
        work(dossier, "Task_CheckDossier", RECEIVERS, "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        ProcessInstance decide = calledProcessInstance("motcua-decide", procedure);
        assertThat(decide).isWaitingAt("Task_ReviewDossier");

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(decide).as("processing is cancelled").isEnded().hasNotPassed("End_Finished");
        assertThat(procedure).hasPassed("Start_WithdrawalRequested").isWaitingAt("Call_Withdraw");
        assertThat(openTaskKeys(dossier)).containsExactly("Task_ConfirmStop");
        InOrder order = verifyAcceptedAndHandedOver(LAC_DUONG);
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        verifyNoMoreInteractions(lifecycle());

        work(dossier, "Task_ConfirmStop", LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassedInOrder("Call_Decide", "Call_Withdraw", "End_Withdrawn")
                .hasNotPassed("Call_Return", "End_ResultReturned", "End_NotAccepted");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        verifyNoMoreInteractions(lifecycle());
        assertNoOpenTask(dossier);
        assertNothingRunning(dossier);
    }

    @Test
    void applicantWithdrawsInsteadOfBringingTheSupplement() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier);
        work(dossier, "Task_CheckDossier", RECEIVERS, "form-receive",
                withVariables(RECEIVE_DECISION, "SUPPLEMENT", OPINION, "Bổ sung bản sao hợp đồng thuê địa điểm"));
        ProcessInstance receive = calledProcessInstance("motcua-receive", procedure);
        assertThat(receive).isWaitingAt("Gateway_AwaitSupplement").isWaitingFor(MESSAGE_SUPPLEMENT_RECEIVED);

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(receive).as("receiving is cancelled").isEnded()
                .hasNotPassed("Event_SupplementReceived", "Event_SupplementLapsed");
        assertThat(managementService().createJobQuery().processInstanceId(receive.getId()).count())
                .as("the supplement deadline no longer runs").isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(receive.getId())
                .eventName(MESSAGE_SUPPLEMENT_RECEIVED).count())
                .as("a late supplement finds nothing to continue").isZero();
        work(dossier, "Task_ConfirmStop", LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassed("Call_Receive", "End_Withdrawn")
                .hasNotPassed("Gateway_Received", "Call_Decide", "End_NotAccepted");
        assertNothingRunning(dossier);
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"),
                eq("Bổ sung bản sao hợp đồng thuê địa điểm"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        verifyNoMoreInteractions(lifecycle());
    }

    private ProcessInstance start(String dossier) {
        Map<String, Object> variables = submission(dossier, "1.001612", LAC_DUONG, COMMUNE);
        variables.put("businessName", "Tạp hóa Langbiang");
        variables.put("businessAddress", "12 Langbiang, Xã Lạc Dương, tỉnh Lâm Đồng");
        variables.put("businessLines", "Bán lẻ lương thực, thực phẩm");
        variables.put("capital", 150_000_000L);
        variables.put("employeeCount", 2L);
        return runtimeService().startProcessInstanceByKey(PROCESS, dossier, variables);
    }
}
