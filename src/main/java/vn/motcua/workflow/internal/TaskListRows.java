package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Tasklist needs to show and hand over a task, set on every user task of every model when it is created:
 * <ul>
 *   <li><b>the list row</b>: Tasklist reads a filter's displayed variables with a variable-instance query, which the
 *       engine's authorizations limit to the variables of tasks the officer may READ, i.e. task-local ones (a process
 *       variable needs READ on the whole process instance or definition, which officers must not have). So the
 *       dossier code, the applicant, the procedure's name and the dossier's due date (as {@code dd/MM/yyyy HH:mm})
 *       are copied onto the task as local variables ({@link #ROW_VARIABLES}); the filters display those;</li>
 *   <li><b>the unit's leader</b>: the leader group of the task's unit ({@code <unit>:leader}) may READ the task and
 *       its variables and ASSIGN it (reassign, delegate, give back) from Tasklist, without working on it;</li>
 *   <li><b>within the unit</b>: a task handed to someone else from Tasklist or the engine's API (not a claim) must
 *       go to an officer who holds one of the task's candidate groups, else the assignment is refused.</li>
 * </ul>
 * Each assignment is audited by {@link TaskEvents} ({@code TASK_ASSIGNED}, actor and new assignee).
 */
@Component
class TaskListRows extends AbstractProcessEnginePlugin {

    static final String ROW_DOSSIER_CODE = "rowDossierCode";
    static final String ROW_APPLICANT = "rowApplicant";
    static final String ROW_PROCEDURE = "rowProcedure";
    static final String ROW_DOSSIER_DUE = "rowDossierDue";

    /** The names of a task's row variables (task-local copies of the dossier's values; no history of their own). */
    static final Set<String> ROW_NAMES = Set.of(ROW_DOSSIER_CODE, ROW_APPLICANT, ROW_PROCEDURE, ROW_DOSSIER_DUE);

    /** Tasklist's displayed variables of the officers' filters: task-local name and column label. */
    static final List<Map<String, String>> ROW_VARIABLES = List.of(
            Map.of("name", ROW_DOSSIER_CODE, "label", "Mã hồ sơ"),
            Map.of("name", ROW_APPLICANT, "label", "Người nộp"),
            Map.of("name", ROW_PROCEDURE, "label", "Thủ tục"),
            Map.of("name", ROW_DOSSIER_DUE, "label", "Hạn trả hồ sơ"));

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Set<Permission> LEADER_PERMISSIONS = Set.of(Permissions.READ, TaskPermissions.READ_VARIABLE,
            TaskPermissions.TASK_ASSIGN);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener created = this::created;
        TaskListener assigned = TaskListRows::assigned;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
            }
        });
    }

    void created(DelegateTask task) {
        task.setVariablesLocal(rowValues(task));
        TaskEvents.candidateUnitRoles(task).stream().map(UnitRole::unitCode).distinct()
                .forEach(unit -> grantLeader(task.getId(), new UnitRole(unit, Role.LEADER).groupId()));
    }

    /** The row's values from the dossier's process variables (absent ones are left out). */
    static Map<String, Object> rowValues(DelegateTask task) {
        Map<String, Object> row = new LinkedHashMap<>();
        put(row, ROW_DOSSIER_CODE, task.getVariable(ProcessVariables.DOSSIER_CODE));
        put(row, ROW_APPLICANT, task.getVariable(ProcessVariables.APPLICANT_NAME));
        put(row, ROW_PROCEDURE, task.getVariable(ProcessVariables.PROCEDURE_NAME));
        if (task.getVariable(ProcessVariables.DUE_AT) instanceof Date due) {
            // stored as Timestamp.valueOf(the province's local time), i.e. in the JVM's zone: read back the same way
            row.put(ROW_DOSSIER_DUE, DAY_AND_TIME.format(new java.sql.Timestamp(due.getTime()).toLocalDateTime()));
        }
        return row;
    }

    private static void put(Map<String, Object> row, String name, Object value) {
        if (value != null) {
            row.put(name, String.valueOf(value));
        }
    }

    /**
     * The leader group's grant on the task, merged into the group's grant the engine made in this transaction when
     * the leaders are also the task's candidates (one row per group and task: the engine's unique key).
     */
    private static void grantLeader(String taskId, String groupId) {
        CommandContext context = Context.getCommandContext();
        for (AuthorizationEntity cached : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (groupId.equals(cached.getGroupId()) && taskId.equals(cached.getResourceId())
                    && cached.getResourceType() == Resources.TASK.resourceType()
                    && cached.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT) {
                LEADER_PERMISSIONS.forEach(cached::addPermission);
                return;
            }
        }
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        LEADER_PERMISSIONS.forEach(grant::addPermission);
        context.getAuthorizationManager().insert(grant);
    }

    /**
     * An assignment made by an engine user (Tasklist, REST: a claim, a reassignment, a delegation) must stay within
     * the task's unit and role: the new assignee holds one of the task's candidate groups, or is the task's owner
     * getting a delegated task back. Administrators ({@code camunda-admin}) and the app's own API (which checks the
     * same before it assigns, with no engine user) pass; so do tasks without a unit role among their candidates.
     * Refused: {@link BadUserRequestException} (the engine's REST API answers 400; Tasklist shows the message).
     */
    static void assigned(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        String actor = context == null ? null : context.getAuthenticatedUserId();
        String assignee = task.getAssignee();
        if (actor == null || assignee == null || assignee.equals(task.getOwner())) {
            return;
        }
        List<String> actorGroups = context.getAuthenticatedGroupIds();
        if (actorGroups != null && actorGroups.contains(EngineAccess.ADMINISTRATORS)) {
            return;
        }
        Set<UnitRole> roles = TaskEvents.candidateUnitRoles(task);
        if (roles.isEmpty()) {
            return;
        }
        // a claim: the officer's own groups (also those a single sign-on token gave, unknown to the identity store)
        boolean holdsRole = assignee.equals(actor)
                ? actorGroups != null && roles.stream().anyMatch(r -> actorGroups.contains(r.groupId()))
                : context.runWithoutAuthorization(() -> roles.stream().anyMatch(r ->
                        context.getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(assignee)
                                .memberOfGroup(r.groupId()).count() > 0));
        if (!holdsRole) {
            throw new BadUserRequestException("Chỉ giao được việc cho cán bộ cùng đơn vị có vai trò xử lý việc này ("
                    + String.join(", ", roles.stream().map(UnitRole::groupId).sorted().toList()) + "); " + assignee
                    + " không có vai trò đó. / A task can only be assigned to an officer of its unit who holds its role.");
        }
    }
}
