package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * PostgreSQL only: the engine's columns that most of its rows leave empty in motcua, and that its queries only
     * compare with a value ({@code = ?}, {@code in (…)}, {@code <= ?}): tenants (motcua has none), CMMN cases (off),
     * removal times (set when a dossier ends), a variable's task, byte array and batch, a restarted instance, a job's
     * exception, a decision's requirements. An index led by one of them holds an entry for every row, empty or not
     * (a runtime variable carries ten indexes); made partial, {@code where COLUMN is not null}, it holds only the rows
     * with a value, and still serves every such query, since a comparison with a value implies one (BENCHMARKS.md
     * "Database size per dossier").
     */
    public static final List<String> OPTIONAL_COLUMNS = List.of("tenant_id_", "case_inst_id_", "case_execution_id_",
            "case_def_id_", "removal_time_", "task_id_", "bytearray_id_", "batch_id_", "restarted_proc_inst_id_",
            "job_exception_stack_id_", "dec_req_id_", "dec_req_key_", "root_dec_inst_id_");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /** How long an index build may wait for older transactions before the rest is left to the next start. */
    static final int BUILD_WAIT_SECONDS = 30;


    private final ProcessEngine engine;
    private final DataSource dataSource;
    private final boolean partial;

    EngineIndexes(ProcessEngine engine, DataSource dataSource,
                  @Value("${motcua.engine.partial-indexes:true}") boolean partial) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.partial = partial;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        log.debug("Engine {}: ensuring lookup indexes", engine.getName());
        try (Connection connection = dataSource.getConnection()) {
            create(connection);
            if (DatabaseProduct.isPostgreSql(connection) && idsOutOfTimeOrder(
                    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                            .getIdGenerator(), connection)) {
                log.warn("The database's collation does not order text as C does: the engine's ids sort in time order "
                        + "only under C (README \"The engine's ids\"); create the database with --locale=C.UTF-8");
            }
            if (partial && DatabaseProduct.isPostgreSql(connection)) {
                int made = makePartial(connection);
                if (made > 0) {
                    log.info("Engine indexes: {} indexes of optional columns now hold only the rows with a value "
                            + "(motcua.engine.partial-indexes)", made);
                }
            }
        }
    }

    /**
     * Rebuilds each index of the engine's runtime and history tables led by an {@link #OPTIONAL_COLUMNS optional column}
     * as a partial index of the same name and columns, once (an index already partial is left alone). Each index is
     * built concurrently under a temporary name (the other nodes go on reading and writing), takes the engine's name by
     * two renames in one short transaction (a rename locks the index, not the table), and the engine's is dropped
     * concurrently, so the engine's schema scripts find every index under its own name. On a database with years of
     * history the first start of this version scans each of these tables about twice per index it rebuilds (under the
     * startup lock, {@link StartupLock}); later starts only look. A step that fails or waits too long (a transaction
     * older than the build that does not end) leaves the rest to the next start, with a warning; the node starts.
     *
     * @return how many indexes were made partial
     */
    public static int makePartial(Connection connection) throws SQLException {
        return makePartial(connection, BUILD_WAIT_SECONDS);
    }

    static int makePartial(Connection connection, int waitSeconds) throws SQLException {
        List<String[]> todo = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement query = connection.prepareStatement("""
                select i.relname, pg_get_indexdef(i.oid), a.attname
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                where n.nspname = current_schema() and (t.relname like 'act\\_ru\\_%' or t.relname like 'act\\_hi\\_%')
                  and not x.indisunique and not x.indisprimary and x.indpred is null and a.attname = any(?)
                order by i.relname""")) {
            query.setArray(1, connection.createArrayOf("varchar", OPTIONAL_COLUMNS.toArray()));
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    todo.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        List<String> leftovers = leftovers(connection);
        if (todo.isEmpty() && leftovers.isEmpty()) {
            return 0; // every start after the first: nothing to change, no session setting touched
        }
        boolean autoCommit = connection.getAutoCommit();
        int made = 0;
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // a build waits for the transactions older than it; one that does not end in time leaves the rest to the
            // next start rather than holding this one up; and no statement limit a role may carry cuts a long build
            statement.execute("set lock_timeout = '" + waitSeconds + "s'");
            statement.execute("set statement_timeout = 0");
            for (String leftover : leftovers) {
                try {
                    statement.execute("drop index concurrently if exists " + leftover);
                } catch (SQLException e) {
                    log.warn("Engine indexes: {} left by an earlier start not dropped yet ({})", leftover, e.getMessage());
                }
            }
            for (String[] index : todo) {
                String name = index[0];
                String suffix = Integer.toHexString(name.hashCode());
                String temporary = "motcua_partial_" + suffix;
                String old = "motcua_full_" + suffix;
                String definition = index[1].replaceFirst("^CREATE INDEX \\S+ ON ",
                        "CREATE INDEX CONCURRENTLY " + temporary + " ON ") + " WHERE (" + index[2] + " IS NOT NULL)";
                try {
                    // built beside the engine's, without blocking the other nodes' reads and writes
                    statement.execute(definition);
                    // swapped by two renames in one transaction: a rename locks the index only, never the table
                    connection.setAutoCommit(false);
                    statement.execute("alter index " + name + " rename to " + old);
                    statement.execute("alter index " + temporary + " rename to " + name);
                    connection.commit();
                    connection.setAutoCommit(true);
                    statement.execute("drop index concurrently " + old);
                    made++;
                } catch (SQLException e) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                    // only the size is at stake: the node starts, the rest is done at the next start
                    log.warn("Engine indexes: {} of {} made partial; {} not ({}: {}), the rest is left to the next start",
                            made, todo.size(), name, e.getSQLState(), e.getMessage());
                    break;
                }
            }
        } finally {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("reset lock_timeout");
                statement.execute("reset statement_timeout");
            }
            connection.setAutoCommit(autoCommit);
        }
        return made;
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

    /** Indexes of a rebuild cut short: a half-built partial one, or the engine's full one not yet dropped. */
    private static List<String> leftovers(Connection connection) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'i'
                  and (c.relname like 'motcua\\_partial\\_%' or c.relname like 'motcua\\_full\\_%')""")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /**
     * Whether the database's default collation orders text as C does (byte order), which the engine's ids need to
     * sort in time order ({@link CompactIds}). Asked of the database's behaviour, not its settings: an ICU collation
     * leaves {@code datcollate} at C yet orders {@code 'Z'} after {@code 'a'}. Under another order the ids still compare
     * equal only when they are, but new ones land anywhere in the indexes (as Camunda's UUIDs do) and the measured size
     * saving shrinks: a node that makes them warns once at start-up ({@link #idsOutOfTimeOrder}).
     */
    static boolean idsOutOfTimeOrder(org.camunda.bpm.engine.impl.cfg.IdGenerator ids, Connection connection)
            throws SQLException {
        // Camunda's own UUIDs have no time order to lose: nothing to warn of
        return ids instanceof CompactIds && !idsSortInTimeOrder(connection);
    }

    static boolean idsSortInTimeOrder(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery("select '9' < 'A' and 'Z' < 'a'")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static boolean statisticsExist(Statement statement) throws SQLException {
        try (java.sql.ResultSet rows = statement.executeQuery(
                "select 1 from pg_statistic_ext where stxname = 'motcua_stat_auth_perms'")) {
            return rows.next();
        }
    }
}
