/**
 * The legal working-day calendar: {@link vn.motcua.calendar.WorkingCalendar} (Spring bean over table
 * {@code calendar_day}), {@link vn.motcua.calendar.internal.CalendarRules} (the pure rules) and
 * {@link vn.motcua.calendar.TimeLimit} ({@code "5WD"}, {@code "30CD"}, {@code "0WD"}).
 *
 * <p>Rules and their legal basis:
 * <ul>
 * <li>Working days exclude Saturdays, Sundays and public holidays (Labour Code 2019 art. 111-112); Government-declared
 *     swaps are data: a working weekend day counts, a weekday off does not.</li>
 * <li>Every due date is at office closing time ({@code motcua.calendar.office-closes-at}, 17:00).</li>
 * <li>Working-day limits count from the day after receipt (Civil Code 2015 art. 147).</li>
 * <li>Same-day limits: before 15:00 on a working day &rarr; today; otherwise the next working day
 *     ({@code motcua.calendar.same-day-cutoff}; Decree 118/2025/NĐ-CP; Law on Civil Status art. 16).</li>
 * <li>Calendar-day limits ending on a non-working day end on the next working day (Civil Code 2015 art. 148(5)).</li>
 * </ul>
 * The seeded 2025-2035 holidays follow the statutory rule as computed by the {@code vacanza/holidays} library, not the
 * schedule the Government actually announces each year (unverified): administrators must check and amend them.
 */
package vn.motcua.calendar;
