package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static vn.motcua.catalog.ProcessVariables.DOSSIER_ID;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.catalog.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.workflow.models.ModelTestSupport.XUAN_HUONG;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.fees;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/shared/motcua-fee.bpmn and its two insertion points: every fee path (none due, paid online, paid at the
 * counter, exempted, never paid) with the dossier's statuses in order, and the procedure's rule for an unpaid fee at
 * receipt (the dossier is stopped, never accepted) and before the result (the result is not returned).
 */
@ModelTest({"processes/shared/motcua-fee.bpmn", "forms/form-fee.form", "processes/shared/motcua-receive.bpmn",
        "forms/form-receive.form", "forms/form-receive-supplemented.form", "processes/shared/motcua-return.bpmn",
        "forms/form-return.form"})
class FeeProcessTest {

    private static final String RECEIVER = XUAN_HUONG + ":receiver";
    private static final Date PAYMENT_DEADLINE = Date.from(Instant.parse("2025-07-22T10:00:00Z"));
    private static final String UNPAID_NOTE =
            "Người nộp không nộp phí, lệ phí trong thời hạn / The applicant did not pay the fee in time";

    private String businessKey;
    private Map<String, Object> variables;

    @BeforeEach
    void setUp() {
        businessKey = dossierCode(XUAN_HUONG);
        variables = submission(businessKey, "1.001612", XUAN_HUONG, "COMMUNE");
        variables.put(RECEIVER_GROUP, RECEIVER);
        when(fees().paymentDeadline(any())).thenReturn(PAYMENT_DEADLINE);
    }

    private ProcessInstance startFeeStep(String stage) {
        variables.put("feeStage", stage);
        return runtimeService().startProcessInstanceByKey("motcua-fee", businessKey, variables);
    }

    /** A variable of an ended process instance, from the engine's history. */
    private static Object ended(String processInstanceId, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult().getValue();
    }

    /** The procedure charges {@code amount} at {@code stage} (motcua.fee.stage), so the shared models call motcua-fee there. */
    private void feeOf(long amount, String stage) {
        when(fees().dueAt(any(DelegateExecution.class), eq(stage))).thenReturn(true);
        when(fees().request(any(DelegateExecution.class), eq(stage))).thenReturn(amount);
    }

