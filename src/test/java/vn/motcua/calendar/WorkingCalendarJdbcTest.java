package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;
import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** {@link WorkingCalendar} over table {@code calendar_day} created by V2 on an in-memory H2 (default mode), no Spring context. */
@DisplayName("WorkingCalendar over H2 with V2__calendar.sql")
class WorkingCalendarJdbcTest {

    private EmbeddedDatabase db;
    private JdbcClient jdbc;
    private WorkingCalendar calendar;

    @BeforeEach
    void createDatabase() {
        db = new EmbeddedDatabaseBuilder()
                .generateUniqueName(true)
                .setType(EmbeddedDatabaseType.H2)
                .setScriptEncoding("UTF-8")
                .addScript("classpath:" + SeedData.V2)
                .build();
        jdbc = JdbcClient.create(db);
        calendar = new WorkingCalendar(jdbc, CalendarProperties.defaults());
    }

    @AfterEach
    void shutdown() {
        db.shutdown();
    }

    @Test
    void loadsAllSeedRows() {
        assertThat(jdbc.sql("select count(*) from calendar_day").query(Integer.class).single()).isEqualTo(150);
        assertThat(calendar.snapshot().entries()).containsExactlyElementsOf(SeedData.days());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).as("Tết Nguyên Đán 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
        assertThat(calendar.entry(LocalDate.parse("2026-02-17"))).get()
                .extracting(CalendarDay::nameVi, CalendarDay::nameEn)
                .containsExactly("Tết Nguyên Đán", "Lunar New Year");
        assertThat(calendar.dueAt(LocalDateTime.parse("2026-02-13T10:00"), TimeLimit.parse("5WD")))
                .isEqualTo(LocalDateTime.parse("2026-02-27T17:00"));
    }

    @Test
    void zonedReceiptIsConvertedToVietnameseTime() {
        // 2026-03-10 07:30 UTC = 14:30 in Hanoi (before the cut-off): same day
        ZonedDateTime before = ZonedDateTime.of(2026, 3, 10, 7, 30, 0, 0, ZoneId.of("UTC"));
        assertThat(calendar.dueAt(before, TimeLimit.SAME_DAY))
                .isEqualTo(ZonedDateTime.of(2026, 3, 10, 17, 0, 0, 0, WorkingCalendar.ZONE));
        // 2026-03-10 08:00 UTC = 15:00 in Hanoi: next working day
        ZonedDateTime after = before.plusMinutes(30);
        assertThat(calendar.dueAt(after, TimeLimit.SAME_DAY))
                .isEqualTo(ZonedDateTime.of(2026, 3, 11, 17, 0, 0, 0, WorkingCalendar.ZONE));
    }

    @Test
    void reloadSeesAmendedRows() {
        LocalDate saturday = LocalDate.parse("2026-01-10");
        LocalDate friday = LocalDate.parse("2026-01-02");
        CalendarRules before = calendar.snapshot();
        jdbc.sql("insert into calendar_day (\"day\", kind, name_vi, name_en, basis) values (?, ?, ?, ?, ?)")
                .params(saturday, "WORKING_DAY", "Làm bù (dữ liệu thử)", "Make-up working day (test data)", null).update();
        jdbc.sql("insert into calendar_day (\"day\", kind, name_vi, name_en, basis) values (?, ?, ?, ?, ?)")
                .params(friday, "DAY_OFF", "Nghỉ hoán đổi (dữ liệu thử)", "Swapped day off (test data)", "test").update();

        assertThat(calendar.isWorkingDay(saturday)).as("not visible before reload()").isFalse();
        assertThat(calendar.isWorkingDay(friday)).isTrue();

        calendar.reload();

        assertThat(calendar.snapshot()).isNotSameAs(before);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(friday)).isFalse();
        assertThat(calendar.entry(friday)).get().extracting(CalendarDay::kind).isEqualTo(CalendarDayKind.DAY_OFF);
        assertThat(before.isWorkingDay(saturday)).as("old snapshot is immutable").isFalse();
    }

    @Test
    void checkConstraintRejectsUnknownKinds() {
        assertThatThrownBy(() -> jdbc.sql("insert into calendar_day (\"day\", kind, name_vi, name_en) values (?, 'FOO', 'x', 'x')")
                .params(LocalDate.parse("2026-03-10")).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void failedReloadKeepsTheOldSnapshot() {
        CalendarRules before = calendar.snapshot();
        jdbc.sql("alter table calendar_day drop constraint ck_calendar_day_kind").update();
        jdbc.sql("insert into calendar_day (\"day\", kind, name_vi, name_en) values (?, 'FOO', 'x', 'x')")
                .params(LocalDate.parse("2026-03-10")).update();

        assertThatIllegalStateException().isThrownBy(calendar::reload).withMessageContaining("FOO");
        assertThat(calendar.snapshot()).isSameAs(before);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-10"))).isTrue();
    }

    @Test
    void flywayAppliesV2OnH2(@TempDir Path dir) throws IOException {
        // Only V2 (a copy): the other migrations belong to other modules.
        try (var in = getClass().getClassLoader().getResourceAsStream(SeedData.V2)) {
            Files.copy(in, dir.resolve("V2__calendar.sql"));
        }
        String url = "jdbc:h2:mem:flyway_v2_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + dir).load();
        MigrateResult result = flyway.migrate();
        assertThat(result.migrationsExecuted).isEqualTo(1);

        var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", "");
        WorkingCalendar overFlyway = new WorkingCalendar(JdbcClient.create(ds), CalendarProperties.defaults());
        assertThat(overFlyway.snapshot().entries()).containsExactlyElementsOf(SeedData.days());
        assertThat(overFlyway.isWorkingDay(LocalDate.parse("2030-02-01"))).isFalse();
        JdbcClient.create(ds).sql("shutdown").update();
    }
}
