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
     * Where a dossier received at {@code receivingPoint} is settled: the procedure's authority decision names the kind
     * of body and the commune whose body it is (from the receiving point and the place inputs of {@code formData},
     * {@link vn.motcua.catalog.ProcessVariables#PLACE_INPUTS}), and the province's organisation says which unit that is.
     */
    Routing route(Procedure procedure, Unit receivingPoint, Map<String, Object> formData);

    /**
     * @param outcome     {@link Outcome#ROUTED}, or why not
     * @param bodyKind    the kind of competent body the decision named ({@code null} when no rule matched)
     * @param communeCode the commune whose body it is
     * @param unitCode    the competent unit when routed
     */
    record Routing(Outcome outcome, String bodyKind, String communeCode, String unitCode) {

        public enum Outcome {
            ROUTED,
            /** No rule of the decision matched: this point does not receive the procedure. */
            NOT_RECEIVED_HERE,
            /** The decision named a kind and commune, but no unit of that kind serves the commune. */
            NO_UNIT_SERVES
        }

        public Optional<String> unit() {
            return Optional.ofNullable(unitCode);
        }
    }

    /** Starts the procedure's process for a new dossier; returns the process instance id. */
    String start(Procedure procedure, NewDossier dossier);

    /** Tells the waiting process that the applicant brought the requested supplement; false if none was awaited. */
    boolean supplementReceived(String dossierCode);

    /**
     * Tells the dossier's process where the result is returned ({@link ResultReturn}): the shared return model reads
     * it when the result is ready. {@code returnPointCode} is the receiving point that hands it over.
     */
    void resultReturnChosen(String dossierCode, ResultReturn choice, String returnPointCode);

    /** Tells the dossier's process that the applicant asks to withdraw; false if the process no longer listens. */
    boolean withdrawalRequested(String dossierCode, String reason);

    /** Names a form field may not take, because the shared lifecycle's variables use them. */
    Set<String> reservedNames();

    /**
     * @param dossierData     the form data as text for the officers' task forms ("label: value" lines)
     * @param attachmentNames the attached files as text for the officers' task forms (one per line)
     * @param applicantIdNumber the applicant's ID number, so that officers find the dossier by it in Tasklist; may be null
     * @param attachmentLinks the attached files as Markdown links that open them in the officer's browser; may be null
     * @param resultReturn    where the applicant receives the result, as chosen at submission, which the process holds
     *                        from its start ({@link #resultReturnChosen} changes it later); null, or at the receiving
     *                        point: no variable, the shared return model's default
     */
    record NewDossier(UUID id, String code, Unit receivingPoint, Channel channel, String applicantName,
                      LocalDateTime dueAt, Map<String, Object> formData, String dossierData, String attachmentNames,
                      String applicantIdNumber, String attachmentLinks, ResultReturn resultReturn) {

        /** Without the applicant's ID number and result-return choice (dossiers made by tools and tests). */
        public NewDossier(UUID id, String code, Unit receivingPoint, Channel channel, String applicantName,
                          LocalDateTime dueAt, Map<String, Object> formData, String dossierData, String attachmentNames) {
            this(id, code, receivingPoint, channel, applicantName, dueAt, formData, dossierData, attachmentNames, null, null,
                    null);
        }
    }
}
