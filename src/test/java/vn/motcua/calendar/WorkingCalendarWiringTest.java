package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarConfiguration;
import vn.motcua.calendar.internal.CalendarProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** The bean wiring and property binding, in a minimal Spring context (no Boot auto-configuration, no Camunda). */
class WorkingCalendarWiringTest {

    private EmbeddedDatabase db;
    private ApplicationContextRunner runner;

    @BeforeEach
    void setUp() {
        db = new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                .setScriptEncoding("UTF-8").addScript("classpath:" + SeedData.V2).build();
        runner = new ApplicationContextRunner()
                .withBean(DataSource.class, () -> db)
                .withBean(JdbcClient.class, () -> JdbcClient.create(db))
                .withUserConfiguration(CalendarConfiguration.class, WorkingCalendar.class);
    }

    @AfterEach
    void tearDown() {
        db.shutdown();
    }

    @Test
    void defaultsAre17And15() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(WorkingCalendar.class);
            assertThat(ctx.getBean(CalendarProperties.class)).isEqualTo(CalendarProperties.defaults());
            WorkingCalendar calendar = ctx.getBean(WorkingCalendar.class);
            assertThat(calendar.dueAt(LocalDateTime.parse("2026-03-10T14:59"), TimeLimit.SAME_DAY))
                    .isEqualTo(LocalDateTime.parse("2026-03-10T17:00"));
        });
    }

    @Test
    void timesAreConfigurable() {
        runner.withPropertyValues("motcua.calendar.office-closes-at=16:30", "motcua.calendar.same-day-cutoff=16:00")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    CalendarProperties props = ctx.getBean(CalendarProperties.class);
                    assertThat(props.officeClosesAt()).isEqualTo(LocalTime.of(16, 30));
                    assertThat(props.sameDayCutoff()).isEqualTo(LocalTime.of(16, 0));
                    WorkingCalendar calendar = ctx.getBean(WorkingCalendar.class);
                    assertThat(calendar.dueAt(LocalDateTime.parse("2026-03-10T15:30"), TimeLimit.SAME_DAY))
                            .isEqualTo(LocalDateTime.parse("2026-03-10T16:30"));
                    assertThat(calendar.dueAt(LocalDateTime.parse("2026-03-10T16:00"), TimeLimit.SAME_DAY))
                            .isEqualTo(LocalDateTime.parse("2026-03-11T16:30"));
                });
    }

    @Test
    void cutoffAfterClosingFailsAtStartup() {
        runner.withPropertyValues("motcua.calendar.office-closes-at=16:00", "motcua.calendar.same-day-cutoff=16:30")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
