package vn.motcua.calendar.tools;

import org.apache.commons.csv.CSVRecord;
import vn.motcua.support.SharedDataCsv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the Flyway migration {@code src/main/resources/db/migration/V2__calendar.sql} (table {@code calendar_day}
 * and its seed rows) from the shared holiday data {@code ../shared/data/vn-holidays/public_holidays_2025_2035.csv}.
 * The CSV itself is not copied into the project; only the derived facts (date, names, basis) are.
 *
 * <p>Every CSV row becomes a {@code HOLIDAY} row; rows with {@code is_observed=yes} (nghỉ bù, or a Tết day shifted
 * off a weekend) keep their name and get "observed day off in lieu" in {@code basis}. The CSV has no swapped working
 * Saturdays, so no {@code WORKING_DAY} / {@code DAY_OFF} rows are generated: add the Government's announced swaps in
 * later migrations (or through the admin API) and call {@code WorkingCalendar.reload()}.
 *
 * <p>Reads the CSV with commons-csv ({@link vn.motcua.support.SharedDataCsv}); run it on the test class path from the
 * project root (the arguments are optional, the defaults shown):
 * <pre>
 * mvn -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.motcua.calendar.tools.CalendarMigrationGenerator \
 *     -Dexec.args="../shared/data/vn-holidays/public_holidays_2025_2035.csv src/main/resources/db/migration/V2__calendar.sql"
 * </pre>
 * Only regenerate V2 before it has been applied to any database: Flyway checksums applied migrations, so later
 * changes belong in a new migration. {@code CalendarMigrationConsistencyTest} checks that V2 equals this output.
 */
public final class CalendarMigrationGenerator {

    public static final Path DEFAULT_CSV = Path.of("..", "shared", "data", "vn-holidays", "public_holidays_2025_2035.csv");
    public static final Path DEFAULT_OUTPUT = Path.of("src", "main", "resources", "db", "migration", "V2__calendar.sql");

    static final List<String> HEADER = List.of("date", "weekday", "weekday_vi", "name_vi", "name_en", "basis", "is_observed");
    private static final String LABOUR_CODE = "Labour Code 2019 art.112";
    private static final int MAX_TEXT = 200;

    /** One row of {@code public_holidays_2025_2035.csv}. */
    public record HolidayRow(LocalDate date, String weekday, String weekdayVi, String nameVi, String nameEn,
                             String basis, boolean observed) {
    }

    private CalendarMigrationGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : DEFAULT_CSV;
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUTPUT;
        List<HolidayRow> rows = readCsv(csv);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, renderSql(rows), StandardCharsets.UTF_8);
        System.out.println("Wrote " + rows.size() + " calendar days to " + out);
    }

    /** Reads and checks the holiday CSV (UTF-8, header row, RFC 4180 quoting). */
    public static List<HolidayRow> readCsv(Path csv) throws IOException {
        List<HolidayRow> rows = new ArrayList<>();
        for (CSVRecord r : SharedDataCsv.read(csv, HEADER)) {
            String observed = r.get("is_observed");
            if (!observed.equals("yes") && !observed.equals("no")) {
                throw new IllegalArgumentException(csv + " record " + r.getRecordNumber() + ": is_observed must be yes or no, was " + observed);
            }
            rows.add(new HolidayRow(LocalDate.parse(r.get("date")), r.get("weekday"), r.get("weekday_vi"), r.get("name_vi"),
                    r.get("name_en"), r.get("basis"), observed.equals("yes")));
        }
        return rows;
    }

    /** The {@code basis} column: legal basis, the CSV's basis, and "observed" for days in lieu. */
    public static String basisOf(HolidayRow row) {
        String basis = row.basis().contains(LABOUR_CODE) ? row.basis() : LABOUR_CODE + "; " + row.basis();
        if (row.observed()) {
            basis += "; observed day off in lieu (nghỉ bù)";
        }
        return basis;
    }

    /** The whole migration script. */
    public static String renderSql(List<HolidayRow> rows) {
        Map<Integer, List<HolidayRow>> byYear = new TreeMap<>();
        LocalDate previous = null;
        for (HolidayRow row : rows) {
            if (previous != null && !row.date().isAfter(previous)) {
                throw new IllegalArgumentException("CSV dates must be strictly increasing: " + row.date() + " after " + previous);
            }
            previous = row.date();
            byYear.computeIfAbsent(row.date().getYear(), y -> new ArrayList<>()).add(row);
        }
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- The legal working-day calendar, read by vn.motcua.calendar.WorkingCalendar (reload() after changes).
                -- Portable SQL: runs unchanged on H2 2.x (default mode) and PostgreSQL 15.
                --
                -- One row per day that differs from the plain rule "Monday to Friday are working days"
                -- (Labour Code 2019 art. 111-112):
                --   HOLIDAY     public holiday, incl. observed days off in lieu (nghi bu): not a working day
                --   DAY_OFF     extra or swapped weekday off declared by the Government: not a working day
                --   WORKING_DAY weekend day declared a working day (make-up / swapped Saturday): a working day
                -- Column "day" is a keyword in H2 2.x: always write it quoted and lower case ("day").
                --
                -- GENERATED by src/test/java/vn/motcua/calendar/tools/CalendarMigrationGenerator.java from
                -- ../shared/data/vn-holidays/public_holidays_2025_2035.csv (MIT, generated with the vacanza/holidays
                -- library, class holidays.Vietnam). Do not edit by hand; amend the calendar in later migrations.
                -- These rows follow the statutory rule, not the schedule the Government announces each year
                -- (unverified): add the announced swaps (DAY_OFF / WORKING_DAY) in later migrations.
                -- There are no swapped working Saturdays in the source data, so none are seeded here.

                create table calendar_day (
                    "day"    date         not null primary key,
                    kind     varchar(16)  not null,
                    name_vi  varchar(200) not null,
                    name_en  varchar(200) not null,
                    basis    varchar(200),
                    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY'))
                );
                """);
        sql.append("-- ").append(rows.size()).append(" rows\n");
        for (Map.Entry<Integer, List<HolidayRow>> year : byYear.entrySet()) {
            sql.append("\n-- ").append(year.getKey()).append('\n');
            sql.append("insert into calendar_day (\"day\", kind, name_vi, name_en, basis) values\n");
            List<HolidayRow> yearRows = year.getValue();
            for (int i = 0; i < yearRows.size(); i++) {
                HolidayRow r = yearRows.get(i);
                sql.append("    (date '").append(r.date()).append("', 'HOLIDAY', ")
                        .append(literal(r.nameVi())).append(", ")
                        .append(literal(r.nameEn())).append(", ")
                        .append(literal(basisOf(r))).append(')')
                        .append(i + 1 < yearRows.size() ? ",\n" : ";\n");
            }
        }
        return sql.toString();
    }

    /** A SQL string literal ({@code '} doubled); at most 200 characters, no line breaks. */
    static String literal(String value) {
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Longer than " + MAX_TEXT + " characters: " + value);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Line break in: " + value);
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
