package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The open tasks of some candidate groups, oldest first, with their dossier codes, in one query over the engine's
 * public schema ({@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}, {@code ACT_RU_EXECUTION}). The engine's task query
 * for the same list selects {@code distinct} over every column of all the groups' tasks before it sorts and cuts,
 * and the dossier codes then need a process-instance query over the listed ids: a leader's list of a unit with
 * 2,000 open tasks took seconds at the province's size (BENCHMARKS.md "Task lists at province scale"). Here the
 * groups' identity links pick the tasks ({@code ACT_IDX_IDENT_LNK_GROUP}), each task and its process instance are
 * read by primary key. The sort key is written {@code coalesce(CREATE_TIME_, CREATE_TIME_)} so that no plan can walk
 * the engine's index on the creation time instead: PostgreSQL did, expecting the unit's tasks among the first it
 * met, and probed 67,000 of the province's 100,000 tasks to find a unit's 500 oldest (685 ms; from the unit's
 * identity links, 40 ms). Same rows as {@code taskCandidateGroupIn(groups).includeAssignedTasks()
 * .orderByTaskCreateTime().asc().listPage(0, limit)} without an authenticated user (the app's own queries run
 * without the engine's authorization check; the caller checks the leader).
 */
@Component
class UnitTasks {

    private final JdbcClient jdbc;

    UnitTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String id, String name, String taskDefinitionKey, String dossierCode, String assignee, String owner,
               Instant createdAt, Instant dueAt) {
    }

    List<Row> oldest(List<String> groups, int limit) {
        return jdbc.sql("""
                        select T.ID_, T.NAME_, T.TASK_DEF_KEY_, P.BUSINESS_KEY_, T.ASSIGNEE_, T.OWNER_, T.CREATE_TIME_, T.DUE_DATE_
                        from ACT_RU_TASK T
                        left join ACT_RU_EXECUTION P on P.ID_ = T.PROC_INST_ID_
                        where T.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
                                        where I.TYPE_ = :type and I.GROUP_ID_ in (:groups))
                        order by coalesce(T.CREATE_TIME_, T.CREATE_TIME_), T.ID_
                        fetch first :limit rows only""")
                .param("type", IdentityLinkType.CANDIDATE)
                .param("groups", groups)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
