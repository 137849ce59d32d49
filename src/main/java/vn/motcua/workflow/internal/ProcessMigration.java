package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Moving the running dossiers of a procedure to a new version of its process (the engine's migration API, which
 * Cockpit's screen for it is an Enterprise feature): the plan maps every step to the step of the same id in the new
 * version; validation lists, for every step of the old version that has no counterpart, the dossiers waiting there;
 * applying migrates every dossier in one transaction, or none.
 */
@Service
class ProcessMigration {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    ProcessMigration(RepositoryService repository, RuntimeService runtime, AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** @param targetVersion null for the latest */
    record Request(String processKey, Integer sourceVersion, Integer targetVersion) {
    }

    record Mapping(String sourceActivityId, String targetActivityId) {
    }

    /** A dossier that would be stranded: it waits at a step the new version does not have. */
    record Stranded(String dossierCode, String processInstanceId, String activityId) {
    }

    /**
     * @param unmappedActivities steps of the old version without a counterpart in the new one
     * @param planProblems       what makes the plan itself invalid (a step whose kind changed...)
     */
    record Plan(String processKey, int sourceVersion, int targetVersion, int runningDossiers, List<Mapping> mappings,
                List<String> unmappedActivities, List<String> planProblems, List<Stranded> stranded) {

        boolean valid() {
            return planProblems.isEmpty() && stranded.isEmpty();
        }
    }

    record Applied(Plan plan, int migrated) {
    }

    @Transactional(readOnly = true)
    public Plan plan(Request request) {
        ProcessDefinition source = definition(request.processKey(), request.sourceVersion(), "sourceVersion");
        ProcessDefinition target = definition(request.processKey(), request.targetVersion(), "targetVersion");
        if (source.getId().equals(target.getId())) {
            throw new InvalidInputException("targetVersion", "Phiên bản đích trùng phiên bản nguồn",
                    "The target version is the source version");
        }
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
        List<String> problems = new ArrayList<>();
        List<Mapping> mappings = new ArrayList<>();
        Set<String> mapped = new TreeSet<>();
        try {
            MigrationPlan plan = build(source, target);
            for (MigrationInstruction i : plan.getInstructions()) {
                mappings.add(new Mapping(i.getSourceActivityId(), i.getTargetActivityId()));
                mapped.add(i.getSourceActivityId());
            }
        } catch (MigrationPlanValidationException e) {
            e.getValidationReport().getInstructionReports().forEach(r -> problems.add(r.getMigrationInstruction()
                    .getSourceActivityId() + ": " + String.join("; ", r.getFailures())));
        }
        Set<String> sourceActivities = repository.getBpmnModelInstance(source.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
        List<String> unmapped = problems.isEmpty()
                ? sourceActivities.stream().filter(a -> !mapped.contains(a)).toList() : List.of();
        List<Stranded> stranded = new ArrayList<>();
        if (problems.isEmpty()) {
            for (ProcessInstance instance : running) {
                for (String activity : activeActivities(runtime.getActivityInstance(instance.getId()))) {
                    if (!mapped.contains(activity)) {
                        stranded.add(new Stranded(instance.getBusinessKey(), instance.getId(), activity));
                    }
                }
            }
        }
        return new Plan(request.processKey(), source.getVersion(), target.getVersion(), running.size(), mappings, unmapped,
                problems, stranded);
    }

    /** Migrates every running dossier, or none: refused with the stranded dossiers listed when the plan is not valid. */
    @Transactional
    public Applied apply(Request request) {
        Plan plan = plan(request);
        if (!plan.valid()) {
            throw new MigrationRefusedException(plan);
        }
        ProcessDefinition source = definition(request.processKey(), request.sourceVersion(), "sourceVersion");
        ProcessDefinition target = definition(request.processKey(), request.targetVersion(), "targetVersion");
        List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
                .map(ProcessInstance::getId).toList();
        if (!ids.isEmpty()) {
            try {
                // one engine command: every instance migrates, or the transaction rolls back and none does
                runtime.newMigration(build(source, target)).processInstanceIds(ids).execute();
            } catch (MigratingProcessInstanceValidationException e) {
                throw new MigrationRefusedException(plan);
            }
        }
        audit.record("PROCESS_MIGRATION", "PROCESS", request.processKey(), null, "v" + plan.sourceVersion() + " -> v"
                + plan.targetVersion() + ": " + ids.size() + " dossiers; mappings " + plan.mappings().size());
        return new Applied(plan, ids.size());
    }

    private MigrationPlan build(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
    }

    private static Set<String> activeActivities(ActivityInstance tree) {
        Set<String> ids = new TreeSet<>();
        collect(tree, ids);
        return ids;
    }

    private static void collect(ActivityInstance instance, Set<String> ids) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            ids.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ids.add(child.getActivityId());
            collect(child, ids);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            ids.add(transition.getActivityId());
        }
    }

    private ProcessDefinition definition(String key, Integer version, String field) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
        ProcessDefinition d = version == null ? query.latestVersion().singleResult() : query.processDefinitionVersion(version).singleResult();
        if (d == null) {
            throw new InvalidInputException(field, "Không có quy trình " + key + (version == null ? "" : " phiên bản " + version),
                    "No process " + key + (version == null ? "" : " version " + version));
        }
        return d;
    }
}
