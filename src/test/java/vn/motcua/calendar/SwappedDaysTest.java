package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Swapped days: the V2 seed plus TEST DATA (hypothetical, not an announced schedule): Fri 2/1/2026 declared a day
 * off (DAY_OFF, nghỉ hoán đổi) and Sat 10/1/2026 declared a working day (WORKING_DAY, làm bù).
 */
@DisplayName("Government swaps (LC art.111-112): WORKING_DAY Saturday and DAY_OFF weekday, test data")
class SwappedDaysTest {

    static final CalendarRules RULES;

    static {
        List<CalendarDay> days = new ArrayList<>(SeedData.days());
        days.add(CalendarDay.dayOff(LocalDate.parse("2026-01-02"), "Nghỉ hoán đổi (dữ liệu thử)", "Swapped day off (test data)"));
        days.add(CalendarDay.workingDay(LocalDate.parse("2026-01-10"), "Làm bù (dữ liệu thử)", "Make-up working Saturday (test data)"));
        RULES = CalendarRules.of(days, CalendarProperties.defaults());
    }

    static Stream<Arguments> workingDays() {
        return Stream.of(
                arguments("swap: WORKING_DAY Saturday 10/1 is a working day", "2026-01-10", true),
                arguments("swap: DAY_OFF Friday 2/1 is not a working day", "2026-01-02", false),
                arguments("swap: an ordinary Saturday 3/1 stays a day off", "2026-01-03", false),
                arguments("swap: Friday 9/1 is an ordinary working day", "2026-01-09", true));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} working={2}")
    @MethodSource
    void workingDays(String rule, String day, boolean working) {
        assertThat(RULES.isWorkingDay(LocalDate.parse(day))).isEqualTo(working);
    }

    static Stream<Arguments> dueDates() {
        return Stream.of(
                arguments("swap DAY_OFF (CC art.147): 1WD received Wed 31/12/2025 skips 1/1, DAY_OFF 2/1, weekend -> Mon 5/1", "2025-12-31T10:00", "1WD", "2026-01-05T17:00"),
                arguments("swap WORKING_DAY (CC art.147): 5WD received Mon 5/1 -> the working Saturday 10/1", "2026-01-05T10:00", "5WD", "2026-01-10T17:00"),
                arguments("swap WORKING_DAY (CC art.147): 6WD received Mon 5/1 -> Mon 12/1 (Sunday still off)", "2026-01-05T10:00", "6WD", "2026-01-12T17:00"),
                arguments("swap + 15:00 rule: 0WD received on the working Saturday 10:00 -> same day", "2026-01-10T10:00", "0WD", "2026-01-10T17:00"),
                arguments("swap + 15:00 rule: 0WD received on the working Saturday 15:00 -> Mon 12/1", "2026-01-10T15:00", "0WD", "2026-01-12T17:00"),
                arguments("swap + 15:00 rule: 0WD received Fri 9/1 15:30 -> the working Saturday 10/1", "2026-01-09T15:30", "0WD", "2026-01-10T17:00"),
                arguments("swap + 15:00 rule: 0WD received on the DAY_OFF Friday 09:00 -> Mon 5/1", "2026-01-02T09:00", "0WD", "2026-01-05T17:00"),
                arguments("swap + CC art.148(5): 30CD ending on the working Saturday stays there", "2025-12-11T10:00", "30CD", "2026-01-10T17:00"),
                arguments("swap + CC art.148(5): 32CD ending on the DAY_OFF Friday -> Mon 5/1", "2025-12-01T10:00", "32CD", "2026-01-05T17:00"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} received {1} -> due {3}")
    @MethodSource
    void dueDates(String rule, String receivedAt, String limit, String due) {
        assertThat(RULES.dueAt(LocalDateTime.parse(receivedAt), TimeLimit.parse(limit)))
                .isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void withoutTheSwapTheSameDossierIsDueEarlier() {
        assertThat(SeedData.rules().dueAt(LocalDateTime.parse("2025-12-31T10:00"), TimeLimit.parse("1WD")))
                .isEqualTo(LocalDateTime.parse("2026-01-02T17:00"));
    }
}
