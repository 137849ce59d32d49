package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import vn.motcua.support.PostgresTestDatabase;

/**
 * V2 on the real PostgreSQL server the tests run against (see {@link PostgresTestDatabase}), in a database of
 * its own and a throw-away schema.
 */
class WorkingCalendarPostgresTest {

    @Test
    void v2RunsOnPostgresAndLoads() throws Exception {
        String schema = "calendar_test_" + System.nanoTime();
        PostgresTestDatabase db = PostgresTestDatabase.fresh("motcua_it_calendar");
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
                s.execute("set search_path to " + schema);
            }
            try {
                ScriptUtils.executeSqlScript(c, new EncodedResource(new ClassPathResource(SeedData.V2), "UTF-8"));
                SingleConnectionDataSource ds = new SingleConnectionDataSource(c, true);
                WorkingCalendar calendar = new WorkingCalendar(JdbcClient.create(ds), CalendarProperties.defaults());

                assertThat(calendar.snapshot().entries()).containsExactlyElementsOf(SeedData.days());
                assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).isFalse();
                assertThat(calendar.dueAt(LocalDateTime.parse("2030-01-30T09:00"), TimeLimit.parse("1WD")))
                        .isEqualTo(LocalDateTime.parse("2030-02-07T17:00"));
                // unquoted "day" works on PostgreSQL (it is only a keyword in H2)
                assertThat(JdbcClient.create(ds).sql("select count(*) from calendar_day where day between ? and ?")
                        .params(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")).query(Integer.class).single())
                        .isEqualTo(12);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema + " cascade");
                }
            }
        }
    }
}
