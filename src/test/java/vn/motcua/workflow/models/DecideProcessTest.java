package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import vn.motcua.workflow.models.ModelTestSupport.Apology;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static vn.motcua.catalog.ProcessVariables.APOLOGY_REASON;
import static vn.motcua.catalog.ProcessVariables.APPROVAL;
import static vn.motcua.catalog.ProcessVariables.COMPETENT_UNIT_CODE;
import static vn.motcua.catalog.ProcessVariables.LEADER_GROUP;
import static vn.motcua.catalog.ProcessVariables.NEW_DUE_DATE;
import static vn.motcua.catalog.ProcessVariables.OPINION;
import static vn.motcua.catalog.ProcessVariables.PROPOSAL;
import static vn.motcua.catalog.ProcessVariables.SPECIALIST_GROUP;
import static vn.motcua.workflow.models.ModelTestSupport.followUp;
import static vn.motcua.workflow.models.ModelTestSupport.STEP_DUE;
import static vn.motcua.workflow.models.ModelTestSupport.DUE_DATE;
import static vn.motcua.workflow.models.ModelTestSupport.LAC_DUONG;
import static vn.motcua.workflow.models.ModelTestSupport.LAND_OFFICE;
import static vn.motcua.workflow.models.ModelTestSupport.SUPPLEMENT_DEADLINE;
import static vn.motcua.workflow.models.ModelTestSupport.WARNING_AT;
import static vn.motcua.workflow.models.ModelTestSupport.apologiesIssued;
import static vn.motcua.workflow.models.ModelTestSupport.apologyIssued;
import static vn.motcua.workflow.models.ModelTestSupport.assertNoOpenTask;
import static vn.motcua.workflow.models.ModelTestSupport.deadlines;
import static vn.motcua.workflow.models.ModelTestSupport.dossierCode;
import static vn.motcua.workflow.models.ModelTestSupport.lifecycle;
import static vn.motcua.workflow.models.ModelTestSupport.results;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.submission;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/shared/motcua-decide.bpmn: hand-over (form 06), specialist review, leader approval, and the late
 * path of Decree 118/2025/NĐ-CP: warned before the due date, apology with a new appointment date (form 04, the
 * {@code apologyIssued} listener), warned again before the new date; the result ends any open apology.
 */
@ModelTest({"processes/shared/motcua-decide.bpmn", "forms/form-review.form", "forms/form-approve.form",
        "forms/form-apology.form"})
class DecideProcessTest {

    private static final String SPECIALISTS = LAND_OFFICE + ":specialist";
    private static final String LEADERS = LAND_OFFICE + ":leader";
    /** The first warning, one working day before the due date of {@link ModelTestSupport#DUE_DATE}. */
    private static final Date FIRST_WARNING = Date.from(Instant.parse("2025-07-07T10:00:00Z"));
    /** The warning before the new appointment date the leader set in the apology. */
    private static final Date SECOND_WARNING = Date.from(Instant.parse("2025-07-14T10:00:00Z"));
    private static final String NEW_DATE = "2025-07-15";
    private static final String REASON = "Chờ kết quả đo đạc lại thửa đất";

    private String businessKey;

    @BeforeEach
    void setUp() {
        businessKey = dossierCode(LAC_DUONG);
    }

