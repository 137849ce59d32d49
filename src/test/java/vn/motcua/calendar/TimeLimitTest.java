package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TimeLimit: \"5WD\" working days, \"30CD\" calendar days, \"0WD\" same day")
class TimeLimitTest {

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2} {3}, code {4}, same day {5}")
    @CsvSource(delimiter = '|', textBlock = """
            working days are written nWD                       | 5WD      | 5    | WORKING_DAYS  | 5WD    | false
            calendar days are written nCD                      | 30CD     | 30   | CALENDAR_DAYS | 30CD   | false
            0WD is a same-day procedure (15:00 rule)           | 0WD      | 0    | WORKING_DAYS  | 0WD    | true
            one working day                                    | 1WD      | 1    | WORKING_DAYS  | 1WD    | false
            one calendar day                                   | 1CD      | 1    | CALENDAR_DAYS | 1CD    | false
            surrounding blanks are ignored                     | ' 7WD '  | 7    | WORKING_DAYS  | 7WD    | false
            lower-case suffix is accepted                      | 15wd     | 15   | WORKING_DAYS  | 15WD   | false
            lower-case calendar suffix is accepted             | 45cd     | 45   | CALENDAR_DAYS | 45CD   | false
            leading zero is normalised by code()               | 05WD     | 5    | WORKING_DAYS  | 5WD    | false
            largest amount                                     | 9999CD   | 9999 | CALENDAR_DAYS | 9999CD | false
            """)
    void parsesValidCodes(String rule, String text, int amount, DayCount count, String code, boolean sameDay) {
        TimeLimit limit = TimeLimit.parse(text);
        assertThat(limit.amount()).isEqualTo(amount);
        assertThat(limit.count()).isEqualTo(count);
        assertThat(limit.code()).isEqualTo(code);
        assertThat(limit.sameDay()).isEqualTo(sameDay);
        assertThat(TimeLimit.parse(limit.code())).as("code() round-trips through parse()").isEqualTo(limit);
    }

    @ParameterizedTest(name = "[{index}] rejected: \"{0}\"")
    @ValueSource(strings = {
            "5", "WD", "CD", "5 WD", "5W", "5D", "5XD", "-1WD", "+5WD", "5.5WD", "5,5WD", "WD5", "5WDX", "5WD5",
            "0CD", "10000WD", "99999CD", "5 ngày làm việc", "30 ngày", "five WD", "５WD"})
    void rejectsBadCodesWithClearMessage(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining("WD");
    }

    @ParameterizedTest(name = "[{index}] rejected: blank \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void rejectsBlank(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.parse(text))
                .withMessageContaining("empty");
    }

    @ParameterizedTest(name = "[{index}] {0} -> vi \"{1}\", en \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            5WD   | 5 ngày làm việc                                  | 5 working days
            1WD   | 1 ngày làm việc                                  | 1 working day
            30CD  | 30 ngày                                          | 30 calendar days
            1CD   | 1 ngày                                           | 1 calendar day
            0WD   | Trong ngày (sau 15 giờ: ngày làm việc tiếp theo) | Same day (after 15:00: next working day)
            """)
    void describesInVietnameseAndEnglish(String code, String vi, String en) {
        TimeLimit limit = TimeLimit.parse(code);
        assertThat(limit.describeVi()).isEqualTo(vi);
        assertThat(limit.describeEn()).isEqualTo(en);
        assertThat(limit).hasToString(code);
    }

    @Test
    void constructorChecksItsArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(-1, DayCount.WORKING_DAYS));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(10_000, DayCount.WORKING_DAYS));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(0, DayCount.CALENDAR_DAYS))
                .withMessageContaining("0WD");
        assertThatNullPointerException().isThrownBy(() -> new TimeLimit(5, null));
        assertThat(TimeLimit.SAME_DAY.sameDay()).isTrue();
        assertThat(TimeLimit.workingDays(5)).isEqualTo(TimeLimit.parse("5WD"));
        assertThat(TimeLimit.calendarDays(30)).isEqualTo(TimeLimit.parse("30CD"));
    }
}
