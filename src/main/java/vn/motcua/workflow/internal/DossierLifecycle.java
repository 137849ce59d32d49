package vn.motcua.workflow.internal;

import vn.motcua.catalog.ProcessVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierStatus;

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

    /** Warns the responsible officers that the due date is near (recorded on the internal timeline). */
    public void warnOverdue(DelegateExecution execution) {
        progress.warnOverdue(dossierId(execution), activityName(execution), actor(execution));
    }

    /** Hands the dossier over to {@code unitCode}, recorded as a process-control entry (form 06). */
    public void handOver(DelegateExecution execution, String unitCode) {
        progress.handOver(dossierId(execution), unitCode, activityName(execution), actor(execution));
    }

    /** The result goes back from the competent unit to the receiving point {@code unitCode} (form 06, return leg). */
    public void handBack(DelegateExecution execution, String unitCode) {
        progress.handBack(dossierId(execution), unitCode, activityName(execution), actor(execution));
    }

    /**
     * The return point {@code unitCode} handed the result to the public postal service with tracking number
     * {@code trackingNumber}: a leg of form 06, seen in tracking.
     */
    public void resultPosted(DelegateExecution execution, String unitCode, Object trackingNumber) {
        String number = trackingNumber == null ? "" : trackingNumber.toString().strip();
        progress.record(dossierId(execution), "POSTED", unitCode,
                "Số hiệu bưu gửi: " + number + " / Postal tracking number: " + number, activityName(execution), actor(execution));
    }

    /** Records the consulted agency's answer on the timeline. */
    public void consultAnswered(DelegateExecution execution, String unitCode, Object opinion) {
        progress.record(dossierId(execution), "CONSULT_ANSWER", unitCode, opinion == null ? null : opinion.toString(),
                activityName(execution), actor(execution));
    }

    /** Records that a consulted agency did not answer in time (its own deadline, motcua.deadlines.consultation). */
    public void consultationOverdue(DelegateExecution execution, String unitCode) {
        progress.record(dossierId(execution), "WARNING", unitCode,
                "Cơ quan được lấy ý kiến chưa trả lời đúng hạn / The consulted agency has not answered in time",
                activityName(execution), SYSTEM_ACTOR);
    }

    /** Records that another agency is consulted (liên thông) on the dossier. */
    public void consult(DelegateExecution execution, String unitCode) {
        progress.consult(dossierId(execution), unitCode, activityName(execution), actor(execution));
    }

    private static UUID dossierId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
    }

    /** The officer whose action moved the process (Tasklist or REST login), or the engine itself (timers). */
    static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : SYSTEM_ACTOR;
    }

    static String activityName(DelegateExecution execution) {
        String name = execution.getCurrentActivityName();
        return name != null ? name : execution.getCurrentActivityId();
    }
}
