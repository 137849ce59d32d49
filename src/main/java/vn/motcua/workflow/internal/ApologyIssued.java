package vn.motcua.workflow.internal;

import vn.motcua.catalog.ProcessVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierRuleViolation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Issues the apology with a new appointment date (form 04) when the leader completes the apology task:
 * {@code newDueDate} is the day the form's date field wrote (YYYY-MM-DD); the due time of day is kept.
 *
 * <p>A listener class rather than a method expression, so that a rejected input reaches the engine's REST
 * API unwrapped: a form validation exception, which Tasklist shows as a 400 with this message, and the task
 * stays open with nothing changed.
 */
@Component("apologyIssued")
class ApologyIssued implements ExecutionListener {

    private final DossierProgress progress;

    ApologyIssued(DossierProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UUID dossierId = UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
        Object newDueDate = execution.getVariable(ProcessVariables.NEW_DUE_DATE);
        Object reason = execution.getVariable(ProcessVariables.APOLOGY_REASON);
        LocalDateTime newDue;
        try {
            newDue = LocalDate.parse(String.valueOf(newDueDate).substring(0, 10))
                    .atTime(progress.dueAt(dossierId).toLocalTime());
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new FormFieldValidationException(ProcessVariables.NEW_DUE_DATE,
                    "Ngày hẹn mới không hợp lệ / The new appointment date is not a date: " + newDueDate);
        }
        try {
            progress.apologise(dossierId, newDue, reason == null ? null : reason.toString(),
                    DossierLifecycle.activityName(execution), DossierLifecycle.actor(execution));
        } catch (DossierRuleViolation e) {
            throw new FormFieldValidationException(ProcessVariables.NEW_DUE_DATE, e.getMessage());
        }
    }
}
