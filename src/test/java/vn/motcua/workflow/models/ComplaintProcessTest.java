package vn.motcua.workflow.models;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.models.ModelTestSupport.complaintSteps;
import static vn.motcua.workflow.models.ModelTestSupport.openTask;
import static vn.motcua.workflow.models.ModelTestSupport.work;

/**
 * processes/shared/motcua-complaint.bpmn: a complaint is routed (unit, its leaders, the 15-working-day deadline), the
 * unit's leaders answer it in their task with that due date, and the answer is recorded when the task completes.
 */
@ModelTest({"processes/shared/motcua-complaint.bpmn", "forms/form-complaint-answer.form"})
class ComplaintProcessTest {

    private static final String LEADERS = "H36.24781:leader";
    /** 15 working days after 03/12/2026 (the calendar is mocked: the real count is WorkingCalendar's own test). */
    private static final Date DUE = Date.from(Instant.parse("2026-12-24T10:00:00Z"));

    @BeforeEach
    void routing() {
        doAnswer(a -> {
            DelegateExecution e = a.getArgument(0);
            e.setVariable("complaintUnitCode", "H36.24781");
            e.setVariable("leaderGroup", LEADERS);
            e.setVariable("complaintDueAt", DUE);
            return null;
        }).when(complaintSteps()).route(any());
    }

    private ProcessInstance start(String code) {
        return runtimeService().startProcessInstanceByKey("motcua-complaint", code, Map.of(
                "complaintId", "00000000-0000-0000-0000-000000000001", "complaintCode", code,
                "complaintSubject", "DOSSIER", "complaintAbout", "Hồ sơ H36.24781-261203-0001",
                "complaintContent", "Quá hẹn mà chưa có kết quả"));
    }

    @Test
    void routedToTheUnitsLeadersWithTheDeadlineAndAnswered() {
        ProcessInstance complaint = start("PAKN-20261203-000001");

        assertThat(complaint).isWaitingAt("Task_AnswerComplaint");
        Task task = openTask("PAKN-20261203-000001", "Task_AnswerComplaint");
        org.assertj.core.api.Assertions.assertThat(task.getDueDate()).as("15 working days").isEqualTo(DUE);
        verify(complaintSteps(), never()).answered(any());

        work("PAKN-20261203-000001", "Task_AnswerComplaint", LEADERS, "form-complaint-answer",
                Map.of("complaintAnswer", "Hồ sơ đã được giải quyết ngày 04/12/2026; xin lỗi ông/bà vì chậm trễ."));

        assertThat(complaint).isEnded().hasPassed("Task_RouteComplaint", "Task_AnswerComplaint", "End_Answered");
        InOrder order = inOrder(complaintSteps());
        order.verify(complaintSteps()).route(any());
        order.verify(complaintSteps()).answered(any());
    }
}
