package vn.motcua.organisation.tools;

import org.apache.commons.csv.CSVRecord;
import vn.motcua.support.SharedDataCsv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes the Flyway migration {@code src/main/resources/db/migration/V7__lam_dong_communes.sql}: every commune, ward
 * and special zone of the new Lâm Đồng province (province code 68, formed on 1 July 2025 from Lâm Đồng, Đắk Nông and
 * Bình Thuận) as a receiving unit, read from {@code ../shared/data/vn-admin-units-2025/wards_2025-07-01.csv}, plus two
 * branches of the provincial Public Administration Service Centre. The CSV is not copied into the project; only the
 * derived facts (GSO code, official name, kind) are.
 *
 * <p>Unit codes are {@code H36.<5-digit GSO ward code>}: ILLUSTRATIVE, in the shape of Decision 20/2020/QĐ-TTg, like
 * the demo units of V3 (a province replaces them with the codes it was issued). Addresses say only "the commune
 * People's Committee's seat" and hotlines are derived from the ward code: both are placeholders to be replaced. The two
 * communes already created by V3 ({@link #IN_V3}) are skipped.
 *
 * <p>Reads the CSV with commons-csv ({@link vn.motcua.support.SharedDataCsv}); run it on the test class path from the
 * project root (the arguments are optional, the defaults shown):
 * <pre>
 * mvn -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.motcua.organisation.tools.CommuneMigrationGenerator \
 *     -Dexec.args="../shared/data/vn-admin-units-2025/wards_2025-07-01.csv src/main/resources/db/migration/V7__lam_dong_communes.sql"
 * </pre>
 * Only regenerate V7 before it has been applied to any database (Flyway checksums applied migrations); later changes
 * belong in a new migration or the administrators' API. {@code CommuneMigrationConsistencyTest} checks that V7 equals
 * this output.
 */
public final class CommuneMigrationGenerator {

    public static final Path DEFAULT_CSV = Path.of("..", "shared", "data", "vn-admin-units-2025", "wards_2025-07-01.csv");
    public static final Path DEFAULT_OUTPUT = Path.of("src", "main", "resources", "db", "migration", "V7__lam_dong_communes.sql");

    public static final String PROVINCE_CODE = "68";
    public static final String PROVINCE_UNIT = "H36";
    /** Communes created by V3__demo_units.sql, with the demo officers. */
    public static final Set<String> IN_V3 = Set.of("24781", "24848");

    static final List<String> HEADER = List.of("code", "name", "name_en", "full_name", "full_name_en", "code_name",
            "province_code", "administrative_unit_id", "administrative_unit_short_name");

    /** One commune-level unit of {@code wards_2025-07-01.csv}. */
    public record WardRow(String code, String name, String nameEn, String fullName, String fullNameEn,
                          String provinceCode, int administrativeUnitId, String shortName) {

        public String unitCode() {
            return PROVINCE_UNIT + "." + code;
        }

        /** {@code Ủy ban nhân dân Phường Xuân Hương - Đà Lạt}, as in V3. */
        public String unitName() {
            return "Ủy ban nhân dân " + fullName;
        }

        /** {@code Xuan Huong - Da Lat Ward People's Committee}, as in V3 (the CSV's English names are not official). */
        public String unitNameEn() {
            String kind = switch (administrativeUnitId) {
                case 3 -> "Ward";
                case 4 -> "Commune";
                case 5 -> "Special Zone";
                default -> throw new IllegalArgumentException("Ward " + code + ": unexpected administrative unit " + administrativeUnitId);
            };
            return nameEn + " " + kind + " People's Committee";
        }

        public String address() {
            return "Trụ sở Ủy ban nhân dân " + fullName + ", tỉnh Lâm Đồng";
        }

        /** A placeholder in the shape of a landline: the area code, 39 and the ward code. */
        public String hotline() {
            return "0263 39" + code.substring(0, 2) + " " + code.substring(2);
        }
    }

    /** A branch of the provincial service centre (H36.20): illustrative, like every agency code here. */
    public record Branch(String code, String name, String nameEn, String address, String hotline) {
    }

    public static final List<Branch> BRANCHES = List.of(
            new Branch("H36.20.01", "Chi nhánh Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng tại Phan Thiết",
                    "Lam Dong Public Administration Service Centre, Phan Thiet branch",
                    "Trụ sở chi nhánh, Phường Phan Thiết, tỉnh Lâm Đồng", "0252 3555 888"),
            new Branch("H36.20.02", "Chi nhánh Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng tại Gia Nghĩa",
                    "Lam Dong Public Administration Service Centre, Gia Nghia branch",
                    "Trụ sở chi nhánh, Phường Nam Gia Nghĩa, tỉnh Lâm Đồng", "0261 3555 888"));

    private CommuneMigrationGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : DEFAULT_CSV;
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUTPUT;
        List<WardRow> rows = readProvince(csv, PROVINCE_CODE);
        Files.writeString(out, renderSql(rows), StandardCharsets.UTF_8);
        System.out.println("Wrote " + rows.size() + " communes (" + (rows.size() - IN_V3.size()) + " new) and "
                + BRANCHES.size() + " branches to " + out);
    }

    /** The commune-level units of one province, by code (UTF-8, header row, RFC 4180 quoting). */
    public static List<WardRow> readProvince(Path csv, String provinceCode) throws IOException {
        List<WardRow> rows = new ArrayList<>();
        for (CSVRecord r : SharedDataCsv.read(csv, HEADER)) {
            if (!r.get("province_code").equals(provinceCode)) {
                continue;
            }
            if (!r.get("code").matches("\\d{5}")) {
                throw new IllegalArgumentException(csv + " record " + r.getRecordNumber() + ": ward code must have 5 digits: " + r.get("code"));
            }
            rows.add(new WardRow(r.get("code"), r.get("name"), r.get("name_en"), r.get("full_name"), r.get("full_name_en"),
                    r.get("province_code"), Integer.parseInt(r.get("administrative_unit_id")), r.get("administrative_unit_short_name")));
        }
        rows.sort(Comparator.comparing(WardRow::code));
        return rows;
    }

    /** The whole migration script. */
    public static String renderSql(List<WardRow> rows) {
        List<WardRow> fresh = rows.stream().filter(r -> !IN_V3.contains(r.code())).toList();
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- Every commune, ward and special zone of the new Lâm Đồng province (province code 68, formed on 1 July 2025
                -- from Lâm Đồng, Đắk Nông and Bình Thuận) as a receiving point, and two branches of the provincial Public
                -- Administration Service Centre. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
                --
                -- GENERATED by src/test/java/vn/motcua/organisation/tools/CommuneMigrationGenerator.java from
                -- ../shared/data/vn-admin-units-2025/wards_2025-07-01.csv (MIT, vietnamese-provinces-database, GSO codes).
                -- Do not edit by hand; change units in later migrations or through /api/v1/admin/units.
                -- The commune names and GSO ward codes are real. The unit codes (H36.<ward code>) follow the shape of
                -- Decision 20/2020/QĐ-TTg but are ILLUSTRATIVE, and so are the addresses (only "the People's Committee's
                -- seat") and the hotlines (area code + ward code): a province replaces them with its own.
                -- Xuân Hương - Đà Lạt (24781) and Lạc Dương (24848) are created by V3__demo_units.sql.
                """);
        sql.append("-- ").append(rows.size()).append(" communes in the source, ").append(fresh.size()).append(" added here\n\n");
        sql.append("insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers) values\n");
        for (int i = 0; i < fresh.size(); i++) {
            WardRow r = fresh.get(i);
            sql.append("(").append(literal(r.unitCode())).append(", ").append(literal(r.unitName())).append(", ")
                    .append(literal(r.unitNameEn())).append(", 'COMMUNE', 'COMMUNE', ").append(literal(PROVINCE_UNIT))
                    .append(", ").append(literal(r.code())).append(",\n ").append(literal(r.address())).append(", ")
                    .append(literal(r.hotline())).append(", true)").append(i + 1 < fresh.size() ? ",\n" : ";\n");
        }
        sql.append("\n-- Branches of the provincial service centre (H36.20), receiving dossiers of province-level procedures.\n");
        sql.append("insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers) values\n");
        for (int i = 0; i < BRANCHES.size(); i++) {
            Branch b = BRANCHES.get(i);
            sql.append("(").append(literal(b.code())).append(", ").append(literal(b.name())).append(", ")
                    .append(literal(b.nameEn())).append(", 'PROVINCE', 'SERVICE_CENTRE', 'H36.20', null,\n ")
                    .append(literal(b.address())).append(", ").append(literal(b.hotline())).append(", true)")
                    .append(i + 1 < BRANCHES.size() ? ",\n" : ";\n");
        }
        return sql.toString();
    }

    /** A SQL string literal ({@code '} doubled), no line breaks. */
    static String literal(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Line break in: " + value);
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
