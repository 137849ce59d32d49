package vn.motcua.workflow;

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

/**
 * Indexes the engine's schema lacks for a catalog of thousands of definitions. Every call activity, business
 * rule task and form with {@code binding="latest"} looks up the latest version of a definition by key; without
 * an index on the key that is a scan of all definitions (on H2 a slow grouped scan), repeated several times
 * per dossier. And every task completion (and deletion) asks for the task's subtasks by {@code PARENT_TASK_ID_},
 * which has no index either: with the province's 100,000 open tasks that was a 60 ms scan of {@code ACT_RU_TASK}
 * per completion (BENCHMARKS.md, "Load at province scale"). Created once, idempotently, after the engine has
 * created its tables.
 */
@Component
public class EngineIndexes implements InitializingBean {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists MOTCUA_IDX_PROCDEF_KEY_VER on ACT_RE_PROCDEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_DECDEF_KEY_VER on ACT_RE_DECISION_DEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_FORMDEF_KEY_VER on ACT_RE_CAMFORMDEF (KEY_, VERSION_)",
            "create index if not exists MOTCUA_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");

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
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
