package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of table {@code calendar_day}: a day that differs from the plain weekday/weekend rule.
 *
 * @param day    the day (primary key)
 * @param kind   holiday, extra day off, or working weekend day
 * @param nameVi Vietnamese name, e.g. "Tết Nguyên Đán"
 * @param nameEn English name, e.g. "Lunar New Year"
 * @param basis  legal basis / provenance, may be {@code null}
 */
public record CalendarDay(LocalDate day, CalendarDayKind kind, String nameVi, String nameEn, String basis) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public static CalendarDay holiday(LocalDate day, String nameVi, String nameEn) {
        return new CalendarDay(day, CalendarDayKind.HOLIDAY, nameVi, nameEn, null);
    }

    public static CalendarDay dayOff(LocalDate day, String nameVi, String nameEn) {
        return new CalendarDay(day, CalendarDayKind.DAY_OFF, nameVi, nameEn, null);
    }

    public static CalendarDay workingDay(LocalDate day, String nameVi, String nameEn) {
        return new CalendarDay(day, CalendarDayKind.WORKING_DAY, nameVi, nameEn, null);
    }
}
