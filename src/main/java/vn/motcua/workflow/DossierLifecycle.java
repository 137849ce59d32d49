package vn.motcua.workflow;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierRuleViolation;
import vn.motcua.dossier.DossierStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The BPMN contract of the shared lifecycle: models call this bean as {@code ${dossierLifecycle...}} from
 * execution listeners, so the dossier's status and timeline move in the engine's own transaction.
 * It only translates engine terms into the dossier module's use case; no procedure-specific logic here.
 */
@Component("dossierLifecycle")
public class DossierLifecycle {

    static final String SYSTEM_ACTOR = "system";

    private final DossierProgress progress;

    public DossierLifecycle(DossierProgress progress) {
        this.progress = progress;
    }

    /** Moves the dossier to {@code status} (a {@link DossierStatus} name) and records it on the timeline. */
    public void status(DelegateExecution execution, String status) {
        progress.changeStatus(dossierId(execution), DossierStatus.valueOf(status), activityName(execution), actor(execution));
    }

    /** As {@link #status(DelegateExecution, String)}, with what the officer wrote for the applicant (reasons, requests). */
    public void status(DelegateExecution execution, String status, Object note) {
        progress.changeStatus(dossierId(execution), DossierStatus.valueOf(status), activityName(execution),
                actor(execution), note == null ? null : note.toString());
    }

    /**
     * Issues the apology with a new appointment date (form 04): {@code newDueDate} is the day (YYYY-MM-DD, as the
     * form's date field writes it); the new due time is the office's closing time of that day.
     */
    public void apologise(DelegateExecution execution, Object newDueDate, Object reason) {
        try {
            LocalDateTime newDue = LocalDate.parse(String.valueOf(newDueDate).substring(0, 10))
                    .atTime(progress.dueAt(dossierId(execution)).toLocalTime());
            progress.apologise(dossierId(execution), newDue, reason == null ? null : reason.toString(),
                    activityName(execution), actor(execution));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new BadUserRequestException("Ngày hẹn mới không hợp lệ / The new appointment date is not a date: " + newDueDate);
        } catch (DossierRuleViolation e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }

    /** Warns the responsible officers that the due date is near (recorded on the internal timeline). */
    public void warnOverdue(DelegateExecution execution) {
        progress.warnOverdue(dossierId(execution), activityName(execution), actor(execution));
    }

    /** Hands the dossier over to {@code unitCode}, recorded as a process-control entry (form 06). */
    public void handOver(DelegateExecution execution, String unitCode) {
        progress.handOver(dossierId(execution), unitCode, activityName(execution), actor(execution));
    }

    /** Records that another agency is consulted (liên thông) on the dossier. */
    public void consult(DelegateExecution execution, String unitCode) {
        progress.consult(dossierId(execution), unitCode, activityName(execution), actor(execution));
    }

    private static UUID dossierId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
    }

    /** The officer whose action moved the process (Tasklist or REST login), or the engine itself (timers). */
    private static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : SYSTEM_ACTOR;
    }

    private static String activityName(DelegateExecution execution) {
        String name = execution.getCurrentActivityName();
        return name != null ? name : execution.getCurrentActivityId();
    }
}
