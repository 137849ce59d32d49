package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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
 * Everything else (a task by id, claim, complete, variables, another group's list, an assignee's list) keeps the
 * engine's check unchanged: a list of a group the user does not belong to still comes back empty, and the access
 * matrix ({@code AccessMatrixOnPostgresTest}) proves no cross-unit read.
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

    /** True when every task the query can return has one of the user's groups as a candidate group. */
    static boolean ownCandidateGroupsOnly(TaskQueryImpl query, List<String> userGroups) {
        if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroupLike() != null
                || userGroups == null || userGroups.isEmpty()) {
            return false;
        }
        List<String> groups = query.getCandidateGroups();
        return groups != null && !groups.isEmpty() && userGroups.containsAll(groups);
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
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (check.shouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                    && ownCandidateGroupsOnly(query, check.getAuthGroupIds())) {
                check.setShouldPerformAuthorizatioCheck(false);
            }
        }
    }
}
