package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;
import vn.motcua.organisation.UnitRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every user task of every model, without touching the models: a task listener registered on each user task
 * when its model is parsed. On each task event (create, assignment, complete, delete) it writes an audit row
 * ({@code TASK_CREATED}, {@code TASK_ASSIGNED}, {@code TASK_COMPLETED}, {@code TASK_DELETED}) in the engine's
 * transaction: a completion that fails and rolls back leaves no row. The actor is the engine's authenticated user (Tasklist, REST), else the officer of the app's API request, else
 * {@code system} (timers).
 */
@Component
class TaskEvents extends AbstractProcessEnginePlugin {

    private final AuditTrail audit;

    TaskEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener listener = this::notify;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                        TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
                    definition.addBuiltInTaskListener(event, listener);
                }
            }
        });
    }

    void notify(DelegateTask task) {
        Set<UnitRole> candidates = candidateUnitRoles(task);
        String unitCode = candidates.stream().map(UnitRole::unitCode).findFirst().orElse(null);
        String dossier = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String detail = task.getTaskDefinitionKey() + " «" + task.getName() + "»"
                + (dossier == null ? "" : "; hồ sơ / dossier " + dossier)
                + (task.getAssignee() == null ? "" : "; người xử lý / assignee " + task.getAssignee())
                + (candidates.isEmpty() ? "" : "; nhóm / groups " + candidates.stream().map(UnitRole::groupId).toList());
        audit.record(actor(), "TASK_" + action(task.getEventName()), "TASK", task.getId(), unitCode, detail);
    }

    private static String action(String event) {
        return switch (event) {
            case TaskListener.EVENTNAME_CREATE -> "CREATED";
            case TaskListener.EVENTNAME_ASSIGNMENT -> "ASSIGNED";
            case TaskListener.EVENTNAME_COMPLETE -> "COMPLETED";
            case TaskListener.EVENTNAME_DELETE -> "DELETED";
            default -> event.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** The unit roles among the task's candidate groups ({@code <unit code>:receiver}). */
    static Set<UnitRole> candidateUnitRoles(DelegateTask task) {
        Set<UnitRole> roles = new TreeSet<>(java.util.Comparator.comparing(UnitRole::groupId));
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                UnitRole.fromGroupId(link.getGroupId()).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static String actor() {
        String engineUser = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
        if (engineUser != null) {
            return engineUser;
        }
        String requestUser = AuditTrail.currentActor();
        return AuditTrail.ANONYMOUS.equals(requestUser) ? AuditTrail.SYSTEM : requestUser;
    }
}
