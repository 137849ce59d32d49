package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;
import vn.motcua.calendar.internal.CalendarProperties;
import vn.motcua.calendar.internal.CalendarRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed rows of {@code db/migration/V2__calendar.sql}, parsed from the script text (no database), so that the pure
 * rule tests run on exactly the data the application ships with.
 */
final class SeedData {

    static final String V2 = "db/migration/V2__calendar.sql";

    private static final String STR = "'((?:[^']|'')*)'";
    private static final Pattern ROW = Pattern.compile(
            "\\(date '(\\d{4}-\\d{2}-\\d{2})', " + STR + ", " + STR + ", " + STR + ", (null|" + STR + ")\\)");

    private SeedData() {
    }

    static String v2Script() {
        try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(V2)) {
            if (in == null) {
                throw new IllegalStateException(V2 + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All rows inserted by V2, in script order. */
    static List<CalendarDay> days() {
        List<CalendarDay> days = new ArrayList<>();
        Matcher m = ROW.matcher(v2Script());
        while (m.find()) {
            days.add(new CalendarDay(LocalDate.parse(m.group(1)), CalendarDayKind.valueOf(unquote(m.group(2))),
                    unquote(m.group(3)), unquote(m.group(4)), m.group(6) == null ? null : unquote(m.group(6))));
        }
        return days;
    }

    /** Rules over the V2 seed with the default times (17:00 closing, 15:00 same-day cut-off). */
    static CalendarRules rules() {
        return CalendarRules.of(days(), CalendarProperties.defaults());
    }

    private static String unquote(String sql) {
        return sql.replace("''", "'");
    }
}
