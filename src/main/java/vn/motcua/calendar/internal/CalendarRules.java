package vn.motcua.calendar.internal;

import vn.motcua.calendar.DayCount;
import vn.motcua.calendar.TimeLimit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counting rules over one immutable snapshot of the calendar data. Pure: no Spring, no database; build one from
 * {@link CalendarDay} rows and the two times, or let {@link WorkingCalendar} build it from table {@code calendar_day}.
 * Thread-safe.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li><b>Working day</b> (Labour Code 2019 art. 111-112): Monday to Friday, except public holidays
 *     ({@link CalendarDayKind#HOLIDAY}, including observed days off in lieu when a holiday falls on a weekly rest
 *     day, art. 111(3)) and extra/swapped days off
 *     ({@link CalendarDayKind#DAY_OFF}); a Saturday or Sunday the Government declares a working day
 *     ({@link CalendarDayKind#WORKING_DAY}, make-up / swapped working Saturday) is a working day.</li>
 * <li><b>Due time</b>: a due date is always the office closing time ({@code motcua.calendar.office-closes-at},
 *     17:00 by default) of the due day.</li>
 * <li><b>Working-day limits</b> ({@code nWD}, n &ge; 1): counting starts on the day after receipt (Civil Code 2015
 *     art. 147); the due day is the n-th working day after the receipt day, whatever the time or the kind of the
 *     receipt day.</li>
 * <li><b>Same-day limits</b> ({@code 0WD}): received on a working day before the cut-off
 *     ({@code motcua.calendar.same-day-cutoff}, 15:00 by default) &rarr; due today; received at or after the cut-off,
 *     or on a non-working day &rarr; due the next working day (Decree 118/2025/NĐ-CP; Law on Civil Status art. 16
 *     for civil-status procedures).</li>
 * <li><b>Calendar-day limits</b> ({@code nCD}): due day = receipt day + n days; if that day is not a working day the
 *     period ends on the next working day (Civil Code 2015 art. 148(5)).</li>
 * <li><b>Years without data</b>: a year with no row in the data still has its weekends counted; its holidays are
 *     unknown, which is logged as a warning once per year (per snapshot).</li>
 * </ol>
 */
public final class CalendarRules {

    private static final Logger log = LoggerFactory.getLogger(CalendarRules.class);

    /**
     * Longest run of consecutive non-working days tolerated when looking for the next working day. Real data has at
     * most ~10 (Tết plus weekends); more means the calendar data is broken.
     */
    static final int MAX_NON_WORKING_RUN = 366;

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> coveredYears;
    private final LocalTime officeClosesAt;
    private final LocalTime sameDayCutoff;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * @param days           the exceptions to the weekday/weekend rule (rows of {@code calendar_day}); one per day
     * @param officeClosesAt closing time; every due date is this time on the due day
     * @param sameDayCutoff  same-day dossiers received at or after this time are due the next working day; not after
     *                       {@code officeClosesAt}
     * @throws IllegalArgumentException if a day occurs twice or the cut-off is after closing time
     */
    public CalendarRules(Collection<CalendarDay> days, LocalTime officeClosesAt, LocalTime sameDayCutoff) {
        Objects.requireNonNull(days, "days");
        this.officeClosesAt = Objects.requireNonNull(officeClosesAt, "officeClosesAt");
        this.sameDayCutoff = Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
        if (sameDayCutoff.isAfter(officeClosesAt)) {
            throw new IllegalArgumentException("Same-day cut-off " + sameDayCutoff + " is after office closing time " + officeClosesAt);
        }
        TreeMap<LocalDate, CalendarDay> byDay = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (CalendarDay d : days) {
            CalendarDay previous = byDay.put(d.day(), d);
            if (previous != null) {
                throw new IllegalArgumentException("Calendar day " + d.day() + " occurs twice: " + previous + " and " + d);
            }
            years.add(d.day().getYear());
        }
        this.days = Collections.unmodifiableMap(byDay);
        this.coveredYears = Collections.unmodifiableSet(years);
    }

    /** Rules with the times of {@code properties}. */
    public static CalendarRules of(Collection<CalendarDay> days, CalendarProperties properties) {
        return new CalendarRules(days, properties.officeClosesAt(), properties.sameDayCutoff());
    }

    /**
     * Whether {@code day} is a working day (Labour Code 2019 art. 111-112): a {@code WORKING_DAY} row makes it one
     * (swapped working Saturday), a {@code HOLIDAY} or {@code DAY_OFF} row makes it none, otherwise Monday-Friday are
     * and Saturday/Sunday are not. For a year without data a warning is logged once.
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        CalendarDay entry = days.get(day);
        if (entry != null) {
            return entry.kind().working();
        }
        warnIfUnknownYear(day.getYear());
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return plusWorkingDays(day, 1);
    }

    /** {@code day} itself if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /**
     * The {@code n}-th working day after {@code day} (counting starts on the next day, Civil Code 2015 art. 147);
     * {@code day} itself for {@code n == 0}.
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = day;
        int counted = 0;
        int run = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
                run = 0;
            } else if (++run > MAX_NON_WORKING_RUN) {
                throw new IllegalStateException("No working day within " + MAX_NON_WORKING_RUN + " days after " + d.minusDays(run)
                        + ": check table calendar_day");
            }
        }
        return d;
    }

    /**
     * The due date and time of a dossier received at {@code receivedAt} (local time, Asia/Ho_Chi_Minh): always the
     * office closing time of the due day, where the due day is
     * <ul>
     * <li>{@code nWD}: the n-th working day after the receipt day (Civil Code 2015 art. 147);</li>
     * <li>{@code 0WD}: the receipt day if it is a working day and the time is before the cut-off, else the next
     *     working day (Decree 118/2025/NĐ-CP; Law on Civil Status art. 16);</li>
     * <li>{@code nCD}: receipt day + n, moved to the next working day if not a working day (Civil Code 2015
     *     art. 148(5));</li>
     * <li>a staged limit ({@code 6WD+30CD}): each stage from the end day of the previous one.</li>
     * </ul>
     */
    public LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(limit, "limit");
        LocalDate received = receivedAt.toLocalDate();
        LocalDate due;
        if (limit.sameDay()) {
            boolean beforeCutoff = receivedAt.toLocalTime().isBefore(sameDayCutoff);
            due = beforeCutoff && isWorkingDay(received) ? received : nextWorkingDay(received);
        } else if (limit.count() == DayCount.WORKING_DAYS) {
            due = plusWorkingDays(received, limit.amount());
        } else {
            due = workingDayOnOrAfter(received.plusDays(limit.amount()));
        }
        // a staged limit ("6 working days, then 30 days"): the next stage counts from the end of this one
        return limit.then() == null ? due.atTime(officeClosesAt) : dueAt(due.atTime(officeClosesAt), limit.then());
    }

    /** How many working days lie after {@code fromExclusive} up to and including {@code toInclusive}; 0 if none. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The due date after a pause. The clock stopped on the day the applicant was asked for a supplement and
     * runs again when it is brought, with the working days that were left (Decree 118/2025/NĐ-CP: time
     * waiting for the applicant's supplement does not count). Days left = working days after the pause day up
     * to the due day; they are counted again from the resume day (the next working day if it is not one).
     * The due time of day is kept.
     */
    public LocalDateTime resume(LocalDateTime dueAt, LocalDateTime pausedAt, LocalDateTime resumedAt) {
        int left = workingDaysBetween(pausedAt.toLocalDate(), dueAt.toLocalDate());
        LocalDate restart = workingDayOnOrAfter(resumedAt.toLocalDate());
        LocalDate due = left == 0 ? restart : plusWorkingDays(restart, left);
        LocalDateTime resumed = LocalDateTime.of(due, dueAt.toLocalTime());
        return resumed.isBefore(dueAt) ? dueAt : resumed;
    }

    /** The moment {@code n} working days before {@code at} (same time of day), for warnings ahead of a due date. */
    public LocalDateTime minusWorkingDays(LocalDateTime at, int n) {
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                i++;
            }
        }
        return LocalDateTime.of(day, at.toLocalTime());
    }

    /** The row for {@code day}, if the data has one. */
    public Optional<CalendarDay> entry(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    /** All rows, ordered by day. */
    public List<CalendarDay> entries() {
        return List.copyOf(days.values());
    }

    /** Years that have at least one row; for other years holidays are unknown. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    /** Years without data that were asked about (and warned about) so far. */
    public Set<Integer> warnedYears() {
        return Set.copyOf(warnedYears);
    }

    public LocalTime officeClosesAt() {
        return officeClosesAt;
    }

    public LocalTime sameDayCutoff() {
        return sameDayCutoff;
    }

    private void warnIfUnknownYear(int year) {
        if (!coveredYears.contains(year) && warnedYears.add(year)) {
            log.warn("Working calendar has no data for {}: counting weekends only, public holidays of {} are unknown; "
                    + "add the year to table calendar_day and reload the calendar", year, year);
        }
    }

    @Override
    public String toString() {
        return "CalendarRules[" + days.size() + " days, years " + coveredYears + ", closes " + officeClosesAt
                + ", same-day cut-off " + sameDayCutoff + "]";
    }
}
