package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

@DisplayName("Years without data: weekends still count, one warning per year")
class UnknownYearsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(CalendarRules.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void attach() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
    }

    static Stream<Arguments> dueDates() {
        return Stream.of(
                arguments("unknown year: Tue 1/1/2036 counts as a working day (holidays unknown)", "2036-01-01T09:00", "0WD", "2036-01-01T17:00"),
                arguments("unknown year (LC art.111): Saturday 5/1/2036 is still a day off", "2036-01-05T09:00", "0WD", "2036-01-07T17:00"),
                arguments("unknown year: 5WD from Fri 28/12/2035 crosses into 2036", "2035-12-28T09:00", "5WD", "2036-01-04T17:00"),
                arguments("unknown year (CC art.148(5)): 3CD ending Sun 6/1/2036 -> Mon 7/1", "2036-01-03T09:00", "3CD", "2036-01-07T17:00"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} received {1} -> due {3}")
    @MethodSource
    void dueDates(String rule, String receivedAt, String limit, String due) {
        CalendarRules rules = SeedData.rules();
        assertThat(rules.dueAt(LocalDateTime.parse(receivedAt), TimeLimit.parse(limit)))
                .isEqualTo(LocalDateTime.parse(due));
        assertThat(rules.warnedYears()).containsExactly(2036);
    }

    @Test
    void warnsOncePerYear() {
        CalendarRules rules = SeedData.rules();
        IntStream.range(0, 20).forEach(i -> rules.isWorkingDay(LocalDate.of(2036, 3, 1).plusDays(i)));
        rules.isWorkingDay(LocalDate.of(2024, 12, 31));
        rules.isWorkingDay(LocalDate.of(2024, 6, 3));
        rules.isWorkingDay(LocalDate.of(2026, 3, 10));

        assertThat(rules.warnedYears()).containsExactlyInAnyOrder(2024, 2036);
        assertThat(appender.list)
                .filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("2036"))
                .anySatisfy(m -> assertThat(m).contains("2024"));
    }

    @Test
    void coveredYearsDoNotWarn() {
        CalendarRules rules = SeedData.rules();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2035; d = d.plusDays(1)) {
            rules.isWorkingDay(d);
        }
        assertThat(rules.warnedYears()).isEmpty();
        assertThat(appender.list).filteredOn(e -> e.getLevel() == Level.WARN).isEmpty();
    }
}
