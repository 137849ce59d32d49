package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;

import java.util.UUID;

/**
 * The BPMN contract of the electronic result ({@code processes/shared/motcua-decide.bpmn}): {@code ${dossierResults...}}.
 * The model says when (the specialist proposes to grant: the draft is issued; the leader approves it: the system signs
 * it with the competent unit's certificate); this bean only translates engine terms into {@link ResultDocuments}.
 */
@Component("dossierResults")
public class DossierResults {

    /** Variable naming the dossier's current result document (contract with the models and forms). */
    public static final String RESULT_DOCUMENT_ID = "resultDocumentId";

    private final ResultDocuments results;
    private final DossierProgress progress;

    DossierResults(ResultDocuments results, DossierProgress progress) {
        this.results = results;
        this.progress = progress;
    }

    /**
     * The officer's draft: the PDF they uploaded for the dossier, or one generated now from the template.
     *
     * @return the document's id (also kept in {@code resultDocumentId})
     */
    public String issue(DelegateExecution execution) {
        ResultDocument doc = results.issue(code(execution), DossierLifecycle.actor(execution));
        execution.setVariable(RESULT_DOCUMENT_ID, doc.id().toString());
        return doc.id().toString();
    }

    /** The leader approved: signed with the competent unit's certificate ({@code unitCode}), verified, kept. */
    public String sign(DelegateExecution execution, String unitCode) {
        ResultDocument doc = results.sign(code(execution), unitCode, DossierLifecycle.actor(execution));
        execution.setVariable(RESULT_DOCUMENT_ID, doc.id().toString());
        progress.record(UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID)), "RESULT_SIGNED",
                null, "Kết quả điện tử đã được ký số / The electronic result was digitally signed",
                DossierLifecycle.activityName(execution), DossierLifecycle.actor(execution));
        return doc.id().toString();
    }

    private static String code(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessVariables.DOSSIER_CODE);
    }
}
