package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;
import vn.motcua.calendar.internal.CalendarProperties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Government's announced swaps of 2025 and 2026 (V33 on top of the statutory V2): due dates across them land on
 * the day the offices really open, not one working day early, and every announced row names its source.
 */
@DisplayName("Announced swapped and make-up days 2025-2026 (V33)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncedSwapsTest {

    private EmbeddedDatabase db;
    private WorkingCalendar calendar;

    @BeforeAll
    void migrate() {
        db = new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                .setScriptEncoding("UTF-8")
                .addScript("classpath:" + SeedData.V2)
                .addScript("classpath:db/migration/V33__announced_day_swaps_2025_2026.sql")
                .build();
        calendar = new WorkingCalendar(JdbcClient.create(db), CalendarProperties.defaults());
    }

    @AfterAll
    void shutdown() {
        db.shutdown();
    }

    @ParameterizedTest(name = "{0}: received {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Tết 2025: Mon 27/1 swapped off, Tết to Sat 1/2 -> Mon 3/2          | 2025-01-24T10:00 | 1WD | 2025-02-03T17:00
            Tết 2025: the make-up Saturday 8/2 is a working day                | 2025-02-07T10:00 | 1WD | 2025-02-08T17:00
            30/4 2025: the make-up Saturday 26/4 is a working day              | 2025-04-25T10:00 | 1WD | 2025-04-26T17:00
            30/4 2025: 30/4, 1/5 and the swapped Fri 2/5 off -> Mon 5/5        | 2025-04-29T10:00 | 1WD | 2025-05-05T17:00
            30/4 2025: same day received on the make-up Saturday before 15:00 | 2025-04-26T10:00 | 0WD | 2025-04-26T17:00
            30/4 2025: 5WD from Mon 28/4 counts Tue 29/4, Mon 5/5 ... Thu 8/5   | 2025-04-28T10:00 | 5WD | 2025-05-08T17:00
            New Year 2026: 1/1 and the swapped Fri 2/1 off -> Mon 5/1          | 2025-12-31T10:00 | 1WD | 2026-01-05T17:00
            New Year 2026: the make-up Saturday 10/1 is a working day          | 2026-01-09T10:00 | 1WD | 2026-01-10T17:00
            National Day 2026: swapped Mon 31/8, 1/9 and 2/9 off -> Thu 3/9     | 2026-08-28T10:00 | 1WD | 2026-09-03T17:00
            National Day 2026: the make-up Saturday 22/8 is a working day      | 2026-08-21T10:00 | 1WD | 2026-08-22T17:00
            staged 6WD then 30CD (1.014133): Mon 5/1/2026 + 6WD = Mon 12/1 (Sat 10/1 worked), + 30 days = Wed 11/2 | 2026-01-05T10:00 | 6WD+30CD | 2026-02-11T17:00
            10 calendar days ending on the swapped Fri 2/5/2025 -> Mon 5/5       | 2025-04-22T10:00 | 10CD | 2025-05-05T17:00
            """)
    void dueDatesAcrossTheAnnouncedSwaps(String rule, String received, String limit, String due) {
        assertThat(calendar.dueAt(LocalDateTime.parse(received), TimeLimit.parse(limit))).as(rule)
                .isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void theSwappedDaysAreDaysOffAndTheMakeUpSaturdaysWorkingDays() {
        for (String day : new String[]{"2025-01-27", "2025-05-02", "2026-01-02", "2026-08-31"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
            assertThat(calendar.entry(LocalDate.parse(day))).get().extracting(CalendarDay::kind).isEqualTo(CalendarDayKind.DAY_OFF);
        }
        for (String day : new String[]{"2025-02-08", "2025-04-26", "2026-01-10", "2026-08-22"}) {
            assertThat(LocalDate.parse(day).getDayOfWeek()).as(day).hasToString("SATURDAY");
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isTrue();
            assertThat(calendar.entry(LocalDate.parse(day))).get().extracting(CalendarDay::kind).isEqualTo(CalendarDayKind.WORKING_DAY);
        }
    }

    @Test
    void everyAnnouncedRowNamesItsSourceAndSaysWhatIsUnverified() {
        for (String day : new String[]{"2025-01-27", "2025-02-08", "2025-04-26", "2025-05-02", "2026-01-02",
                "2026-01-10", "2026-08-22", "2026-08-31"}) {
            assertThat(calendar.entry(LocalDate.parse(day))).get().extracting(CalendarDay::basis).asString()
                    .as(day).containsAnyOf("VPCP-KGVX", "Bộ Nội vụ");
        }
        assertThat(calendar.entry(LocalDate.parse("2025-01-27")).orElseThrow().basis()).contains("unverified");
        assertThat(calendar.entry(LocalDate.parse("2026-08-31")).orElseThrow().basis()).contains("unverified");
        assertThat(calendar.entry(LocalDate.parse("2026-01-02")).orElseThrow().basis()).doesNotContain("unverified");
    }
}
