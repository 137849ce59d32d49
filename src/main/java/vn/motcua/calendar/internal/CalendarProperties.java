package vn.motcua.calendar.internal;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working calendar ({@code motcua.calendar.*}).
 *
 * @param officeClosesAt {@code motcua.calendar.office-closes-at}, default {@code 17:00}: every due date is this time
 *                       on the due day
 * @param sameDayCutoff  {@code motcua.calendar.same-day-cutoff}, default {@code 15:00}: a same-day ({@code 0WD})
 *                       dossier received at or after this time is due the next working day (Decree 118/2025/NĐ-CP;
 *                       Law on Civil Status art. 16)
 * @param officeOpensAt  {@code motcua.calendar.office-opens-at}, default {@code 08:00}: office hours start; steps of
 *                       the internal process share the office minutes between opening and closing of working days
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
        @DefaultValue("17:00") LocalTime officeClosesAt,
        @DefaultValue("15:00") LocalTime sameDayCutoff,
        @DefaultValue("08:00") LocalTime officeOpensAt) {

    public static final LocalTime DEFAULT_OFFICE_CLOSES_AT = LocalTime.of(17, 0);
    public static final LocalTime DEFAULT_SAME_DAY_CUTOFF = LocalTime.of(15, 0);
    public static final LocalTime DEFAULT_OFFICE_OPENS_AT = LocalTime.of(8, 0);

    @ConstructorBinding
    public CalendarProperties {
        if (officeOpensAt == null) {
            officeOpensAt = DEFAULT_OFFICE_OPENS_AT;
        }
        if (officeClosesAt == null) {
            officeClosesAt = DEFAULT_OFFICE_CLOSES_AT;
        }
        if (sameDayCutoff == null) {
            sameDayCutoff = DEFAULT_SAME_DAY_CUTOFF;
        }
        if (sameDayCutoff.isAfter(officeClosesAt)) {
            throw new IllegalArgumentException("motcua.calendar.same-day-cutoff (" + sameDayCutoff
                    + ") must not be after motcua.calendar.office-closes-at (" + officeClosesAt + ")");
        }
        if (!officeOpensAt.isBefore(officeClosesAt)) {
            throw new IllegalArgumentException("motcua.calendar.office-opens-at (" + officeOpensAt
                    + ") must be before motcua.calendar.office-closes-at (" + officeClosesAt + ")");
        }
    }

    /** With the default opening time. */
    public CalendarProperties(LocalTime officeClosesAt, LocalTime sameDayCutoff) {
        this(officeClosesAt, sameDayCutoff, null);
    }

    /** 17:00 closing, 15:00 same-day cut-off. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(DEFAULT_OFFICE_CLOSES_AT, DEFAULT_SAME_DAY_CUTOFF);
    }
}
