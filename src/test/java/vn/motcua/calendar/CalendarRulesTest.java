package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counting rules on the shipped seed data (V2__calendar.sql, i.e. the vn-holidays CSV), without Spring or a
 * database. Default times: offices close 17:00, same-day cut-off 15:00.
 */
@DisplayName("CalendarRules on the V2 seed data (2025-2035)")
class CalendarRulesTest {

    private static final CalendarRules RULES = SeedData.rules();

    static Stream<Arguments> workingDays() {
        return Stream.of(
                // Labour Code 2019 art. 111: weekly rest
                arguments("LC art.111: Saturday is not a working day", "2026-03-14", false),
                arguments("LC art.111: Sunday is not a working day", "2026-03-15", false),
                arguments("LC art.111: an ordinary Monday is a working day", "2026-03-16", true),
                // Tết 2026 (Tết Nguyên Đán 2026-02-17; CSV: 16-20/2)
                arguments("Tết 2026: Fri 13/2 before giao thừa is a working day", "2026-02-13", true),
                arguments("Tết 2026 (LC art.112): giao thừa Mon 16/2 is a holiday", "2026-02-16", false),
                arguments("Tết 2026 (LC art.112): Tết Nguyên Đán Tue 17/2 is a holiday", "2026-02-17", false),
                arguments("Tết 2026 (LC art.112): mùng 4 Fri 20/2 is a holiday", "2026-02-20", false),
                arguments("Tết 2026: Mon 23/2 is the first working day after Tết", "2026-02-23", true),
                // Tết 2030: Vietnamese Tết is 2030-02-02 (the Chinese calendar says 02-03)
                arguments("Tết 2030: Wed 30/1 is a working day", "2030-01-30", true),
                arguments("Tết 2030 (LC art.112, observed): 29 Tết Thu 31/1 is a day off", "2030-01-31", false),
                arguments("Tết 2030 (LC art.112): giao thừa Fri 1/2 is a holiday per the data (Vietnamese Tết 2/2, not Chinese 3/2)", "2030-02-01", false),
                arguments("Tết 2030 (LC art.112, observed): mùng 5 Wed 6/2 is a day off", "2030-02-06", false),
                arguments("Tết 2030: Thu 7/2 is a working day (would be mùng 5 if Tết were the Chinese 3/2)", "2030-02-07", true),
                // 2 September + one adjacent day (LC art.112(1)(đ)); the adjacent day differs per year (CSV)
                arguments("2/9 2025 (LC art.112): adjacent day is Mon 1/9", "2025-09-01", false),
                arguments("2/9 2025: Wed 3/9 is a working day", "2025-09-03", true),
                arguments("2/9 2026 (LC art.112): adjacent day is Tue 1/9", "2026-09-01", false),
                arguments("2/9 2026: Thu 3/9 is a working day", "2026-09-03", true),
                arguments("2/9 2027: Wed 1/9 is a working day (adjacent day is after)", "2027-09-01", true),
                arguments("2/9 2027 (LC art.112): adjacent day is Fri 3/9", "2027-09-03", false),
                arguments("2/9 2028 (LC art.112): adjacent day Fri 1/9", "2028-09-01", false),
                arguments("2/9 2028 (LC art.112, observed): 2/9 on Saturday -> Mon 4/9 off", "2028-09-04", false),
                arguments("2/9 2029 (LC art.112): 2/9 on Sunday, adjacent day Mon 3/9", "2029-09-03", false),
                arguments("2/9 2029 (LC art.112, observed): Tue 4/9 off in lieu", "2029-09-04", false),
                arguments("2/9 2030 (LC art.112): adjacent day Tue 3/9", "2030-09-03", false),
                // observed days off in lieu (is_observed=yes)
                arguments("observed (LC art.111(3)): 29 Tết 2025 Mon 27/1", "2025-01-27", false),
                arguments("observed (LC art.111(3)): Giỗ Tổ 2026 falls on Sunday -> Mon 27/4 off", "2026-04-27", false),
                arguments("observed (LC art.111(3)): 1/5/2027 on Saturday -> Mon 3/5 off", "2027-05-03", false),
                arguments("observed (LC art.111(3)): 1/1/2028 on Saturday -> Mon 3/1 off", "2028-01-03", false),
                arguments("observed (LC art.111(3)): 30/4+1/5 2033 on the weekend -> Mon 2/5 off", "2033-05-02", false),
                arguments("observed (LC art.111(3)): 30/4+1/5 2033 on the weekend -> Tue 3/5 off", "2033-05-03", false),
                arguments("observed: Wed 4/5/2033 is a working day again", "2033-05-04", true));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} working={2}")
    @MethodSource
    void workingDays(String rule, String day, boolean working) {
        assertThat(RULES.isWorkingDay(LocalDate.parse(day))).isEqualTo(working);
    }

