package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;
import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.DisplayName("Calendar data checks: duplicate days, broken data, helpers")
class CalendarDataChecksTest {

    @Test
    void aDayMayOccurOnlyOnce() {
        LocalDate day = LocalDate.parse("2026-01-10");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarRules.of(List.of(
                        CalendarDay.holiday(day, "a", "a"), CalendarDay.workingDay(day, "b", "b")), CalendarProperties.defaults()))
                .withMessageContaining("2026-01-10");
    }

    @Test
    void aCalendarWithoutAnyWorkingDayFailsInsteadOfLooping() {
        List<CalendarDay> allOff = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2030, 1, 1); d.getYear() < 2032; d = d.plusDays(1)) {
            allOff.add(CalendarDay.dayOff(d, "nghỉ", "off"));
        }
        CalendarRules rules = CalendarRules.of(allOff, CalendarProperties.defaults());
        assertThatIllegalStateException()
                .isThrownBy(() -> rules.dueAt(LocalDateTime.parse("2030-01-01T09:00"), TimeLimit.parse("1WD")))
                .withMessageContaining("calendar_day");
    }

    @Test
    void plusWorkingDaysOfZeroIsTheSameDay() {
        CalendarRules rules = SeedData.rules();
        assertThat(rules.plusWorkingDays(LocalDate.parse("2026-02-17"), 0)).isEqualTo("2026-02-17");
        assertThat(rules.workingDayOnOrAfter(LocalDate.parse("2026-02-17"))).isEqualTo("2026-02-23");
        assertThat(rules.nextWorkingDay(LocalDate.parse("2026-02-13"))).isEqualTo("2026-02-23");
        assertThat(rules.entry(LocalDate.parse("2026-02-17"))).get()
                .extracting(CalendarDay::nameVi, CalendarDay::kind)
                .containsExactly("Tết Nguyên Đán", CalendarDayKind.HOLIDAY);
    }
}
