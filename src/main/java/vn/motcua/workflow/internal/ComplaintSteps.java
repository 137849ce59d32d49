package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.feedback.Complaints;

import java.util.Date;
import java.util.UUID;

/**
 * The BPMN contract of the complaint process ({@code processes/shared/motcua-complaint.bpmn}):
 * {@code ${complaintSteps.route(execution)}} sets {@code complaintUnitCode}, {@code leaderGroup} and
 * {@code complaintDueAt}; {@code ${complaintSteps.answered(execution)}} records {@code complaintAnswer}.
 */
@Component("complaintSteps")
public class ComplaintSteps {

    static final String COMPLAINT_ID = "complaintId";

    private final Complaints complaints;

    ComplaintSteps(Complaints complaints) {
        this.complaints = complaints;
    }

    public void route(DelegateExecution execution) {
        Complaints.Routing routing = complaints.route(id(execution));
        execution.setVariable("complaintUnitCode", routing.unitCode());
        execution.setVariable("leaderGroup", routing.group());
        execution.setVariable("complaintDueAt",
                Date.from(routing.dueAt().atZone(vn.motcua.calendar.WorkingCalendar.ZONE).toInstant()));
    }

    public void answered(DelegateExecution execution) {
        Object answer = execution.getVariable("complaintAnswer");
        complaints.answered(id(execution), answer == null ? null : answer.toString(), DossierLifecycle.actor(execution));
    }

    private static UUID id(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(COMPLAINT_ID));
    }
}