    @Test
    void aStageWhereTheProcedureCollectsNoFeeDoesNotCallTheFeeStepAndRecordsNone() {
        // nothing due before the result (collected at receipt, or no fee on the channel): nothing to call
        when(fees().dueAt(any(DelegateExecution.class), eq("RECEIPT"))).thenReturn(true);
        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);
        assertThat(returning).isWaitingAt("Task_ReturnResult").hasNotPassed("Call_FeeBeforeResult");
        assertThat(returning).variables().containsEntry("feeOutcome", "NONE");
        verify(fees(), never()).request(any(DelegateExecution.class), eq("RESULT"));
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("motcua-fee").count()).isZero();

        // nothing due at receipt (collected before the result, or no fee): nothing to call, the dossier is accepted
        when(fees().dueAt(any(DelegateExecution.class), eq("RECEIPT"))).thenReturn(false);
        String other = dossierCode(XUAN_HUONG);
        Map<String, Object> second = submission(other, "1.001612", XUAN_HUONG, "COMMUNE");
        second.put(RECEIVER_GROUP, RECEIVER);
        ProcessInstance receive = runtimeService().startProcessInstanceByKey("motcua-receive", other, second);
        work(other, "Task_CheckDossier", RECEIVER, "form-receive", Map.of(RECEIVE_DECISION, "ACCEPT"));
        assertThat(receive).isEnded().hasPassed("End_Accepted").hasNotPassed("Call_FeeAtReceipt");
        assertThat(ended(receive.getId(), "feeOutcome")).isEqualTo("NONE");
        verify(fees(), never()).request(any(DelegateExecution.class), eq("RECEIPT"));
    }

    @Test
    void procedureWithoutFeeGoesOnWithoutStatusSix() {
        ProcessInstance fee = startFeeStep("RECEIPT");

        assertThat(fee).isEnded().hasPassed("Task_AssessFee", "End_NoFee").hasNotPassed("Task_CollectFee");
        assertThat(ended(fee.getId(), "feeOutcome")).isEqualTo("NONE");
        verify(fees()).request(any(DelegateExecution.class), eq("RECEIPT"));
        verifyNoInteractions(lifecycle());
    }

    @Test
    void feePaidOnlineEndsTheStepWhenThePlatformConfirms() {
        feeOf(50_000, "RECEIPT");
        ProcessInstance fee = startFeeStep("RECEIPT");
        assertThat(fee).isWaitingAt("Task_CollectFee");
        assertThat(fee).variables().containsEntry("feeAmount", 50_000L);
        verify(lifecycle()).status(any(DelegateExecution.class), eq("FINANCIAL_OBLIGATION"), any());

        // what vn.motcua.workflow's FeePaidCorrelation does when the payment module announces FeeSettled
        runtimeService().createMessageCorrelation("FeePaidOnline")
                .processInstanceVariableEquals(DOSSIER_ID, variables.get(DOSSIER_ID)).correlateAllWithResult();

        assertThat(fee).isEnded().hasPassed("Boundary_PaidOnline", "End_PaidOnline");
        assertThat(ended(fee.getId(), "feeOutcome")).isEqualTo("PAID_ONLINE");
        verify(fees(), never()).paidAtCounter(any());
        verify(fees(), never()).exempt(any());
        verify(fees(), never()).unpaid(any());
    }

    @Test
    void receiverRecordsThePaymentAtTheCounter() {
        feeOf(150_000, "RESULT");
        ProcessInstance fee = startFeeStep("RESULT");

        work(businessKey, "Task_CollectFee", RECEIVER, "form-fee", Map.of("feeDecision", "PAID_AT_COUNTER"));

        assertThat(fee).isEnded().hasPassed("End_PaidAtCounter");
        assertThat(ended(fee.getId(), "feeOutcome")).isEqualTo("PAID_AT_COUNTER");
        verify(fees()).paidAtCounter(any());
        verify(fees(), never()).exempt(any());
    }

    @Test
    void aFeeTheCatalogDoesNotStateIsCollectedNotSkipped() {
        // what DossierFees.request does for a fee the catalog does not state: 0 đồng so far, amount to be entered
        when(fees().request(any(DelegateExecution.class), eq("RECEIPT"))).thenAnswer(a -> {
            a.getArgument(0, DelegateExecution.class).setVariable("feeAmountUnknown", true);
            return 0L;
        });
        ProcessInstance fee = startFeeStep("RECEIPT");
        assertThat(fee).as("unknown is not free").isWaitingAt("Task_CollectFee");
        verify(lifecycle()).status(any(DelegateExecution.class), eq("FINANCIAL_OBLIGATION"), any());

        work(businessKey, "Task_CollectFee", RECEIVER, "form-fee",
                Map.of("feeDecision", "PAID_AT_COUNTER", "feeAmountCollected", 35_000));

        assertThat(fee).isEnded().hasPassed("End_PaidAtCounter");
        assertThat(ended(fee.getId(), "feeAmountCollected")).isEqualTo(35_000);
        verify(fees()).paidAtCounter(any());
    }

    @Test
    void officerExemptsWithAReason() {
        feeOf(50_000, "RECEIPT");
        ProcessInstance fee = startFeeStep("RECEIPT");

        work(businessKey, "Task_CollectFee", RECEIVER, "form-fee",
                Map.of("feeDecision", "EXEMPTED", "feeExemptionReason", "Hộ nghèo (Nghị quyết của HĐND tỉnh)"));

        assertThat(fee).isEnded().hasPassed("End_Exempted");
        assertThat(ended(fee.getId(), "feeOutcome")).isEqualTo("EXEMPTED");
        verify(fees()).exempt(any());
        verify(fees(), never()).paidAtCounter(any());
    }

    @Test
    void feeNeverPaidEndsUnpaidWhenThePaymentPeriodRunsOut() {
        feeOf(50_000, "RECEIPT");
        ProcessInstance fee = startFeeStep("RECEIPT");

        Job timer = managementService().createJobQuery().processInstanceId(fee.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(PAYMENT_DEADLINE);
        managementService().executeJob(timer.getId());

        assertThat(fee).isEnded().hasPassed("Boundary_PaymentOverdue", "End_Unpaid");
        assertThat(ended(fee.getId(), "feeOutcome")).isEqualTo("UNPAID");
        verify(fees()).unpaid(any());
    }

    @Test
    void atReceiptTheDossierIsAcceptedOnlyOnceTheFeeIsSettled() {
        feeOf(50_000, "RECEIPT");
        ProcessInstance receive = runtimeService().startProcessInstanceByKey("motcua-receive", businessKey, variables);
        work(businessKey, "Task_CheckDossier", RECEIVER, "form-receive", Map.of(RECEIVE_DECISION, "ACCEPT"));
        assertThat(receive).isWaitingAt("Call_FeeAtReceipt");

        work(businessKey, "Task_CollectFee", RECEIVER, "form-fee", Map.of("feeDecision", "PAID_AT_COUNTER"));

        assertThat(receive).isEnded().hasPassed("Call_FeeAtReceipt", "End_Accepted");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINANCIAL_OBLIGATION"), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void atReceiptAnUnpaidFeeStopsTheDossier() {
        feeOf(50_000, "RECEIPT");
        ProcessInstance receive = runtimeService().startProcessInstanceByKey("motcua-receive", businessKey, variables);
        work(businessKey, "Task_CheckDossier", RECEIVER, "form-receive", Map.of(RECEIVE_DECISION, "ACCEPT"));

        Job timer = managementService().createJobQuery().timers().activityId("Boundary_PaymentOverdue").list().stream()
                .filter(j -> !j.getProcessInstanceId().equals(receive.getId())).findFirst().orElseThrow();
        managementService().executeJob(timer.getId());

        assertThat(receive).isEnded().hasPassed("End_FeeUnpaid").hasNotPassed("End_Accepted");
        assertThat(ended(receive.getId(), "receiveOutcome")).isEqualTo("STOPPED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINANCIAL_OBLIGATION"), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(UNPAID_NOTE));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void beforeTheResultTheResultIsReturnedOnceTheFeeIsPaid() {
        feeOf(150_000, "RESULT");
        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);
        assertThat(returning).isWaitingAt("Call_FeeBeforeResult");

        runtimeService().createMessageCorrelation("FeePaidOnline")
                .processInstanceVariableEquals(DOSSIER_ID, variables.get(DOSSIER_ID)).correlateAllWithResult();
        assertThat(returning).isWaitingAt("Task_ReturnResult");
        work(businessKey, "Task_ReturnResult", RECEIVER, "form-return", Map.of());

        assertThat(returning).isEnded().hasPassed("Call_FeeBeforeResult", "End_ResultReturned");
        InOrder order = inOrder(lifecycle());
        // the result comes back to the receiving point first (form 06, return leg)
        order.verify(lifecycle()).handBack(any(DelegateExecution.class), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINANCIAL_OBLIGATION"), any());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("RETURNED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void beforeTheResultAnUnpaidFeeWithholdsTheResult() {
        feeOf(150_000, "RESULT");
        ProcessInstance returning = runtimeService().startProcessInstanceByKey("motcua-return", businessKey, variables);
        Job timer = managementService().createJobQuery().timers().activityId("Boundary_PaymentOverdue").singleResult();
        managementService().executeJob(timer.getId());

        assertThat(returning).isEnded().hasPassed("End_FeeUnpaid").hasNotPassed("Task_ReturnResult");
        verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(UNPAID_NOTE));
        verify(lifecycle(), never()).status(any(DelegateExecution.class), eq("RETURNED"));
    }
}
