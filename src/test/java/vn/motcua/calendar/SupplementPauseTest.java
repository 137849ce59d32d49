package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock pauses while the applicant owes a supplement and resumes with the remaining time
 * (Decree 118/2025/NĐ-CP: time waiting for the applicant's supplement does not count).
 */
class SupplementPauseTest {

    private static final CalendarRules RULES = SeedData.rules();

    @ParameterizedTest(name = "{0}: due {1}, paused {2}, resumed {3} -> due {4}")
    @CsvSource({
            // 2026-11-23 is a Monday. 5WD received Mon 23 Nov -> due Mon 30 Nov 17:00.
            "'pause on Wednesday across a weekend: 3 working days left (Thu; Fri; Mon) count again from Tuesday',"
                    + "2026-11-30T17:00, 2026-11-25T10:00, 2026-12-01T09:00, 2026-12-04T17:00",
            "supplement brought on a Saturday: the clock restarts on Monday,"
                    + "2026-11-30T17:00, 2026-11-25T10:00, 2026-11-28T09:00, 2026-12-03T17:00",
            "supplement brought the same day: nothing is lost,"
                    + "2026-11-30T17:00, 2026-11-25T10:00, 2026-11-25T16:00, 2026-11-30T17:00",
            "pause on the due day itself: the due day becomes the resume day,"
                    + "2026-11-30T17:00, 2026-11-30T09:00, 2026-12-03T09:00, 2026-12-03T17:00",
            "'pause before Tết 2026 (Vietnamese dates; days off 16-20 Feb): the days left skip Tết',"
                    + "2026-02-13T17:00, 2026-02-11T10:00, 2026-02-23T08:00, 2026-02-25T17:00"})
    void resumesWithTheWorkingDaysThatWereLeft(String rule, LocalDateTime dueAt, LocalDateTime pausedAt,
                                               LocalDateTime resumedAt, LocalDateTime expected) {
        assertThat(RULES.resume(dueAt, pausedAt, resumedAt)).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "one working day before a Monday is the Friday before, 2026-11-30T17:00, 1, 2026-11-27T17:00",
            "one working day before the day after 2 September 2026 skips the holidays, 2026-09-03T17:00, 1, 2026-08-31T17:00"})
    void warningsCountWorkingDaysBackwards(String rule, LocalDateTime at, int days, LocalDateTime expected) {
        assertThat(RULES.minusWorkingDays(at, days)).as(rule).isEqualTo(expected);
    }
}
