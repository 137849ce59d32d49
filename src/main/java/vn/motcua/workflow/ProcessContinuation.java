package vn.motcua.workflow;

import vn.motcua.organisation.Unit;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Continuing in the engine a dossier that was started elsewhere (an old system's dossier still in progress): its
 * procedure's process is started directly before the step the dossier had reached (process instance modification),
 * with the variables the skipped steps would have set, so officers find it in Tasklist like any other.
 */
public interface ProcessContinuation {

    /** Why the dossier cannot continue at {@code activityId} of the procedure's latest process (empty when it can). */
    Optional<String> cannotContinueAt(String processKey, String activityId);

    /** Starts the process before {@code activityId}; returns the process instance id. Joins the caller's transaction. */
    String continueAt(String processKey, String activityId, Continued dossier);

    /**
     * @param receivingPoint the unit that received it (receivers' tasks)
     * @param competentUnit  the unit that settles it (specialists' and leaders' tasks)
     * @param dueAt          the appointment date as the old system gave it
     */
    record Continued(UUID dossierId, String code, String procedureCode, String channel, String applicantName,
                     LocalDateTime dueAt, Unit receivingPoint, Unit competentUnit, String dossierData) {
    }
}
