package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;

import java.util.List;
import java.util.Map;

/**
 * What each role may do in the engine (Camunda authorizations are on), set up idempotently at start-up:
 * <ul>
 *   <li>unit roles: a group per unit role ({@link #ensureUnitRoleGroup}) with access to Tasklist; the engine grants a
 *       candidate group READ and TASK_WORK on each of its tasks ({@code default-user-permission-name-for-task}), so an
 *       officer sees, claims and completes only the tasks of their own unit and role and can hand them to nobody:
 *       a leader sees the whole unit's tasks and reassigns them through the app's audited API
 *       ({@code /api/v1/tasks}), not through the engine;</li>
 *   <li>analysts ({@code motcua:analyst}): Cockpit; deploy, read and delete deployments; read process and decision
 *       definitions; no process instance, task, history or variable: no personal data;</li>
 *   <li>auditors ({@code motcua:auditor}): Cockpit and Admin; READ on everything, history included; no update,
 *       create or delete anywhere;</li>
 *   <li>administrators: Camunda's {@code camunda-admin} group, all permissions (set up by the Camunda starter);</li>
 *   <li>the Tasklist filter "my units' tasks" (candidate groups of the user), which everyone may use.</li>
 * </ul>
 */
@Component
public class EngineAccess implements InitializingBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineAccess.class);

    static final String UNIT_FILTER_NAME = "Việc của đơn vị tôi";
    /** The name the filter had before; an existing installation's filter is renamed and updated in place. */
    static final String OLD_UNIT_FILTER_NAME = "Việc của đơn vị tôi / My units' tasks";

    /** Camunda's administrators' group (the starter's {@code admin-user} belongs to it). */
    static final String ADMINISTRATORS = "camunda-admin";

    /** The leaders' filter: every open task of the leader's units, with who holds each (Tasklist shows the assignee). */
    static final String UNIT_LEADER_FILTER_NAME = "Việc đang xử lý của đơn vị";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    EngineAccess(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void afterPropertiesSet() {
        String analyst = Role.ANALYST.provinceGroupId();
        ensureGroup(analyst, "Phân tích nghiệp vụ (toàn tỉnh) / Analysts", "SYSTEM");
        grant(analyst, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(analyst, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(analyst, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
        grant(analyst, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(analyst, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);

        String auditor = Role.AUDITOR.provinceGroupId();
        ensureGroup(auditor, "Kiểm tra, giám sát (toàn tỉnh) / Auditors", "SYSTEM");
        grant(auditor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(auditor, Resources.APPLICATION, "admin", Permissions.ACCESS);
        grant(auditor, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(auditor, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ);
        grant(auditor, Resources.TASK, Authorization.ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE,
                TaskPermissions.READ_HISTORY);
        grant(auditor, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
        grant(auditor, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
        grant(auditor, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        grant(auditor, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(auditor, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(auditor, Resources.BATCH, Authorization.ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
        grant(auditor, Resources.OPERATION_LOG_CATEGORY, Authorization.ANY, UserOperationLogCategoryPermissions.READ);
        for (Resource resource : new Resource[] {Resources.USER, Resources.GROUP, Resources.AUTHORIZATION, Resources.TENANT,
                Resources.FILTER, Resources.REPORT, Resources.DASHBOARD}) {
            grant(auditor, resource, Authorization.ANY, Permissions.READ);
        }

        withoutPersonalData(ADMINISTRATORS);

        ensureUnitTaskFilter();
        ensureLeaderFilter();
        warnAboutRevokes();
    }

    /**
     * Administrators operate processes (Cockpit, Admin: instances, incidents, jobs, migration, deployments) without
     * reading or editing the applicants' personal data, which lives in process variables: the engine runs with
     * {@code enforce-specific-variable-permission}, so reading a variable needs READ_*_VARIABLE (READ_VARIABLE on a
     * task) and editing one UPDATE_*_VARIABLE or UPDATE on the instance; the administrators' grants (ALL on every
     * resource, from the starter) are narrowed to everything but those. An administrator who must read them also holds
     * the auditor role ({@code motcua:auditor}). Cockpit then shows the instances and their state, with no variable.
     */
    private void withoutPersonalData(String groupId) {
        narrow(groupId, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_TASK);
        narrow(groupId, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.UPDATE_VARIABLE);
        narrow(groupId, Resources.TASK, TaskPermissions.READ_VARIABLE, TaskPermissions.UPDATE_VARIABLE, TaskPermissions.UPDATE);
        narrow(groupId, Resources.HISTORIC_TASK, HistoricTaskPermissions.READ_VARIABLE);
    }

    /** The group's grant on every resource of a type, without these permissions (made so if the group has none). */
    private void narrow(String groupId, Resource resource, Permission... without) {
        Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(Authorization.ANY).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.ALL);
        }
        boolean changed = false;
        for (Permission permission : without) {
            if (grant.isPermissionGranted(permission)) {
                grant.removePermission(permission);
                changed = true;
            }
        }
        if (changed || grant.getId() == null) {
            authorizations.saveAuthorization(grant);
        }
    }

    /**
     * The engine runs with {@code authorization-check-revokes: never} (application.yaml): this model only grants, so
     * a REVOKE row someone made in Camunda Admin would be ignored. Said at start-up so it does not go unnoticed.
     */
    private void warnAboutRevokes() {
        long revokes = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
        if (revokes > 0) {
            log.warn("{} REVOKE authorizations exist but the engine ignores them (authorization-check-revokes: never);"
                    + " remove them, or set the property to auto", revokes);
        }
    }

    /** The group of a unit role, with access to Tasklist; created the first time the role is used. */
    public void ensureUnitRoleGroup(UnitRole unitRole, String unitName) {
        String groupId = unitRole.groupId();
        ensureGroup(groupId, unitRole.role().labelVi() + " - " + unitName, "WORKFLOW");
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (unitRole.role() == Role.LEADER) {
            Filter leaders = filters.createFilterQuery().filterName(UNIT_LEADER_FILTER_NAME).singleResult();
            if (leaders != null) {
                grant(groupId, Resources.FILTER, leaders.getId(), Permissions.READ);
            }
        }
    }

    /**
     * The unit's leaders see an officer of the unit by name: Tasklist shows who holds each task of the leaders' filter
     * (and whom a task was just handed to) from the holder's profile, which the engine shows only with READ on that
     * user; without it the leader read "xuanhuong.tiepnhan" instead of "Lan Nguyễn Thị". One grant per officer of the
     * unit, to the unit's leader group only: no officer's profile is readable from another unit.
     */
    public void showToUnitLeaders(String userId, UnitRole unitRole) {
        grant(new UnitRole(unitRole.unitCode(), Role.LEADER).groupId(), Resources.USER, userId, Permissions.READ);
    }

    /** The officer no longer works in the unit (no role of it left): its leaders no longer read the profile. */
    public void hideFromUnitLeaders(String userId, UnitRole unitRole) {
        boolean stillInUnit = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> UnitRole.fromGroupId(g.getId())).flatMap(java.util.Optional::stream)
                .anyMatch(r -> r.unitCode().equals(unitRole.unitCode()));
        if (stillInUnit) {
            return;
        }
        String leaders = new UnitRole(unitRole.unitCode(), Role.LEADER).groupId();
        authorizations.createAuthorizationQuery().groupIdIn(leaders).resourceType(Resources.USER).resourceId(userId).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    private void ensureGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    /** Adds a grant unless the group already has one on this resource (an administrator may have tuned it). */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /**
     * The leaders' filter: the open tasks of the units the user leads, assigned or not; a unit's leader group may
     * read every task of its unit ({@link TaskListRows}), so a leader sees the whole unit's work with the assignee,
     * and can hand a task to another officer of the unit.
     * Only leader groups may use it ({@link #ensureUnitRoleGroup}); it lists the tasks whose candidate groups are
     * the role groups of the units the user leads (an administrator who leads none sees an empty list).
     */
    private void ensureLeaderFilter() {
        Filter filter = filters.createFilterQuery().filterName(UNIT_LEADER_FILTER_NAME).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(UNIT_LEADER_FILTER_NAME);
        }
        // the candidate groups of the units the user leads: a list by those groups' identity links, not the engine's
        // join of every open task of the province with the leader's grants (CandidateGroupTaskAccess)
        filter.setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression(
                        "${" + CandidateGroupTaskAccess.CURRENT_USER_UNIT_GROUPS + "()}")
                        .includeAssignedTasks().orderByDueDate().asc())
                .setProperties(Map.of("priority", -5, "description",
                        "Mọi việc đang mở của đơn vị tôi và người đang giữ từng việc (dành cho lãnh đạo)", "refresh", true,
                        "variables", TaskListRows.ROW_VARIABLES, "showUndefinedVariable", false));
        filters.saveFilter(filter);
        // the leader groups that exist already (later ones get it in ensureUnitRoleGroup)
        String filterId = filter.getId();
        for (Group group : identity.createGroupQuery().groupType("WORKFLOW").list()) {
            UnitRole.fromGroupId(group.getId()).filter(r -> r.role() == Role.LEADER)
                    .ifPresent(r -> grant(group.getId(), Resources.FILTER, filterId, Permissions.READ));
        }
    }

    /** Creates the officers' filter, or brings an existing one (also under its old name) up to date. */
    private void ensureUnitTaskFilter() {
        Filter filter = filters.createFilterQuery().filterName(UNIT_FILTER_NAME).singleResult();
        if (filter == null) {
            filter = filters.createFilterQuery().filterName(OLD_UNIT_FILTER_NAME).singleResult();
        }
        boolean created = filter == null;
        if (created) {
            filter = filters.newTaskFilter(UNIT_FILTER_NAME);
        }
        filter.setName(UNIT_FILTER_NAME)
                // the step's deadline first: what is due soonest is at the top (REST callers; Tasklist's own default
                // sorting is set by scripts/motcua-list.js)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc())
                .setProperties(Map.of("priority", -10, "description",
                        "Việc chờ xử lý của các đơn vị và vai trò của tôi, hạn gần nhất trước", "refresh", true,
                        "variables", TaskListRows.ROW_VARIABLES, "showUndefinedVariable", false));
        filters.saveFilter(filter);
        if (!created) {
            return;
        }
        Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
