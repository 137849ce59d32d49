package vn.motcua.calendar;

import vn.motcua.calendar.internal.CalendarDay;
import vn.motcua.calendar.internal.CalendarDayKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.tools.CalendarMigrationGenerator;
import vn.motcua.calendar.tools.CalendarMigrationGenerator.HolidayRow;

/** V2__calendar.sql holds exactly the days of the shared vn-holidays CSV, with the same names. */
@DisplayName("V2__calendar.sql matches ../shared/data/vn-holidays/public_holidays_2025_2035.csv")
class CalendarMigrationConsistencyTest {

    static final Path CSV = Path.of("..", "shared", "data", "vn-holidays", "public_holidays_2025_2035.csv");

    static List<HolidayRow> csvRows;

    @BeforeAll
    static void readCsv() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CSV), () -> "shared data not found at " + CSV.toAbsolutePath());
        csvRows = CalendarMigrationGenerator.readCsv(CSV);
    }

    @Test
    void sameDatesAndNamesAsTheCsv() {
        Map<String, List<String>> fromCsv = csvRows.stream().collect(Collectors.toMap(
                r -> r.date().toString(), r -> List.of(r.nameVi(), r.nameEn()), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<String>> fromSql = SeedData.days().stream().collect(Collectors.toMap(
                d -> d.day().toString(), d -> List.of(d.nameVi(), d.nameEn()), (a, b) -> a, LinkedHashMap::new));

        assertThat(csvRows).hasSize(150);
        assertThat(SeedData.days()).as("no duplicate days in V2").hasSize(150);
        assertThat(fromSql).containsExactlyEntriesOf(fromCsv);
    }

    @Test
    void everyRowIsAHolidayAndObservedRowsSayso() {
        Map<String, CalendarDay> sql = SeedData.days().stream()
                .collect(Collectors.toMap(d -> d.day().toString(), d -> d));
        for (HolidayRow row : csvRows) {
            CalendarDay day = sql.get(row.date().toString());
            assertThat(day.kind()).as(row.date() + " kind").isEqualTo(CalendarDayKind.HOLIDAY);
            assertThat(day.basis()).as(row.date() + " basis").contains("Labour Code 2019 art.112");
            assertThat(day.basis().contains("observed")).as(row.date() + " observed").isEqualTo(row.observed());
            assertThat(day.day().getDayOfWeek().name()).as(row.date() + " weekday column")
                    .startsWithIgnoringCase(row.weekday());
        }
        assertThat(csvRows).filteredOn(HolidayRow::observed).isNotEmpty();
    }

    @Test
    void noSwappedDaysAreInvented() {
        assertThat(SeedData.days()).extracting(CalendarDay::kind).containsOnly(CalendarDayKind.HOLIDAY);
    }

    @Test
    void scriptIsExactlyTheGeneratorOutput() {
        assertThat(SeedData.v2Script())
                .as("V2__calendar.sql is generated: run CalendarMigrationGenerator (see its javadoc) instead of editing it")
                .isEqualTo(CalendarMigrationGenerator.renderSql(csvRows));
    }
}
