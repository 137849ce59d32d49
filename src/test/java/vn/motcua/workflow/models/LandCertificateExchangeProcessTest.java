package vn.motcua.workflow.models;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.APPROVAL;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.CONSULT_GROUP;
import static vn.motcua.catalog.ProcessVariables.CONSULT_OPINION;
import static vn.motcua.catalog.ProcessVariables.CONSULT_UNIT_CODE;
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
import static vn.motcua.workflow.models.ModelTestSupport.LAND_OFFICE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCE;
import static vn.motcua.workflow.models.ModelTestSupport.PROVINCIAL_CENTRE;
import static vn.motcua.workflow.models.ModelTestSupport.TAX_AGENCY;
import static vn.motcua.workflow.models.ModelTestSupport.assertNoOpenTask;
import static vn.motcua.workflow.models.ModelTestSupport.assertNothingRunning;
import static vn.motcua.workflow.models.ModelTestSupport.assertStringVariable;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.openTaskKeys;
import static vn.motcua.workflow.models.ModelTestSupport.requestWithdrawal;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/tthc-1.012783.bpmn: exchange of a land-use certificate, received at any commune or the provincial
 * centre regardless of administrative boundaries, settled by the land registration office after consulting
 * the tax agency, returned where it was received.
 */
@ModelTest(value = {"processes/tthc-1.012783.bpmn", "decisions/authority-1.012783.dmn", "forms/form-1.012783.form"},
        withSharedLifecycle = true)
class LandCertificateExchangeProcessTest {

    private static final String PROCESS = "tthc-1.012783";
    private static final String LAND_SPECIALISTS = LAND_OFFICE + ":specialist";
    private static final String LAND_LEADERS = LAND_OFFICE + ":leader";
    private static final String TAX_SPECIALISTS = TAX_AGENCY + ":specialist";
    private static final String WITHDRAWAL = "Người sử dụng đất đề nghị rút hồ sơ để bổ sung giấy tờ thừa kế";
    private static final String STOP = "Dừng giải quyết theo đề nghị rút hồ sơ của người sử dụng đất";