    static Stream<Arguments> dueDates() {
        return Stream.of(
                // Working-day limits: counting starts the day after receipt (Civil Code 2015 art. 147), due at 17:00
                arguments("WD (CC art.147): 5WD received Mon -> next Mon 17:00", "2026-03-09T09:00", "5WD", "2026-03-16T17:00"),
                arguments("WD (CC art.147): 1WD received on a Friday -> Monday", "2026-03-13T08:00", "1WD", "2026-03-16T17:00"),
                arguments("WD (CC art.147): 1WD received Friday 16:59 -> Monday", "2026-03-13T16:59", "1WD", "2026-03-16T17:00"),
                arguments("WD (CC art.147): 2WD received Friday -> Tuesday", "2026-03-13T10:00", "2WD", "2026-03-17T17:00"),
                arguments("WD weekend (LC art.111): 1WD received Saturday -> Monday", "2026-03-14T10:00", "1WD", "2026-03-16T17:00"),
                arguments("WD weekend (LC art.111): 1WD received Sunday -> Monday", "2026-03-15T10:00", "1WD", "2026-03-16T17:00"),
                arguments("WD weekend (LC art.111): 5WD received Saturday -> Friday", "2026-03-14T10:00", "5WD", "2026-03-20T17:00"),
                arguments("WD (LC art.112): 1WD received 31/12/2025 skips 1/1 -> Fri 2/1/2026", "2025-12-31T10:00", "1WD", "2026-01-02T17:00"),
                arguments("WD (LC art.112): 10WD from Fri 24/4/2026 skips observed Giỗ Tổ, 30/4, 1/5", "2026-04-24T10:00", "10WD", "2026-05-13T17:00"),
                // Tết 2026
                arguments("Tết 2026 (LC art.112): 5WD received Fri 13/2 lands after Tết -> Fri 27/2", "2026-02-13T10:00", "5WD", "2026-02-27T17:00"),
                arguments("Tết 2026 (LC art.112): 1WD received Fri 13/2 -> Mon 23/2", "2026-02-13T16:30", "1WD", "2026-02-23T17:00"),
                arguments("Tết 2026 (CC art.147): 3WD received online on mùng 2 -> Wed 25/2", "2026-02-18T11:00", "3WD", "2026-02-25T17:00"),
                arguments("Tết 2026 (15:00 rule): 0WD received Fri 13/2 14:00 -> same day", "2026-02-13T14:00", "0WD", "2026-02-13T17:00"),
                arguments("Tết 2026 (15:00 rule): 0WD received Fri 13/2 15:00 -> Mon 23/2", "2026-02-13T15:00", "0WD", "2026-02-23T17:00"),
                arguments("Tết 2026 (15:00 rule): 0WD received on Tết day -> Mon 23/2", "2026-02-17T09:00", "0WD", "2026-02-23T17:00"),
                // Tết 2030: the Vietnamese date (2/2) gives a different answer from the Chinese one (3/2)
                arguments("Tết 2030 (LC art.112): 1WD received Wed 30/1 -> Thu 7/2 (a Chinese-calendar Tết 3/2 would give Thu 31/1)", "2030-01-30T09:00", "1WD", "2030-02-07T17:00"),
                arguments("Tết 2030 (LC art.112): 2WD received on giao thừa Fri 1/2 -> Fri 8/2", "2030-02-01T09:00", "2WD", "2030-02-08T17:00"),
                arguments("Tết 2030 (15:00 rule): 0WD received Wed 30/1 14:00 -> same day", "2030-01-30T14:00", "0WD", "2030-01-30T17:00"),
                arguments("Tết 2030 (15:00 rule): 0WD received Wed 30/1 15:00 -> Thu 7/2", "2030-01-30T15:00", "0WD", "2030-02-07T17:00"),
                // 2 September and its adjacent day
                arguments("2/9 2025 (LC art.112): 1WD received Fri 29/8 skips Mon 1/9 + Tue 2/9 -> Wed 3/9", "2025-08-29T10:00", "1WD", "2025-09-03T17:00"),
                arguments("2/9 2026 (LC art.112): 1WD received Mon 31/8 skips Tue 1/9 + Wed 2/9 -> Thu 3/9", "2026-08-31T10:00", "1WD", "2026-09-03T17:00"),
                arguments("2/9 2027 (LC art.112): 1WD received Wed 1/9 skips Thu 2/9 + Fri 3/9 -> Mon 6/9", "2027-09-01T10:00", "1WD", "2027-09-06T17:00"),
                arguments("2/9 2027 (15:00 rule): 0WD received Wed 1/9 10:00 -> same day (adjacent day is 3/9)", "2027-09-01T10:00", "0WD", "2027-09-01T17:00"),
                arguments("2/9 2028 (LC art.112, observed): 1WD received Thu 31/8 -> Tue 5/9", "2028-08-31T10:00", "1WD", "2028-09-05T17:00"),
                arguments("2/9 2029 (LC art.112, observed): 1WD received Fri 31/8 -> Wed 5/9", "2029-08-31T10:00", "1WD", "2029-09-05T17:00"),
                // observed days off in lieu (is_observed=yes)
                arguments("observed (LC art.111(3)): 1WD received Fri 24/4/2026 skips Giỗ Tổ nghỉ bù Mon 27/4 -> Tue 28/4", "2026-04-24T10:00", "1WD", "2026-04-28T17:00"),
                arguments("observed (LC art.111(3)): 1WD received Thu 29/4/2027 skips 30/4 + 1/5 nghỉ bù Mon 3/5 -> Tue 4/5", "2027-04-29T10:00", "1WD", "2027-05-04T17:00"),
                arguments("observed (LC art.111(3)): 1WD received Fri 31/12/2027 skips 1/1 nghỉ bù Mon 3/1 -> Tue 4/1/2028", "2027-12-31T10:00", "1WD", "2028-01-04T17:00"),
                arguments("observed (LC art.111(3)): 1WD received Fri 29/4/2033 skips two nghỉ bù days -> Wed 4/5", "2033-04-29T10:00", "1WD", "2033-05-04T17:00"),
                arguments("observed (LC art.111(3)): 1WD received Fri 24/1/2025 skips 29 Tết (observed) and Tết -> Mon 3/2", "2025-01-24T10:00", "1WD", "2025-02-03T17:00"),
                // Calendar-day limits: receipt day + n; a non-working last day moves to the next working day (CC art.148(5))
                arguments("CD (CC art.148(5)): 30CD ending on a working day stays", "2026-03-09T09:00", "30CD", "2026-04-08T17:00"),
                arguments("CD: the time of receipt does not matter (received 22:00)", "2026-03-09T22:00", "30CD", "2026-04-08T17:00"),
                arguments("CD spanning Tết 2026: holidays count as days, 15CD from 10/2 -> Wed 25/2", "2026-02-10T09:00", "15CD", "2026-02-25T17:00"),
                arguments("CD (CC art.148(5)): 5CD ending on Tết 17/2/2026 -> Mon 23/2", "2026-02-12T09:00", "5CD", "2026-02-23T17:00"),
                arguments("CD (CC art.148(5)): 30CD ending Sat 4/4/2026 -> Mon 6/4", "2026-03-05T09:00", "30CD", "2026-04-06T17:00"),
                arguments("CD (CC art.148(5)): 10CD ending Sat 25/4/2026, then Giỗ Tổ Sunday + nghỉ bù Monday -> Tue 28/4", "2026-04-15T09:00", "10CD", "2026-04-28T17:00"),
                arguments("CD (CC art.148(5)): 30CD ending on 2/9/2027 (then 3/9 + weekend) -> Mon 6/9", "2027-08-03T09:00", "30CD", "2027-09-06T17:00"),
                arguments("CD (CC art.148(5)): 1CD received Friday ends Saturday -> Monday", "2026-03-13T09:00", "1CD", "2026-03-16T17:00"),
                // Same-day limits: the 15:00 rule (Decree 118/2025/NĐ-CP; Law on Civil Status art. 16)
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received 07:00 on a working day -> today", "2026-03-10T07:00", "0WD", "2026-03-10T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received 14:59 -> today", "2026-03-10T14:59", "0WD", "2026-03-10T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received 14:59:59.999 -> today", "2026-03-10T14:59:59.999", "0WD", "2026-03-10T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received 15:00 -> next working day", "2026-03-10T15:00", "0WD", "2026-03-11T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received online 18:30 -> next working day", "2026-03-10T18:30", "0WD", "2026-03-11T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received Friday 15:00 -> Monday", "2026-03-13T15:00", "0WD", "2026-03-16T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received Saturday 09:00 -> Monday", "2026-03-14T09:00", "0WD", "2026-03-16T17:00"),
                arguments("15:00 rule (Decree 118/2025; LCS art.16): received Sunday 09:00 -> Monday", "2026-03-15T09:00", "0WD", "2026-03-16T17:00"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} received {1} -> due {3}")
    @MethodSource
    void dueDates(String rule, String receivedAt, String limit, String due) {
        assertThat(RULES.dueAt(LocalDateTime.parse(receivedAt), TimeLimit.parse(limit)))
                .isEqualTo(LocalDateTime.parse(due));
    }

    @ParameterizedTest(name = "[{index}] no warning for covered year {0}")
    @MethodSource("coveredYears")
    void seedCoversEveryYearFrom2025To2035(int year) {
        assertThat(RULES.coveredYears()).contains(year);
    }

    static Stream<Integer> coveredYears() {
        return Stream.iterate(2025, y -> y <= 2035, y -> y + 1);
    }
}
