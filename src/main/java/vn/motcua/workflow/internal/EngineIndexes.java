package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import vn.motcua.database.DatabaseProduct;

/**
 * Indexes the engine's schema lacks for a catalog of thousands of definitions. Every call activity, business
 * rule task and form with {@code binding="latest"} looks up the latest version of a definition by key; without
 * an index on the key that is a scan of all definitions (on H2 a slow grouped scan), repeated several times
 * per dossier. And every task completion (and deletion) asks for the task's subtasks by {@code PARENT_TASK_ID_},
 * which has no index either: with the province's 100,000 open tasks that was a 60 ms scan of {@code ACT_RU_TASK}
 * per completion (BENCHMARKS.md, "Load at province scale"). The grants of a user are found by
 * {@code USER_ID_} in every authorization check. Created once, idempotently, after the engine has
 * created its tables.
 */
@Component
public class EngineIndexes implements InitializingBean {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists MOTCUA_IDX_PROCDEF_KEY_VER on ACT_RE_PROCDEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_DECDEF_KEY_VER on ACT_RE_DECISION_DEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_FORMDEF_KEY_VER on ACT_RE_CAMFORMDEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            // every authorization check reads the grants "USER_ID_ in (user, '*') or GROUP_ID_ in (groups)"; the engine
            // indexes GROUP_ID_ alone but USER_ID_ only behind TYPE_, so PostgreSQL scanned all 100,000 grants for
            // each check (Tasklist's displayed variables: 200 ms, with this index 36 ms; BENCHMARKS.md "Task lists
            // at province scale")
            "create index if not exists MOTCUA_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_)");

    /**
     * PostgreSQL only. The engine's authorization check filters {@code ACT_RU_AUTHORIZATION} by {@code PERMS_ & n = n};
     * without statistics on those expressions the planner expects one row where a unit's group has thousands (one per
     * open task), and joins them to the tasks in a nested loop: Tasklist's count of a group's tasks ran past 30 s with
     * the province's open tasks, and 1.2 s with these statistics (BENCHMARKS.md, "Load at province scale").
     */
    static final List<String> POSTGRESQL_STATEMENTS = List.of(
            "create statistics if not exists MOTCUA_STAT_AUTH_PERMS on (PERMS_ & 2), (PERMS_ & 64), RESOURCE_TYPE_ "
                    + "from ACT_RU_AUTHORIZATION",
            // fills the statistics now rather than at autovacuum's next analyze (samples the table: under a second)
            "analyze ACT_RU_AUTHORIZATION");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final ProcessEngine engine;
    private final DataSource dataSource;

    EngineIndexes(ProcessEngine engine, DataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        log.debug("Engine {}: ensuring lookup indexes", engine.getName());
        try (Connection connection = dataSource.getConnection()) {
            create(connection);
        }
    }

    /** Creates the indexes on a connection to the engine's database (also used by tests with their own engine). */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            if (DatabaseProduct.isPostgreSql(connection) && !statisticsExist(statement)) {
                // once: afterwards autovacuum's analyze keeps the statistics up to date, no start needs to sample again
                for (String sql : POSTGRESQL_STATEMENTS) {
                    statement.execute(sql);
                }
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static boolean statisticsExist(Statement statement) throws SQLException {
        try (java.sql.ResultSet rows = statement.executeQuery(
                "select 1 from pg_statistic_ext where stxname = 'motcua_stat_auth_perms'")) {
            return rows.next();
        }
    }
}
