package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Configurable times: motcua.calendar.office-closes-at and same-day-cutoff")
class ConfigurableTimesTest {

    static final CalendarRules RULES = new CalendarRules(SeedData.days(), LocalTime.of(16, 30), LocalTime.of(16, 0));

    static Stream<Arguments> dueDates() {
        return Stream.of(
                arguments("closing 16:30: due dates are at closing time", "2026-03-09T09:00", "5WD", "2026-03-16T16:30"),
                arguments("cut-off 16:00 (Decree 118/2025): received 15:30 -> today 16:30", "2026-03-10T15:30", "0WD", "2026-03-10T16:30"),
                arguments("cut-off 16:00 (Decree 118/2025): received 16:00 -> next working day", "2026-03-10T16:00", "0WD", "2026-03-11T16:30"),
                arguments("closing 16:30 (CC art.148(5)): calendar days too", "2026-03-05T09:00", "30CD", "2026-04-06T16:30"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} received {1} -> due {3}")
    @MethodSource
    void dueDates(String rule, String receivedAt, String limit, String due) {
        assertThat(RULES.dueAt(LocalDateTime.parse(receivedAt), TimeLimit.parse(limit)))
                .isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void defaultsAre17And15() {
        CalendarProperties defaults = CalendarProperties.defaults();
        assertThat(defaults.officeClosesAt()).isEqualTo(LocalTime.of(17, 0));
        assertThat(defaults.sameDayCutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(new CalendarProperties(null, null)).isEqualTo(defaults);
    }

    @Test
    void cutoffAfterClosingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CalendarRules(List.of(), LocalTime.of(17, 0), LocalTime.of(17, 1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CalendarProperties(LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .withMessageContaining("same-day-cutoff");
    }
}
