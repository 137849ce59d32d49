package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.workflow.ProcessContinuation;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessContinuation} by the engine's process instance modification (startBeforeActivity). */
@Component
class EngineProcessContinuation implements ProcessContinuation {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    /** The activities of each deployed definition, by definition id: models are read once, not per dossier. */
    private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

    EngineProcessContinuation(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    @Override
    public Optional<String> cannotContinueAt(String processKey, String activityId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (definition == null) {
            return Optional.of("no process " + processKey + " is deployed");
        }
        BpmnModelInstance model = models.computeIfAbsent(definition.getId(), repository::getBpmnModelInstance);
        return model.getModelElementById(activityId) == null
                ? Optional.of("process " + processKey + " v" + definition.getVersion() + " has no step " + activityId)
                : Optional.empty();
    }

    @Override
    public String continueAt(String processKey, String activityId, Continued d) {
        Map<String, Object> variables = new HashMap<>(EngineDossierWorkflow.routingInputs(d.receivingPoint(), Map.of()));
        variables.put(ProcessVariables.DOSSIER_ID, d.dossierId().toString());
        variables.put(ProcessVariables.DOSSIER_CODE, d.code());
        variables.put(ProcessVariables.PROCEDURE_CODE, d.procedureCode());
        variables.put(ProcessVariables.CHANNEL, d.channel());
        variables.put(ProcessVariables.APPLICANT_NAME, d.applicantName());
        variables.put(ProcessVariables.DUE_AT, Timestamp.valueOf(d.dueAt()));
        variables.put(ProcessVariables.DOSSIER_DATA, d.dossierData());
        variables.put(ProcessVariables.ATTACHMENT_NAMES, "");
        // what Task_DetermineAuthority would have set: the old system already decided who settles the dossier
        variables.put(ProcessVariables.COMPETENT_BODY_KIND, d.competentUnit().bodyKind());
        variables.put(ProcessVariables.COMPETENT_COMMUNE_CODE, d.competentUnit().wardCode());
        variables.put(ProcessVariables.COMPETENT_UNIT_CODE, d.competentUnit().code());
        variables.put(ProcessVariables.RECEIVER_GROUP, d.receivingPoint().code() + ":receiver");
        variables.put(ProcessVariables.SPECIALIST_GROUP, d.competentUnit().code() + ":specialist");
        variables.put(ProcessVariables.LEADER_GROUP, d.competentUnit().code() + ":leader");
        return runtime.createProcessInstanceByKey(processKey)
                .businessKey(d.code())
                .setVariables(variables)
                .startBeforeActivity(activityId)
                .execute()
                .getId();
    }
}
