package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.catalog.ProcessVariables.MESSAGE_SUPPLEMENT_RECEIVED;
import static vn.motcua.catalog.ProcessVariables.OPINION;
import static vn.motcua.catalog.ProcessVariables.RECEIVER_GROUP;
import static vn.motcua.catalog.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.catalog.ProcessVariables.RECEIVE_OUTCOME;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.followUp;
import static vn.motcua.workflow.models.ModelTestSupport.STEP_DUE;
import static vn.motcua.workflow.models.ModelTestSupport.SUPPLEMENT_DEADLINE;
import static vn.motcua.workflow.models.ModelTestSupport.XUAN_HUONG;
import static vn.motcua.workflow.models.ModelTestSupport.deadlines;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/** processes/shared/motcua-receive.bpmn: receive and check (Decree 118/2025/NĐ-CP), one test per path. */
@ModelTest({"processes/shared/motcua-receive.bpmn", "processes/shared/motcua-fee.bpmn", "forms/form-fee.form",
        "forms/form-receive.form",
        "forms/form-receive-supplemented.form"})
class ReceiveProcessTest {

    private static final String RECEIVER = XUAN_HUONG + ":receiver";
    private static final String SUPPLEMENT_REQUEST = "Bổ sung Giấy chứng sinh";
    /** The fixed note of End_Stopped (form 05 reason when the supplement lapsed). */
    static final String SUPPLEMENT_LAPSED =
            "Người nộp không bổ sung hồ sơ trong thời hạn / The applicant did not bring the supplement in time";

    private String businessKey;

    @BeforeEach
    void setUp() {
        businessKey = dossierCode(XUAN_HUONG);
    }

    @Test
    void completeDossierIsAcceptedWithReceiptSlip() {
        ProcessInstance receive = start();
        assertThat(receive).isWaitingAt("Task_CheckDossier");
        assertThat(openTask(businessKey, "Task_CheckDossier").getDueDate()).as("the receiving step's deadline")
                .isEqualTo(STEP_DUE.get("RECEIVE"));
        assertThat(openTask(businessKey, "Task_CheckDossier").getFollowUpDate()).isEqualTo(followUp("RECEIVE"));

        work(businessKey, "Task_CheckDossier", RECEIVER, "form-receive", withVariables(RECEIVE_DECISION, "ACCEPT"));

        assertThat(receive).isEnded().hasPassed("End_Accepted")
                .hasNotPassed("Event_SupplementRequested", "End_NotAccepted");
        assertThat(receive).variables().containsEntry(RECEIVE_OUTCOME, "ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        verifyNoMoreInteractions(lifecycle());
        // the receiver's digitisation marks are recorded when the intake task completes, once
        org.mockito.Mockito.verify(ModelTestSupport.papers()).marked(any(org.camunda.bpm.engine.delegate.DelegateTask.class));
    }

    @Test
    void ineligibleDossierIsRefusedWithRefusalSlip() {
        ProcessInstance receive = start();

        work(businessKey, "Task_CheckDossier", RECEIVER, "form-receive",
                withVariables(RECEIVE_DECISION, "REFUSE", OPINION, "Không thuộc thẩm quyền"));

        assertThat(receive).isEnded().hasPassed("End_NotAccepted").hasNotPassed("End_Accepted");
        assertThat(receive).variables().containsEntry(RECEIVE_OUTCOME, "NOT_ACCEPTED");
        InOrder order = inOrder(lifecycle());
        // the refusal slip (form 03) carries the officer's reasons
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NOT_ACCEPTED"), eq("Không thuộc thẩm quyền"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void incompleteDossierWaitsForTheSupplementOrItsDeadline() {
        ProcessInstance receive = start();

        requestSupplement();

        assertThat(receive).isWaitingAt("Gateway_AwaitSupplement").isWaitingFor(MESSAGE_SUPPLEMENT_RECEIVED);
        assertThat(job("Event_SupplementLapsed").getDuedate()).as("supplement deadline from the working calendar")
                .isEqualTo(SUPPLEMENT_DEADLINE);
        verify(deadlines()).supplementDeadline(any(DelegateExecution.class));
        InOrder order = inOrder(lifecycle());
        // the request to supplement (form 02) carries what to bring
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq(SUPPLEMENT_REQUEST));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void supplementedDossierIsCheckedOnceMoreAndAccepted() {
        ProcessInstance receive = start();
        requestSupplement();

        supplementArrives();

        assertThat(receive).isWaitingAt("Task_CheckSupplementedDossier");
        work(businessKey, "Task_CheckSupplementedDossier", RECEIVER, "form-receive-supplemented",
                withVariables(RECEIVE_DECISION, "ACCEPT"));

        assertThat(receive).isEnded()
                .hasPassedInOrder("Task_CheckDossier", "Event_SupplementRequested", "Event_SupplementReceived",
                        "Task_CheckSupplementedDossier", "End_AcceptedAfterSupplement")
                .hasNotPassed("Event_SupplementLapsed");
        assertThat(receive).variables().containsEntry(RECEIVE_OUTCOME, "ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq(SUPPLEMENT_REQUEST));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NEW"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("ACCEPTED"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void supplementedDossierThatStillFailsIsRefused() {
        ProcessInstance receive = start();
        requestSupplement();
        supplementArrives();

        work(businessKey, "Task_CheckSupplementedDossier", RECEIVER, "form-receive-supplemented",
                withVariables(RECEIVE_DECISION, "REFUSE", OPINION, "Giấy chứng sinh không hợp lệ"));

        assertThat(receive).isEnded().hasPassed("End_NotAcceptedAfterSupplement")
                .hasNotPassed("End_AcceptedAfterSupplement");
        assertThat(receive).variables().containsEntry(RECEIVE_OUTCOME, "NOT_ACCEPTED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq(SUPPLEMENT_REQUEST));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NEW"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("NOT_ACCEPTED"), eq("Giấy chứng sinh không hợp lệ"));
        verifyNoMoreInteractions(lifecycle());
    }

    @Test
    void supplementNotBroughtInTimeStopsTheDossier() {
        ProcessInstance receive = start();
        requestSupplement();
        assertThat(receive).isWaitingAt("Gateway_AwaitSupplement");

        execute(job("Event_SupplementLapsed"));

        assertThat(receive).isEnded().hasPassed("Event_SupplementLapsed", "End_Stopped")
                .hasNotPassed("Event_SupplementReceived", "Task_CheckSupplementedDossier");
        assertThat(receive).variables().containsEntry(RECEIVE_OUTCOME, "STOPPED");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq(SUPPLEMENT_REQUEST));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq(SUPPLEMENT_LAPSED));
        verifyNoMoreInteractions(lifecycle());
    }

    private ProcessInstance start() {
        Map<String, Object> variables = submission(businessKey, "1.001193", XUAN_HUONG, "COMMUNE");
        variables.put(RECEIVER_GROUP, RECEIVER);
        return runtimeService().startProcessInstanceByKey("motcua-receive", businessKey, variables);
    }

    private void requestSupplement() {
        work(businessKey, "Task_CheckDossier", RECEIVER, "form-receive",
                withVariables(RECEIVE_DECISION, "SUPPLEMENT", OPINION, SUPPLEMENT_REQUEST));
    }

    private void supplementArrives() {
        runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceBusinessKey(businessKey)
                .correlate();
    }
}