    @Test
    void receivedAtACommuneSettledByTheLandOfficeAfterTaxConsultationReturnedAtTheCommune() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier, LAC_DUONG, COMMUNE);

        assertThat(procedure).hasPassed("Task_DetermineAuthority").isWaitingAt("Call_Receive");
        assertStringVariable(procedure.getId(), COMPETENT_UNIT_CODE, LAND_OFFICE);
        assertStringVariable(procedure.getId(), RECEIVER_GROUP, LAC_DUONG + ":receiver");
        assertStringVariable(procedure.getId(), SPECIALIST_GROUP, LAND_SPECIALISTS);
        assertStringVariable(procedure.getId(), LEADER_GROUP, LAND_LEADERS);
        assertStringVariable(procedure.getId(), CONSULT_UNIT_CODE, TAX_AGENCY);
        assertStringVariable(procedure.getId(), CONSULT_GROUP, TAX_SPECIALISTS);
        assertThat(procedure).variables().doesNotContainKey("decisionResult");

        work(dossier, "Task_CheckDossier", LAC_DUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        assertThat(procedure).hasPassed("Event_HandedOver").isWaitingAt("Call_Consult");
        work(dossier, "Task_AnswerConsultation", TAX_SPECIALISTS, "form-consult",
                withVariables(CONSULT_OPINION, "Không phát sinh nghĩa vụ tài chính"));
        assertThat(procedure).isWaitingAt("Call_Decide");
        Task review = openTask(dossier, "Task_ReviewDossier");
        assertThat(runtimeService().getVariable(review.getProcessInstanceId(), "consultOpinion"))
                .as("the tax agency's answer reaches the land office's specialist")
                .isEqualTo("Không phát sinh nghĩa vụ tài chính");
        work(dossier, "Task_ReviewDossier", LAND_SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        work(dossier, "Task_ApproveResult", LAND_LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));
        assertThat(procedure).isWaitingAt("Call_Return");
        work(dossier, "Task_ReturnResult", LAC_DUONG + ":receiver", "form-return", Map.of());

        assertThat(procedure).isEnded()
                .hasPassedInOrder("Task_DetermineAuthority", "Call_Receive", "Event_HandedOver", "Call_Consult",
                        "Call_Decide", "Call_Return", "End_ResultReturned")
                .hasNotPassed("End_NotAccepted");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        // the land office itself consults the tax agency, so the dossier reaches it first (form 06)
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).consult(any(DelegateExecution.class), eq(TAX_AGENCY));
        order.verify(lifecycle()).consultAnswered(any(DelegateExecution.class), eq(TAX_AGENCY),
                eq("Không phát sinh nghĩa vụ tài chính"));
        // motcua-decide hands over again on start: a no-op for the dossier module, already at the land office
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        order.verify(lifecycle()).handBack(any(DelegateExecution.class), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void refusedAtTheProvincialCentreEndsWithoutConsultationOrProcessing() {
        String dossier = dossierCode(PROVINCIAL_CENTRE);
        ProcessInstance procedure = start(dossier, PROVINCIAL_CENTRE, PROVINCE);
        assertStringVariable(procedure.getId(), RECEIVER_GROUP, PROVINCIAL_CENTRE + ":receiver");
        assertStringVariable(procedure.getId(), COMPETENT_UNIT_CODE, LAND_OFFICE);

        work(dossier, "Task_CheckDossier", PROVINCIAL_CENTRE + ":receiver", "form-receive",
                withVariables(RECEIVE_DECISION, "REFUSE", OPINION, "Giấy chứng nhận đang bị kê biên"));

        assertThat(procedure).isEnded().hasPassed("End_NotAccepted")
                .hasNotPassed("Event_HandedOver", "Call_Consult", "Call_Decide", "Call_Return");
        assertThat(procedure).variables().containsEntry(RECEIVE_OUTCOME, "NOT_ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NOT_ACCEPTED"),
                eq("Giấy chứng nhận đang bị kê biên"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void applicantWithdrawsDuringReviewSoTheLandOfficeStopsProcessing() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier, LAC_DUONG, COMMUNE);
        work(dossier, "Task_CheckDossier", LAC_DUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        work(dossier, "Task_AnswerConsultation", TAX_SPECIALISTS, "form-consult",
                withVariables(CONSULT_OPINION, "Không phát sinh nghĩa vụ tài chính"));
        ProcessInstance decide = calledProcessInstance("motcua-decide", procedure);
        assertThat(decide).isWaitingAt("Task_ReviewDossier");

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(decide).as("processing is cancelled").isEnded().hasNotPassed("End_Finished");
        assertThat(procedure).hasPassed("Start_WithdrawalRequested").isWaitingAt("Call_Withdraw");
        assertThat(openTaskKeys(dossier)).containsExactly("Task_ConfirmStop");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).consult(any(DelegateExecution.class), eq(TAX_AGENCY));
        order.verify(lifecycle()).consultAnswered(any(DelegateExecution.class), eq(TAX_AGENCY),
                eq("Không phát sinh nghĩa vụ tài chính"));
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        verifyNoMoreInteractions(lifecycle());

        // the land office's leader stops the dossier (the leader group of the competent agency, not the commune's)
        work(dossier, "Task_ConfirmStop", LAND_LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassedInOrder("Call_Consult", "Call_Decide", "Call_Withdraw", "End_Withdrawn")
                .hasNotPassed("Call_Return", "End_ResultReturned", "End_NotAccepted");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        verifyNoMoreInteractions(lifecycle());
        assertNoOpenTask(dossier);
        assertNothingRunning(dossier);
    }

    @Test
    void applicantWithdrawsWhileTheTaxAgencyIsConsulted() {
        String dossier = dossierCode(LAC_DUONG);
        ProcessInstance procedure = start(dossier, LAC_DUONG, COMMUNE);
        work(dossier, "Task_CheckDossier", LAC_DUONG + ":receiver", "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));
        ProcessInstance consult = calledProcessInstance("motcua-consult", procedure);
        assertThat(consult).isWaitingAt("Task_AnswerConsultation");

        requestWithdrawal(dossier, WITHDRAWAL);

        assertThat(consult).as("the consultation is cancelled").isEnded()
                .hasNotPassed("End_ConsultationAnswered", "End_ConsultationOverdue");
        assertThat(managementService().createJobQuery().processInstanceId(consult.getId()).count())
                .as("the consultation deadline no longer runs").isZero();
        assertThat(openTaskKeys(dossier)).containsExactly("Task_ConfirmStop");
        work(dossier, "Task_ConfirmStop", LAND_LEADERS, "form-stop", withVariables(STOP_REASON, STOP));

        assertThat(procedure).isEnded().hasPassed("Call_Consult", "End_Withdrawn").hasNotPassed("Call_Decide", "Call_Return");
        assertNothingRunning(dossier);
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).consult(any(DelegateExecution.class), eq(TAX_AGENCY));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("WITHDRAWAL_REQUESTED"), eq(WITHDRAWAL));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(STOP));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void landInAnotherAreaOfTheProvinceGoesToTheBranchOfTheLandRegistrationOfficeServingIt() {
        String branchCentre = "H36.20.01";  // service centre branch in Phan Thiết
        String dossier = dossierCode(branchCentre);
        Map<String, Object> variables = submission(dossier, "1.012783", branchCentre, PROVINCE);
        variables.put(vn.motcua.catalog.ProcessVariables.RECEIVING_COMMUNE_CODE, vn.motcua.support.DemoProvince.PHAN_THIET_COMMUNE);
        variables.put(vn.motcua.catalog.ProcessVariables.PROPERTY_COMMUNE_CODE, vn.motcua.support.DemoProvince.NAM_GIA_NGHIA_COMMUNE);
        ProcessInstance procedure = runtimeService().startProcessInstanceByKey(PROCESS, dossier, variables);

        // the Gia Nghĩa branch serves the old Đắk Nông communes (V35, illustrative areas); the tax office is province-wide
        assertStringVariable(procedure.getId(), COMPETENT_UNIT_CODE, "H36.16.01.01");
        assertStringVariable(procedure.getId(), CONSULT_UNIT_CODE, TAX_AGENCY);
        ModelTestSupport.work(dossier, "Task_CheckDossier", branchCentre + ":receiver", "form-receive",
                Map.of(vn.motcua.catalog.ProcessVariables.RECEIVE_DECISION, "ACCEPT"));
        verify(lifecycle(), atLeastOnce()).handOver(any(DelegateExecution.class), eq("H36.16.01.01"));
    }

    private ProcessInstance start(String dossier, String unitCode, String unitLevel) {
        Map<String, Object> variables = submission(dossier, "1.012783", unitCode, unitLevel);
        variables.put("certificateNumber", "CS 123456");
        variables.put("parcelNumber", "215");
        variables.put("mapSheetNumber", "12");
        variables.put("parcelAddress", "Thôn Đa Ra Hoa, Xã Lạc Dương, tỉnh Lâm Đồng");
        variables.put("reason", "Giấy chứng nhận bị rách, hư hỏng");
        return runtimeService().startProcessInstanceByKey(PROCESS, dossier, variables);
    }
}