    @Test
    void handedOverReviewedAndApprovedDossierIsFinished() {
        ProcessInstance decide = start();
        assertThat(decide).isWaitingAt("Task_ReviewDossier");
        assertThat(openTask(businessKey, "Task_ReviewDossier").getDueDate()).as("review due at the end of its step")
                .isEqualTo(STEP_DUE.get("REVIEW"));
        assertThat(openTask(businessKey, "Task_ReviewDossier").getFollowUpDate()).as("follow-up at the step's warning point")
                .isEqualTo(followUp("REVIEW"));
        assertThat(job("Timer_OverdueWarning", decide).getDuedate()).as("warning from the calendar").isEqualTo(WARNING_AT);

        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        assertThat(decide).isWaitingAt("Task_ApproveResult");
        assertThat(openTask(businessKey, "Task_ApproveResult").getDueDate()).isEqualTo(STEP_DUE.get("APPROVE"));
        assertThat(openTask(businessKey, "Task_ApproveResult").getFollowUpDate()).isEqualTo(followUp("APPROVE"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded()
                .hasPassedInOrder("Start_HandedOver", "Task_ReviewDossier", "Task_ApproveResult", "End_Processed",
                        "End_Finished")
                .hasNotPassed("Event_OverdueWarned", "Task_IssueApology");
        assertThat(decide).variables().containsEntry(PROPOSAL, "GRANT").containsEntry(APPROVAL, "APPROVE");
        assertThat(managementService().createJobQuery().processInstanceId(decide.getId()).count())
                .as("the warning timer ends with the processing").isZero();
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
    }

    @Test
    void resultReturnedByTheLeaderGoesBackToReviewThenIsApproved() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện"));

        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve",
                withVariables(APPROVAL, "RETURN", OPINION, "Kiểm tra lại sơ đồ thửa đất"));

        assertThat(decide).isWaitingAt("Task_ReviewDossier").hasNotPassed("End_Finished");
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "REJECT", OPINION, "Ranh giới thửa đất đang tranh chấp"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished");
        assertThat(decide).variables().containsEntry(PROPOSAL, "REJECT");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(decide.getId())
                .activityId("Task_ReviewDossier").count()).as("reviews").isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(decide.getId())
                .activityId("Timer_OverdueWarning").count()).as("one warning timer for the whole processing").isZero();
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
    }

    @Test
    void nearTheDueDateTheLeaderApologisesWithANewDateAndIsWarnedAgainBeforeIt() throws Exception {
        when(deadlines().warningAt(any(VariableScope.class))).thenReturn(FIRST_WARNING);
        ProcessInstance decide = start();
        assertThat(job("Timer_OverdueWarning", decide).getDuedate()).isEqualTo(FIRST_WARNING);

        execute(job("Timer_OverdueWarning", decide));

        assertThat(decide).hasPassed("Event_OverdueWarned")
                .isWaitingAt("Task_ReviewDossier", "Task_IssueApology");
        Task apology = openTask(businessKey, "Task_IssueApology");
        assertThat(apology.getDueDate()).as("apologise before the due date").isEqualTo(DUE_DATE);
        InOrder order = inOrder(lifecycle(), apologyIssued());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());

        // the apology moves the dossier's due date, so the calendar now warns before the new date
        when(deadlines().warningAt(any(VariableScope.class))).thenReturn(SECOND_WARNING);
        work(businessKey, "Task_IssueApology", LEADERS, "form-apology",
                withVariables(NEW_DUE_DATE, NEW_DATE, APOLOGY_REASON, REASON));

        order.verify(apologyIssued()).notify(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertThat(apologiesIssued()).as("the apology (form 04) with what the leader entered, recorded at the leader's task")
                .containsExactly(new Apology("Task_IssueApology", "Flow_ToWaitNewDueDate", NEW_DATE, REASON));
        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Timer_NewDueDateWarning")
                .hasPassed("Task_IssueApology");
        assertThat(job("Timer_NewDueDateWarning", decide).getDuedate()).as("warned again before the new date")
                .isEqualTo(SECOND_WARNING);

        execute(job("Timer_NewDueDateWarning", decide));

        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Task_IssueApology");
        work(businessKey, "Task_IssueApology", LEADERS, "form-apology",
                withVariables(NEW_DUE_DATE, "2025-07-22", APOLOGY_REASON, "Chờ ý kiến cơ quan thuế"));
        order.verify(apologyIssued()).notify(any(DelegateExecution.class));
        assertThat(apologiesIssued()).hasSize(2).last()
                .isEqualTo(new Apology("Task_IssueApology", "Flow_ToWaitNewDueDate", "2025-07-22", "Chờ ý kiến cơ quan thuế"));
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(decide.getId())
                .activityId("Event_OverdueWarned").count()).as("warnings").isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(decide.getId())
                .activityId("Task_IssueApology").count()).as("apologies").isEqualTo(2);

        // the specialist and the leader were never interrupted
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertNoOpenTask(businessKey);
        assertThat(managementService().createJobQuery().processInstanceId(decide.getId()).count())
                .as("the pending warning ends with the processing").isZero();
    }

    @Test
    void rejectedNewDateLeavesTheApologyOpenAndNothingMoves() throws Exception {
        ProcessInstance decide = start();
        execute(job("Timer_OverdueWarning", decide));
        doThrow(new FormFieldValidationException(NEW_DUE_DATE, "Ngày hẹn mới phải sau ngày hẹn hiện tại"))
                .when(apologyIssued()).notify(any(DelegateExecution.class));
        Task apology = openTask(businessKey, "Task_IssueApology");

        assertThatThrownBy(() -> taskService().complete(apology.getId(),
                withVariables(NEW_DUE_DATE, "2025-07-01", APOLOGY_REASON, REASON)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Ngày hẹn mới phải sau ngày hẹn hiện tại");

        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Task_IssueApology").hasNotPassed("Timer_NewDueDateWarning");
        assertThat(openTask(businessKey, "Task_IssueApology").getId()).as("the same task, still open").isEqualTo(apology.getId());
        assertThat(runtimeService().getVariable(decide.getId(), NEW_DUE_DATE)).as("nothing was written").isNull();
    }

    @Test
    void approvalWhileTheApologyIsOpenFinishesTheDossierAndEndsTheApology() throws Exception {
        ProcessInstance decide = start();
        execute(job("Timer_OverdueWarning", decide));
        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Task_IssueApology");

        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Processed", "End_Finished").hasNotPassed("Timer_NewDueDateWarning");
        assertNoOpenTask(businessKey);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(decide.getId())
                .taskDefinitionKey("Task_IssueApology").singleResult().getDeleteReason())
                .as("the apology is cancelled, not completed").isNotEqualTo("completed");
        InOrder order = inOrder(lifecycle(), apologyIssued());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        // no apology is recorded for a task nobody completed
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertThat(apologiesIssued()).isEmpty();
    }

    @Test
    void approvalWhileASecondApologyIsOpenDoesNotRepeatTheFirstApology() throws Exception {
        ProcessInstance decide = start();
        execute(job("Timer_OverdueWarning", decide));
        work(businessKey, "Task_IssueApology", LEADERS, "form-apology",
                withVariables(NEW_DUE_DATE, NEW_DATE, APOLOGY_REASON, REASON));
        execute(job("Timer_NewDueDateWarning", decide));
        assertThat(decide).isWaitingAt("Task_ReviewDossier", "Task_IssueApology");

        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished");
        assertNoOpenTask(businessKey);
        InOrder order = inOrder(lifecycle(), apologyIssued());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        order.verify(apologyIssued()).notify(any(DelegateExecution.class));
        order.verify(lifecycle()).warnOverdue(any(DelegateExecution.class));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertThat(apologiesIssued()).containsExactly(new Apology("Task_IssueApology", "Flow_ToWaitNewDueDate", NEW_DATE, REASON));
    }

    @Test
    void theSpecialistRequestsASupplementTheClockPausesUntilItIsBroughtAndOnlyTheFirstCountsAsOnTime() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "SUPPLEMENT", OPINION, "Bổ sung bản sao trích đo thửa đất"));

        assertThat(decide).hasPassed("Event_ProcessingSupplementRequested")
                .isWaitingAt("Gateway_AwaitProcessingSupplement");
        assertThat(job("Event_ProcessingSupplementLapsed", decide).getDuedate()).as("the supplement deadline from the calendar")
                .isEqualTo(SUPPLEMENT_DEADLINE);
        assertThat(decide).variables().containsEntry("supplementRequests", 1L).containsEntry("supplementCountsAsLate", false);
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        // the dossier module pauses the clock on SUPPLEMENT_REQUESTED and resumes it on PROCESSING (DossierProgress)
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("SUPPLEMENT_REQUESTED"), eq("Bổ sung bản sao trích đo thửa đất"));

        runtimeService().createMessageCorrelation("SupplementReceived").processInstanceBusinessKey(businessKey).correlate();

        assertThat(decide).isWaitingAt("Task_ReviewDossier");
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));

        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "SUPPLEMENT", OPINION, "Bổ sung thêm giấy tờ"));
        assertThat(decide).variables().containsEntry("supplementRequests", 2L)
                .as("a second supplement request counts against the agency (766 index)").containsEntry("supplementCountsAsLate", true);
        runtimeService().createMessageCorrelation("SupplementReceived").processInstanceBusinessKey(businessKey).correlate();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review", withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished").hasNotPassed("End_Stopped");
        assertThat(decide).variables().containsEntry("decideOutcome", "FINISHED");
    }

    @Test
    void aSupplementNotBroughtInTimeStopsProcessingWithFormFive() {
        ProcessInstance decide = start();
        execute(job("Timer_OverdueWarning", decide));
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "SUPPLEMENT", OPINION, "Bổ sung bản sao trích đo thửa đất"));

        execute(job("Event_ProcessingSupplementLapsed", decide));

        assertThat(decide).isEnded().hasPassed("End_SupplementLapsedStop", "Boundary_ProcessingStopped", "End_Stopped")
                .hasNotPassed("End_Finished");
        assertThat(decide).variables().containsEntry("decideOutcome", "STOPPED");
        verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"),
                eq("Người nộp không bổ sung hồ sơ trong thời hạn / The applicant did not bring the supplement in time"));
        assertNoOpenTask(businessKey);
        assertThat(managementService().createJobQuery().processInstanceId(decide.getId()).count())
                .as("no warning or apology left behind").isZero();
    }

    @Test
    void theAgencyStopsProcessingOnTheSpecialistsProposalApprovedByTheLeader() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "STOP", OPINION, "Thửa đất đang bị kê biên để thi hành án"));
        assertThat(decide).isWaitingAt("Task_ApproveResult");

        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_StopApproved", "End_Stopped").hasNotPassed("End_Processed", "End_Finished");
        assertThat(decide).variables().containsEntry("decideOutcome", "STOPPED")
                .containsEntry("stopReason", "Thửa đất đang bị kê biên để thi hành án");
        InOrder order = inOrder(lifecycle());
        order.verify(lifecycle()).handOver(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("PROCESSING"));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("STOPPED"), eq("Thửa đất đang bị kê biên để thi hành án"));
        verifyNoMoreInteractions(lifecycle(), apologyIssued());
        assertNoOpenTask(businessKey);
    }

    @Test
    void grantedResultIsIssuedWhenProposedAndSignedWithTheCompetentUnitsCertificateWhenApproved() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đủ điều kiện cấp đổi"));

        verify(results()).issue(any(DelegateExecution.class));
        verify(results(), never()).sign(any(DelegateExecution.class), any());

        // returned by the leader: nothing signed; the specialist's next proposal issues the draft again
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve",
                withVariables(APPROVAL, "RETURN", OPINION, "Sửa lại diện tích trong kết quả"));
        verify(results(), never()).sign(any(DelegateExecution.class), any());
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "GRANT", OPINION, "Đã sửa"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassedInOrder("Task_ReviewDossier", "Task_ApproveResult", "End_Processed",
                "End_Finished");
        InOrder order = inOrder(results(), lifecycle());
        order.verify(results(), times(2)).issue(any(DelegateExecution.class));
        order.verify(results()).sign(any(DelegateExecution.class), eq(LAND_OFFICE));
        order.verify(lifecycle()).status(any(DelegateExecution.class), eq("FINISHED"));
        verifyNoMoreInteractions(results());
    }

    @Test
    void aRefusalOrAStopIsNeitherIssuedNorSignedAsAnElectronicResult() {
        ProcessInstance decide = start();
        work(businessKey, "Task_ReviewDossier", SPECIALISTS, "form-review",
                withVariables(PROPOSAL, "REJECT", OPINION, "Không đủ điều kiện"));
        work(businessKey, "Task_ApproveResult", LEADERS, "form-approve", withVariables(APPROVAL, "APPROVE"));

        assertThat(decide).isEnded().hasPassed("End_Finished");
        verifyNoMoreInteractions(results());
    }

    private ProcessInstance start() {
        Map<String, Object> variables = submission(businessKey, "1.012783", LAC_DUONG, "COMMUNE");
        variables.put(COMPETENT_UNIT_CODE, LAND_OFFICE);
        variables.put(SPECIALIST_GROUP, SPECIALISTS);
        variables.put(LEADER_GROUP, LEADERS);
        return runtimeService().startProcessInstanceByKey("motcua-decide", businessKey, variables);
    }
}
