package vn.motcua.organisation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.motcua.organisation.tools.CommuneMigrationGenerator;
import vn.motcua.organisation.tools.CommuneMigrationGenerator.WardRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3 and V7 together hold every commune, ward and special zone of the new Lâm Đồng province exactly once, with the
 * official names of the shared vn-admin-units-2025 data, and V7 is exactly the generator's output.
 */
@DisplayName("V3 + V7 hold the 124 communes of Lâm Đồng in ../shared/data/vn-admin-units-2025/wards_2025-07-01.csv")
class CommuneMigrationConsistencyTest {

    static final Path CSV = CommuneMigrationGenerator.DEFAULT_CSV;
    private static final String STR = "'((?:[^']|'')*)'";
    private static final Pattern ROW = Pattern.compile("\\(" + STR + ", " + STR + ", " + STR + ", " + STR + ", " + STR
            + ", (null|" + STR + "), (null|" + STR + "),\\s*" + STR + ", " + STR + ", (true|false)\\)");

    static List<WardRow> csvRows;

    @BeforeAll
    static void readCsv() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CSV), () -> "shared data not found at " + CSV.toAbsolutePath());
        csvRows = CommuneMigrationGenerator.readProvince(CSV, CommuneMigrationGenerator.PROVINCE_CODE);
    }

    @Test
    void everyCommuneOfTheProvinceIsAReceivingUnitExactlyOnceWithItsOfficialName() {
        List<Unit> units = new ArrayList<>(units("db/migration/V3__demo_units.sql"));
        units.addAll(units("db/migration/V7__lam_dong_communes.sql"));
        Map<String, Unit> communes = units.stream().filter(u -> u.kind().equals("COMMUNE"))
                .collect(Collectors.toMap(Unit::wardCode, Function.identity()));

        assertThat(csvRows).hasSize(124);
        assertThat(units.stream().filter(u -> u.kind().equals("COMMUNE"))).as("no commune twice").hasSize(124);
        assertThat(communes.keySet()).containsExactlyInAnyOrderElementsOf(csvRows.stream().map(WardRow::code).toList());
        for (WardRow row : csvRows) {
            Unit unit = communes.get(row.code());
            assertThat(unit.code()).isEqualTo("H36." + row.code());
            assertThat(unit.name()).isEqualTo("Ủy ban nhân dân " + row.fullName());
            assertThat(unit.level()).isEqualTo("COMMUNE");
            assertThat(unit.parentCode()).isEqualTo("H36");
            assertThat(unit.receivesDossiers()).as(row.code() + " receives dossiers").isTrue();
            assertThat(unit.address()).isNotBlank();
            assertThat(unit.hotline()).isNotBlank();
        }
    }

    @Test
    void theServiceCentreHasBranchesThatReceiveDossiers() {
        assertThat(units("db/migration/V7__lam_dong_communes.sql")).filteredOn(u -> u.kind().equals("SERVICE_CENTRE"))
                .extracting(Unit::parentCode, Unit::level, Unit::receivesDossiers)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("H36.20", "PROVINCE", true))
                .hasSize(2);
    }

    @Test
    void scriptIsExactlyTheGeneratorOutput() {
        assertThat(script("db/migration/V7__lam_dong_communes.sql"))
                .as("V7 is generated: run CommuneMigrationGenerator (see its javadoc) instead of editing it")
                .isEqualTo(CommuneMigrationGenerator.renderSql(csvRows));
    }

    /** The unit rows a migration inserts, parsed from its text (no database). */
    static List<Unit> units(String resource) {
        List<Unit> units = new ArrayList<>();
        Matcher m = ROW.matcher(script(resource));
        while (m.find()) {
            units.add(new Unit(unquote(m.group(1)), unquote(m.group(2)), unquote(m.group(3)), unquote(m.group(4)),
                    unquote(m.group(5)), m.group(7) == null ? null : unquote(m.group(7)),
                    m.group(9) == null ? null : unquote(m.group(9)), unquote(m.group(10)), unquote(m.group(11)),
                    Boolean.parseBoolean(m.group(12))));
        }
        return units;
    }

    private static String script(String resource) {
        try (InputStream in = CommuneMigrationConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String sql) {
        return sql.replace("''", "'");
    }
}
