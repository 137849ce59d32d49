package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;
import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;
import vn.motcua.calendar.internal.WorkingTimeSplit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal working-day calendar of the province: the one place that decides what a working day is and when a dossier
 * is due. Everything else (receipt slip, timers, on-time reports, the 766 index) asks this bean.
 *
 * <p>The calendar is <b>data</b>, not code: the Government announces holidays, swapped days and make-up working days
 * every year, so they live in table {@code calendar_day} (Flyway {@code V2__calendar.sql}, seeded with 2025-2035 from
 * the statutory rule) and an administrator amends them. The table is read once at start-up (after Flyway) into an
 * immutable {@link CalendarRules} snapshot held in a volatile field; {@link #reload()} re-reads it and swaps the
 * snapshot atomically, so readers never see a half-loaded calendar. If reloading fails the old snapshot stays.
 *
 * <p>The rules, with their legal basis, are listed on {@link CalendarRules}: working days per Labour Code 2019
 * art. 111-112; due time = office closing time (17:00); working-day limits counted from the day after receipt (Civil
 * Code 2015 art. 147); same-day limits with the 15:00 cut-off (Decree 118/2025/NĐ-CP; Law on Civil Status art. 16);
 * calendar-day limits ending on a non-working day move to the next working day (Civil Code 2015 art. 148(5)).
 *
 * <p>All {@link LocalDateTime} values are local time in {@link #ZONE Asia/Ho_Chi_Minh}.
 */
@Component
@DependsOnDatabaseInitialization
public class WorkingCalendar {

    /** The legal time zone of every date and time here. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    /** {@code "day"} is a keyword in H2 2.x, so it is always quoted (lower case, as PostgreSQL folds it). */
    static final String SELECT_ALL = "select \"day\", kind, name_vi, name_en, basis from calendar_day order by \"day\"";

    private final JdbcClient jdbc;
    private final CalendarProperties properties;
    private volatile CalendarRules rules;

    /** Reads table {@code calendar_day} right away. */
    public WorkingCalendar(JdbcClient jdbc, CalendarProperties properties) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.properties = Objects.requireNonNull(properties, "properties");
        reload();
    }

    /** Whether {@code day} is a working day (Labour Code 2019 art. 111-112, plus the swaps in the data). */
    public boolean isWorkingDay(LocalDate day) {
        return rules.isWorkingDay(day);
    }

    /**
     * Due date and time (closing time of the due day, local time Asia/Ho_Chi_Minh) of a dossier received at
     * {@code receivedAt} (local time) with time limit {@code limit}. See {@link CalendarRules#dueAt}.
     */
    public LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit) {
        return rules.dueAt(receivedAt, limit);
    }

    /** As {@link #dueAt(LocalDateTime, TimeLimit)} for a zoned instant, converted to {@link #ZONE} first. */
    public ZonedDateTime dueAt(ZonedDateTime receivedAt, TimeLimit limit) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDateTime local = receivedAt.withZoneSameInstant(ZONE).toLocalDateTime();
        return rules.dueAt(local, limit).atZone(ZONE);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return rules.nextWorkingDay(day);
    }

    /** The {@code n}-th working day after {@code day} (Civil Code 2015 art. 147). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        return rules.plusWorkingDays(day, n);
    }

    /** See {@link CalendarRules#workingDaysBetween}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return rules.workingDaysBetween(fromExclusive, toInclusive);
    }

    /** See {@link CalendarRules#resume}. */
    public LocalDateTime resume(LocalDateTime dueAt, LocalDateTime pausedAt, LocalDateTime resumedAt) {
        return rules.resume(dueAt, pausedAt, resumedAt);
    }

    /** See {@link CalendarRules#minusWorkingDays}. */
    public LocalDateTime minusWorkingDays(LocalDateTime at, int n) {
        return rules.minusWorkingDays(at, n);
    }

    /**
     * The end of each step of a dossier's internal process, sharing the office minutes of working days between
     * {@code start} and {@code due} by {@code shares}; the last step ends at {@code due}. See {@link WorkingTimeSplit}.
     */
    public List<LocalDateTime> stepEnds(LocalDateTime start, LocalDateTime due, List<Integer> shares) {
        return new WorkingTimeSplit(rules, properties.officeOpensAt()).ends(start, due, shares);
    }

    /** When {@code percent} of the office time between {@code start} and {@code end} has passed (warning points). */
    public LocalDateTime pointWithin(LocalDateTime start, LocalDateTime end, int percent) {
        return new WorkingTimeSplit(rules, properties.officeOpensAt()).pointWithin(start, end, percent);
    }

    /** Office opening time ({@code motcua.calendar.office-opens-at}): office minutes count from it. */
    public LocalTime officeOpensAt() {
        return properties.officeOpensAt();
    }

    /** Office closing time ({@code motcua.calendar.office-closes-at}): due dates fall on it. */
    public LocalTime officeClosesAt() {
        return properties.officeClosesAt();
    }

    /** The row of table {@code calendar_day} for {@code day}, if any (holiday name, kind, basis). */
    public Optional<CalendarDay> entry(LocalDate day) {
        return rules.entry(day);
    }

    /** The current immutable snapshot; use it to run several computations on one consistent calendar. */
    public CalendarRules snapshot() {
        return rules;
    }

    /**
     * Re-reads table {@code calendar_day} and swaps the snapshot. Call after amending the table (admin API).
     *
     * @throws org.springframework.dao.DataAccessException if the table cannot be read; the old snapshot stays
     * @throws IllegalStateException if a row has an unknown kind; the old snapshot stays
     */
    public synchronized void reload() {
        List<CalendarDay> days = jdbc.sql(SELECT_ALL)
                .query((rs, rowNum) -> new CalendarDay(
                        rs.getObject(1, LocalDate.class),
                        kind(rs.getString(2), rs.getObject(1, LocalDate.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        CalendarRules loaded = CalendarRules.of(days, properties);
        boolean changed = rules == null || !rules.entries().equals(loaded.entries());
        this.rules = loaded;
        if (changed) {
            log.info("Working calendar loaded: {}", loaded);
        }
    }

    private static CalendarDayKind kind(String value, LocalDate day) {
        try {
            return CalendarDayKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("calendar_day " + day + " has unknown kind \"" + value
                    + "\" (expected HOLIDAY, DAY_OFF or WORKING_DAY)", e);
        }
    }
}
