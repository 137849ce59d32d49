package vn.motcua.workflow.internal;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.motcua.support.PostgresTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's indexes of optional columns made partial ({@link EngineIndexes#makePartial}) on tables shaped like the
 * engine's: the same names and columns, only the rows with a value, once; and a build that would wait for a
 * transaction older than it gives up in time, leaves nothing half-made, and is done at the next start.
 */
class EngineIndexesOnPostgresTest {

    @Test
    void theIndexesOfOptionalColumnsHoldOnlyTheRowsWithAValueUnderTheirOwnNames() throws Exception {
        DataSource data = tables("motcua_it_partial_indexes");
        try (Connection c = data.getConnection()) {
            assertThat(EngineIndexes.makePartial(c)).isEqualTo(2);
            assertThat(indexes(c)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "act_idx_x_tenant_id", "CREATE INDEX act_idx_x_tenant_id ON public.act_ru_x USING btree (tenant_id_) WHERE (tenant_id_ IS NOT NULL)",
                    "act_idx_x_task_name", "CREATE INDEX act_idx_x_task_name ON public.act_ru_x USING btree (task_id_, name_) WHERE (task_id_ IS NOT NULL)",
                    "act_idx_x_exe", "CREATE INDEX act_idx_x_exe ON public.act_ru_x USING btree (execution_id_)",
                    "act_ru_x_pkey", "CREATE UNIQUE INDEX act_ru_x_pkey ON public.act_ru_x USING btree (id_)",
                    "app_idx_tenant", "CREATE INDEX app_idx_tenant ON public.app_table USING btree (tenant_id_)"));
            assertThat(EngineIndexes.makePartial(c)).as("a second time").isZero();
            assertThat(c.getAutoCommit()).as("the connection handed back as it came").isTrue();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // without its lock timeout the build would wait for the older transaction forever
    void aBuildThatWouldWaitForAnOlderTransactionIsLeftToTheNextStartAndBlocksNoOne() throws Exception {
        DataSource data = tables("motcua_it_partial_indexes_wait");
        try (Connection older = data.getConnection(); Connection c = data.getConnection();
             Connection other = data.getConnection()) {
            older.setAutoCommit(false);
            try (Statement s = older.createStatement()) {
                s.execute("set transaction isolation level repeatable read");
                // an engine table: the older transaction holds its snapshot and a lock on the table until it ends
                s.executeQuery("select count(*) from act_ru_x").close();
            }
            assertThat(EngineIndexes.makePartial(c, 1)).as("made while the older transaction runs").isZero();
            assertThat(indexes(c)).as("the engine's index as it was")
                    .containsEntry("act_idx_x_task_name", "CREATE INDEX act_idx_x_task_name ON public.act_ru_x USING btree (task_id_, name_)");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("show lock_timeout")) {
                r.next();
                assertThat(r.getString(1)).as("the session's lock timeout put back").isEqualTo("0");
            }
            try (Statement s = other.createStatement()) {
                s.execute("set lock_timeout = '1s'");
                assertThat(s.executeUpdate("insert into act_ru_x values ('w1', null, 't', 'n', 'e')"))
                        .as("another node writes meanwhile").isOne();
            }
            older.rollback();
            assertThat(EngineIndexes.makePartial(c, 5)).as("at the next start").isEqualTo(2);
            assertThat(indexes(c)).as("nothing left of the try cut short").hasSize(5)
                    .allSatisfy((name, definition) -> assertThat(name).doesNotStartWith("motcua_"));
        }
    }

    @Test
    void aNodeTellsWhetherTheDatabaseOrdersTheIdsInTimeOrder() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.fresh("motcua_it_collation");
        DataSource data = new DriverManagerDataSource(database.url(), database.user(), database.password());
        try (Connection c = data.getConnection()) {
            assertThat(EngineIndexes.idsSortInTimeOrder(c)).as("the test server's databases, C.UTF-8").isTrue();
            String name = database.url().replaceAll("^.*/([^/?]+).*$", "$1");
            String icu = name + "_icu";
            try (Statement s = c.createStatement()) {
                s.execute("drop database if exists " + icu);
                // a linguistic order whose datcollate still says C: only the order itself tells
                s.execute("create database " + icu + " template template0 locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'");
            }
            try (Connection other = new DriverManagerDataSource(database.url().replace("/" + name, "/" + icu),
                    database.user(), database.password()).getConnection()) {
                assertThat(EngineIndexes.idsSortInTimeOrder(other)).as("an ICU en-US database").isFalse();
                assertThat(EngineIndexes.idsOutOfTimeOrder(new CompactIds(), other)).as("warned of, with the compact ids")
                        .isTrue();
                assertThat(EngineIndexes.idsOutOfTimeOrder(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator(),
                        other)).as("not with Camunda's UUIDs, which have no time order").isFalse();
                assertThat(EngineIndexes.idsOutOfTimeOrder(new CompactIds(), c)).as("nor under C").isFalse();
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + icu);
                }
            }
        }
    }

    /** An engine-like runtime table with indexes led by optional and by required columns, and an app table. */
    private static DataSource tables(String name) throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.fresh(name);
        DataSource data = new DriverManagerDataSource(database.url(), database.user(), database.password());
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table act_ru_x (id_ varchar(64) primary key, tenant_id_ varchar(64), task_id_ varchar(64), "
                    + "name_ varchar(255), execution_id_ varchar(64))");
            s.execute("create index act_idx_x_tenant_id on act_ru_x (tenant_id_)");
            s.execute("create index act_idx_x_task_name on act_ru_x (task_id_, name_)");
            s.execute("create index act_idx_x_exe on act_ru_x (execution_id_)");
            s.execute("insert into act_ru_x select 'v' || i, null, case when i % 3 = 0 then 't' || i end, 'n', 'e' || i "
                    + "from generate_series(1, 300) i");
            s.execute("create table app_table (id varchar(64), tenant_id_ varchar(64))");
            s.execute("create index app_idx_tenant on app_table (tenant_id_)");
        }
        return data;
    }

    private static Map<String, String> indexes(Connection c) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select indexname, indexdef from pg_indexes where schemaname = current_schema()")) {
            while (r.next()) {
                found.put(r.getString(1), r.getString(2));
            }
        }
        return found;
    }
}
