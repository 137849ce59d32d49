package vn.motcua.dossier;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Procedure;
import vn.motcua.organisation.Unit;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the dossier module needs from the process engine. Implemented by the workflow module, so the
 * dossier rules stay free of engine code.
 */
public interface DossierWorkflow {

    /**
     * Asks the procedure's authority decision where a dossier received at {@code receivingPoint} is settled.
     * Empty when no rule matches: that point does not receive this procedure.
     */
    Optional<String> competentUnit(Procedure procedure, Unit receivingPoint);

    /** Starts the procedure's process for a new dossier; returns the process instance id. */
    String start(Procedure procedure, NewDossier dossier);

    /** Tells the waiting process that the applicant brought the requested supplement; false if none was awaited. */
    boolean supplementReceived(String dossierCode);

    /** Tells the dossier's process that the applicant asks to withdraw; false if the process no longer listens. */
    boolean withdrawalRequested(String dossierCode, String reason);

    /** Names a form field may not take, because the shared lifecycle's variables use them. */
    Set<String> reservedNames();

    /**
     * @param dossierData     the form data as text for the officers' task forms ("label: value" lines)
     * @param attachmentNames the attached files as text for the officers' task forms (one per line)
     */
    record NewDossier(UUID id, String code, Unit receivingPoint, Channel channel, String applicantName,
                      LocalDateTime dueAt, Map<String, Object> formData, String dossierData, String attachmentNames) {
    }
}
