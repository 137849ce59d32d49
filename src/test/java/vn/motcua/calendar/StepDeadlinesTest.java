package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarRules;
import vn.motcua.calendar.internal.WorkingTimeSplit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of the internal process (receive, review, approve, return) gets its share of the office minutes between
 * receipt and the dossier's due date, on the legal calendar: shares skip weekends and Tết, and the steps add up to the
 * due date that the receipt slip promised.
 */
class StepDeadlinesTest {

    private static final CalendarRules RULES = SeedData.rules();
    private static final WorkingTimeSplit SPLIT = new WorkingTimeSplit(RULES, LocalTime.of(8, 0));
    /** The provincial default split (application.yaml, motcua.deadlines.steps). */
    private static final List<Integer> DEFAULT_SHARES = List.of(10, 60, 25, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // 2026-11-23 is a Monday; office 08:00-17:00 (540 minutes a day)
            "'5 working days from Monday 10:00: 3,120 office minutes, shares 312 / 1,872 / 780 / 156',"
                    + "2026-11-23T10:00, 5WD, 2026-11-23T15:12, 2026-11-27T10:24, 2026-11-30T14:24, 2026-11-30T17:00",
            "'Tết 2026 (days off 16-20 February): received Friday 13 February, review and approval fall after Tết',"
                    + "2026-02-13T09:00, 3WD, 2026-02-13T12:30, 2026-02-24T15:30, 2026-02-25T15:15, 2026-02-25T17:00",
            "'same day received at 14:00, before the 15:00 cut-off: every step that afternoon',"
                    + "2026-11-23T14:00, 0WD, 2026-11-23T14:18, 2026-11-23T16:06, 2026-11-23T16:51, 2026-11-23T17:00",
            "'same day received at 15:30, after the 15:00 cut-off: due the next working day, steps run into it',"
                    + "2026-11-23T15:30, 0WD, 2026-11-23T16:33, 2026-11-24T13:51, 2026-11-24T16:29, 2026-11-24T17:00",
            "'received on a Saturday: the steps count from Monday 08:00',"
                    + "2026-11-28T10:00, 1WD, 2026-11-30T08:54, 2026-11-30T14:18, 2026-11-30T16:33, 2026-11-30T17:00"})
    void eachStepGetsItsShareOfTheWorkingTimeAndTheStepsEndAtTheDueDate(String rule, LocalDateTime received, String limit,
                                                                         LocalDateTime receive, LocalDateTime review,
                                                                         LocalDateTime approve, LocalDateTime returned) {
        LocalDateTime due = RULES.dueAt(received, TimeLimit.parse(limit));
        assertThat(SPLIT.ends(received, due, DEFAULT_SHARES)).as(rule).containsExactly(receive, review, approve, returned);
        assertThat(returned).as("the last step ends at the dossier's due date").isEqualTo(due);
    }

    @Test
    void aStepThatCrossesAWeekendSkipsSaturdayAndSunday() {
        // Friday 27 November 2026 16:00, 2 working days: due Tuesday 1 December 17:00; 60 + 540 + 540 office minutes
        LocalDateTime received = LocalDateTime.parse("2026-11-27T16:00");
        LocalDateTime due = RULES.dueAt(received, TimeLimit.workingDays(2));
        assertThat(SPLIT.ends(received, due, List.of(50, 50)))
                .containsExactly(LocalDateTime.parse("2026-11-30T16:30"), LocalDateTime.parse("2026-12-01T17:00"));
    }

    @Test
    void theWarningPointIsCountedInOfficeMinutesToo() {
        // a step from Friday 16:00 to Tuesday 17:00 (1,140 office minutes): 80 % = 912 minutes, Tuesday 13:12
        assertThat(SPLIT.pointWithin(LocalDateTime.parse("2026-11-27T16:00"), LocalDateTime.parse("2026-12-01T17:00"), 80))
                .isEqualTo(LocalDateTime.parse("2026-12-01T13:12"));
    }

    @Test
    void overAYearOfReceiptTimesStepsAreInOrderOnWorkingDaysInOfficeHoursAndAddUpToTheDueDate() {
        for (LocalDateTime received = LocalDateTime.parse("2026-01-01T00:00");
             received.getYear() == 2026; received = received.plusHours(7)) {
            for (String limit : List.of("0WD", "1WD", "5WD", "15WD", "30CD")) {
                LocalDateTime due = RULES.dueAt(received, TimeLimit.parse(limit));
                List<LocalDateTime> ends = SPLIT.ends(received, due, DEFAULT_SHARES);
                assertThat(ends.get(ends.size() - 1)).as("%s %s", received, limit).isEqualTo(due);
                for (int i = 0; i < ends.size(); i++) {
                    LocalDateTime end = ends.get(i);
                    assertThat(RULES.isWorkingDay(end.toLocalDate())).as("%s %s step %d: %s", received, limit, i, end).isTrue();
                    assertThat(end.toLocalTime()).as("%s %s step %d", received, limit, i)
                            .isBetween(LocalTime.of(8, 0), LocalTime.of(17, 0));
                    if (i > 0) {
                        assertThat(end).as("%s %s step %d", received, limit, i).isAfterOrEqualTo(ends.get(i - 1));
                    }
                }
            }
        }
    }
}
