package vn.motcua.input.internal;

import vn.motcua.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The plausible range of every date the app reads, 1900–2199, for bodies ({@link StrictJson}) and for query and path
 * parameters ({@link vn.motcua.input.Dates}). Parameters are parsed strictly: four-digit years only ({@code +10000-01-01}
 * and {@code 2026-02-30} are refused, not resolved to another day).
 */
public final class PlausibleDates {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private PlausibleDates() {
    }

    public static LocalDate date(String parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return plausible(parameter, LocalDate.parse(value.strip(), DAY));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "Ngày phải có dạng yyyy-MM-dd, ví dụ 2026-03-31",
                    "The date must read yyyy-MM-dd, e.g. 2026-03-31");
        }
    }

    public static LocalDateTime dateOrTime(String parameter, String value, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = plausible(parameter, LocalDate.parse(v, DAY));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay();
            }
            LocalDateTime time = LocalDateTime.parse(v);
            if (!v.matches("\\d{4}-.*")) {
                throw new DateTimeParseException("year of four digits", v, 0);
            }
            check(parameter, time.getYear());
            return time;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "Ngày giờ không hợp lệ (yyyy-MM-dd hoặc yyyy-MM-ddTHH:mm)",
                    "Invalid date or date-time (yyyy-MM-dd or yyyy-MM-ddTHH:mm)");
        }
    }

    public static YearMonth month(String parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip(), MONTH);
            check(parameter, month.getYear());
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "Tháng phải có dạng yyyy-MM, ví dụ 2026-03: " + value,
                    "The month must read yyyy-MM, e.g. 2026-03: " + value);
        }
    }

    public static LocalDate plausible(String parameter, LocalDate day) {
        if (day != null) {
            check(parameter, day.getYear());
        }
        return day;
    }

    static void check(String field, int year) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new InvalidInputException(field, "Ngày ngoài khoảng hợp lý (từ 01/01/" + EARLIEST_YEAR + " đến 31/12/"
                    + LATEST_YEAR + ")", "Date outside the plausible range (01/01/" + EARLIEST_YEAR + " to 31/12/"
                    + LATEST_YEAR + ")");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
