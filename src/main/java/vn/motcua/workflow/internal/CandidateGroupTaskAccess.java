package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Task lists of a candidate group without the engine's per-row authorization join (issue 14 item 7, issue 19;
 * BENCHMARKS.md "Task lists at province scale").
 * <p>
 * The access model (see {@link EngineAccess}): a unit role's group gets READ and TASK_WORK on each task it is a
 * candidate of, as one authorization row per task and group ({@code default-user-permission-name-for-task}), so a
 * group of a busy unit holds thousands of rows. The engine checks a task query by joining every task with the
 * user's authorization rows on {@code RESOURCE_ID_ IN (task id, definition key, '*')}, a condition PostgreSQL can
 * neither hash nor merge: the list and count of a group's 2,000 tasks compared each task with each of the group's
 * 2,000 rows, seconds per request at the province's size.
 * <p>
 * A query that only asks for tasks one of the user's own groups is a candidate of can skip that join: each such task
 * has, by the rule above, a READ row for that group, so the join removes no row (the result is the same set). Only
 * that shape is answered without the join: candidate groups given (Tasklist's "my units' tasks" filter, the group
 * lists), every one of them a group of the authenticated user, no candidate user, no "group like", no "or" query.
 * The engine's other per-request scan of the authorizations is skipped too ({@link Manager#filterAuthenticatedGroupIds}).
 * <p>
 * The variables Tasklist shows in each row of such a list (the filter's {@code rowDossierCode}, …: the HAL page's
 * variable query, by scope ids) are read without the join too, when every scope asked for is one of those tasks or
 * its execution or process instance, each task having one of the user's groups (or a group of a unit the user leads)
 * as a candidate ({@link #ownCandidateTaskScopes}, one indexed query on the page's few ids). The user may read those
 * variables anyway: READ on a task lets its variables be read, those of its process included ({@code GET
 * /task/{id}/variables}), so the skip changes the cost, not what can be read. At the province's size the join made
 * this the page's slowest query (60 variables × the group's 2,000 grants, 36 ms).
 * <p>
 * A task asked for by its id alone (every call that names a task, {@code task/{id}/…}, is first checked by {@link
 * AddressedResourceGuard}'s query by id; Tasklist opens a task by id) skips the join the same way when that task has one
 * of those groups as a candidate ({@link #ownCandidateTaskById}): with 14,000 open tasks in a receivers' group, the
 * engine's join made that check 31 ms, the largest wait of a claim and a complete (BENCHMARKS.md, issue 19).
 * <p>
 * Everything else (another unit's task by id, claim, complete, a variable query by other scopes, another group's list, an
 * assignee's list) keeps the engine's check unchanged: a list of a group the user does not belong to still comes back empty, and the access
 * matrix ({@code AccessMatrixOnPostgresTest}) proves no cross-unit read.
 * <p>
 * A unit's leaders are covered the same way: {@link TaskListRows} gives the leader group of every unit among a
 * task's candidate groups READ on that task when it is created, so a query for the candidate groups of the units
 * the user leads ({@code <unit>:receiver}, {@code :specialist}, {@code :leader}; the filter expression
 * {@code ${currentUserUnitGroups()}} of the leaders' Tasklist filter) returns only tasks the leader may read. The
 * leaders' filter used to be a query without a candidate restriction, answered by the engine's join of every open
 * task of the province with the leader's grants: 100,000 × 2,000 pairs, minutes per request
 * (BENCHMARKS.md "Task lists at province scale").
 */
@Component
public class CandidateGroupTaskAccess extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        // replaces the engine's AuthorizationManager factory (custom factories are registered after the defaults)
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            configuration.getExpressionManager().addFunction(CURRENT_USER_UNIT_GROUPS,
                    CandidateGroupTaskAccess.class.getMethod(CURRENT_USER_UNIT_GROUPS));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The filter expression function of the leaders' Tasklist filter. */
    static final String CURRENT_USER_UNIT_GROUPS = "currentUserUnitGroups";

    /**
     * Every role group of the units the authenticated user leads (never empty: a user who leads no unit gets a
     * group no task has, so the list is empty rather than unrestricted).
     */
    public static List<String> currentUserUnitGroups() {
        List<String> groups = unitGroupsLedBy(CommandContextFunctions.currentUserGroups());
        return groups.isEmpty() ? List.of(NO_UNIT) : groups;
    }

    static final String NO_UNIT = "-:-";

    /** The role groups of the units whose leader group is among these groups. */
    static List<String> unitGroupsLedBy(List<String> userGroups) {
        Set<String> groups = new LinkedHashSet<>();
        if (userGroups != null) {
            userGroups.stream().map(UnitRole::fromGroupId).flatMap(java.util.Optional::stream)
                    .filter(r -> r.role() == Role.LEADER)
                    .forEach(led -> java.util.Arrays.stream(Role.values()).filter(Role::unitScoped)
                            .forEach(role -> groups.add(new UnitRole(led.unitCode(), role).groupId())));
        }
        return new ArrayList<>(groups);
    }

    /**
     * True when every task the query can return has, as a candidate group, one of the user's groups or a role group
     * of a unit the user leads (each such task carries a READ grant of that group or of the unit's leaders).
     */
    static boolean ownCandidateGroupsOnly(TaskQueryImpl query, List<String> userGroups) {
        if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroupLike() != null
                || userGroups == null || userGroups.isEmpty()) {
            return false;
        }
        List<String> groups = query.getCandidateGroups();
        if (groups == null || groups.isEmpty()) {
            return false;
        }
        return readableCandidateGroups(userGroups).containsAll(groups);
    }

    /**
     * True when the query asks for one task by its id and nothing that could widen it (a single query, no "or"), and
     * that task has one of the user's groups, or a role group of a unit the user leads, as a candidate group.
     */
    static boolean ownCandidateTaskById(TaskQueryImpl query, List<String> userGroups) {
        return query.getQueries().size() == 1 && query.getTaskId() != null
                && ownCandidateTaskScopes(new String[] {query.getTaskId()}, userGroups);
    }

    /**
     * Turns the join off as the engine's SQL mapping reads it: MyBatis asks {@code authCheck.shouldPerformAuthorizatioCheck}
     * through {@link AuthorizationCheck#getShouldPerformAuthorizatioCheck()}, which is computed from the check being
     * enabled (and having permission checks), not from the field {@code setShouldPerformAuthorizatioCheck} sets. Setting
     * only that field left the join in every query (found in the query log at 100,000 open tasks, 2026-12-03).
     */
    static void withoutJoin(AuthorizationCheck check) {
        check.setAuthorizationCheckEnabled(false);
        check.setShouldPerformAuthorizatioCheck(false);
    }

    /**
     * The candidate groups whose tasks the user may read by the access model: the user's own groups and the role
     * groups of the units the user leads.
     */
    static Set<String> readableCandidateGroups(List<String> userGroups) {
        Set<String> groups = new LinkedHashSet<>(userGroups);
        groups.addAll(unitGroupsLedBy(userGroups));
        return groups;
    }

    /** Above this many scope ids a variable query keeps the engine's check (a page of Tasklist asks for about 30). */
    static final int MAX_SCOPES_CHECKED = 500;

    /**
     * True when every scope id is a task that has one of the user's groups, or a role group of a unit the user leads,
     * as a candidate group, or the execution or process instance of such a task. Read on the command's own connection.
     */
    static boolean ownCandidateTaskScopes(String[] scopeIds, List<String> userGroups) {
        if (scopeIds == null || scopeIds.length == 0 || scopeIds.length > MAX_SCOPES_CHECKED || userGroups == null
                || userGroups.isEmpty()) {
            return false;
        }
        Set<String> groups = readableCandidateGroups(userGroups);
        Set<String> wanted = new HashSet<>(Arrays.asList(scopeIds));
        CommandContext context = Context.getCommandContext();
        String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        String sql = "select T.ID_, T.EXECUTION_ID_, T.PROC_INST_ID_ from " + prefix + "ACT_RU_TASK T where T.ID_ in ("
                + placeholders(wanted.size()) + ") and exists (select 1 from " + prefix + "ACT_RU_IDENTITYLINK L"
                + " where L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ in (" + placeholders(groups.size()) + "))";
        Set<String> covered = new HashSet<>();
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (String id : wanted) {
                statement.setString(i++, id);
            }
            for (String group : groups) {
                statement.setString(i++, group);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    covered.add(rows.getString(1));
                    covered.add(rows.getString(2));
                    covered.add(rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the candidate groups of the tasks asked for", e);
        }
        return covered.containsAll(wanted);
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static final class Manager extends AuthorizationManager {

        /**
         * The engine narrows the user's groups to those that hold any authorization, asking for that with
         * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command: a scan of every row (one per
         * open task and group, hundreds of thousands at the province's size) in every authorized request. A group
         * without rows matches no row in the check anyway, so the user's groups are used as they are.
         */
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
            super.configureVariableInstanceQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                    && ownCandidateTaskScopes(query.getVariableScopeIds(), check.getAuthGroupIds())) {
                withoutJoin(check);
            }
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                    && (ownCandidateGroupsOnly(query, check.getAuthGroupIds())
                    || ownCandidateTaskById(query, check.getAuthGroupIds()))) {
                withoutJoin(check);
            }
        }
    }
}
