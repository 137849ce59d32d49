package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.UnitRole;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate groups of many tasks in one query. The engine's API reads them one task at a time
 * ({@code TaskService.getIdentityLinksForTask}): for a leader's list of 500 tasks that was 500 queries (BENCHMARKS.md,
 * "Load at province scale"). Reads the engine's identity-link table, which is part of its public schema.
 */
@Component
class CandidateGroups {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CandidateGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Task id to the unit roles that are its candidate groups; tasks without any are left out. */
    Map<String, Set<UnitRole>> of(Collection<String> taskIds) {
        Map<String, Set<UnitRole>> byTask = new HashMap<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = :type and GROUP_ID_ is not null "
                            + "and TASK_ID_ in (:ids)")
                    .param("type", IdentityLinkType.CANDIDATE)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(link -> UnitRole.fromGroupId(link.getValue()).ifPresent(role ->
                            byTask.computeIfAbsent(link.getKey(), k -> new HashSet<>()).add(role)));
        }
        return byTask;
    }
}
