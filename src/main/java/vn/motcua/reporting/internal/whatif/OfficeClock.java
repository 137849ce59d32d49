package vn.motcua.reporting.internal.whatif;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * Office time as one number: the office minutes of working days (legal calendar, opening to closing time) from the
 * first day of a range up to an instant. Evenings, weekends, Tết and other days off add nothing, so a queue served in
 * this time works only when the office is open. O(1) per instant after one pass over the days.
 */
public final class OfficeClock {

    private final LocalDate first;
    private final LocalTime opens;
    private final LocalTime closes;
    private final boolean[] working;
    private final long[] before;   // office minutes before each day of the range
    private final long perDay;

    /** @param workingDay the legal calendar (WorkingCalendar::isWorkingDay) */
    public OfficeClock(Predicate<LocalDate> workingDay, LocalTime opens, LocalTime closes, LocalDate first, LocalDate last) {
        if (!opens.isBefore(closes) || last.isBefore(first)) {
            throw new IllegalArgumentException("Office hours " + opens + "-" + closes + " or days " + first + ".." + last);
        }
        this.first = first;
        this.opens = opens;
        this.closes = closes;
        this.perDay = Duration.between(opens, closes).toMinutes();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        working = new boolean[days];
        before = new long[days + 1];
        for (int i = 0; i < days; i++) {
            working[i] = workingDay.test(first.plusDays(i));
            before[i + 1] = before[i] + (working[i] ? perDay : 0);
        }
    }

    /** Office minutes from the range's first day up to {@code t}; instants outside the range are clamped to it. */
    public long minute(LocalDateTime t) {
        long day = ChronoUnit.DAYS.between(first, t.toLocalDate());
        if (day < 0) {
            return 0;
        }
        if (day >= working.length) {
            return before[working.length];
        }
        int i = (int) day;
        if (!working[i]) {
            return before[i];
        }
        LocalTime time = t.toLocalTime();
        long inDay = time.isBefore(opens) ? 0 : time.isAfter(closes) ? perDay : Duration.between(opens, time).toMinutes();
        return before[i] + inDay;
    }

    /**
     * The instant at which {@code minute} office minutes have passed: the closing time of a day for its last minute,
     * never an evening or a day off. Clamped to the range.
     */
    public LocalDateTime at(long minute) {
        int days = working.length;
        if (minute <= 0) {
            for (int i = 0; i < days; i++) {
                if (working[i]) {
                    return first.plusDays(i).atTime(opens);
                }
            }
            return first.atTime(opens);
        }
        if (minute >= before[days]) {
            minute = before[days];
        }
        int lo = 1;
        int hi = days;
        while (lo < hi) {   // the first day end (before[j]) at or after the minute
            int mid = (lo + hi) >>> 1;
            if (before[mid] >= minute) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int day = lo - 1;
        return first.plusDays(day).atTime(opens).plusMinutes(minute - before[day]);
    }

    /** Office minutes in one working day. */
    public long minutesPerDay() {
        return perDay;
    }
}
