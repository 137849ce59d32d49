package vn.motcua.organisation.internal;

import vn.motcua.organisation.Unit;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.InvalidInputException.Violation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A province's units as a CSV file (RFC 4180, UTF-8, header row), the form in which an administrator sets up a
 * province from data ({@code POST /api/v1/admin/units/import}, README "Setting up a province"):
 *
 * <pre>code,name,name_en,level,kind,body_kind,parent_code,ward_code,address,hotline,receives_dossiers,service_area</pre>
 *
 * {@code service_area} is the GSO codes of the communes the unit serves, separated by blanks, or {@code *} for every
 * commune of the file (the {@code ward_code} of each row whose {@code level} is COMMUNE): the shorthand for bodies that
 * serve the whole province. Empty {@code body_kind} and {@code service_area} take the defaults of
 * {@link UnitAdministration#withDefaults}.
 */
final class UnitImport {

    static final List<String> COLUMNS = List.of("code", "name", "name_en", "level", "kind", "body_kind", "parent_code",
            "ward_code", "address", "hotline", "receives_dossiers", "service_area");
    private static final Pattern CODE = Pattern.compile(UnitAdminController.UNIT_CODE);
    private static final Set<String> LEVELS = Set.of("PROVINCE", "COMMUNE");
    private static final Set<String> KINDS = Set.of("SERVICE_CENTRE", "DEPARTMENT", "AGENCY", "COMMUNE");

    private UnitImport() {
    }

    static List<Unit> parse(String csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "Tệp CSV không đọc được: " + e.getMessage(), "The CSV file cannot be read: " + e.getMessage());
        }
        if (!records.isEmpty() && !records.get(0).getParser().getHeaderNames().containsAll(COLUMNS)) {
            throw new InvalidInputException("file", "Tệp CSV phải có các cột " + String.join(",", COLUMNS),
                    "The CSV file must have the columns " + String.join(",", COLUMNS));
        }
        List<Violation> violations = new ArrayList<>();
        List<String> wholeFile = records.stream().filter(r -> r.isConsistent() && "COMMUNE".equals(r.get("level").toUpperCase(Locale.ROOT)))
                .map(r -> r.get("ward_code")).filter(w -> !w.isBlank()).sorted().distinct().toList();
        List<Unit> units = new ArrayList<>();
        for (CSVRecord r : records) {
            String row = "rows[" + r.getRecordNumber() + "].";
            if (!r.isConsistent()) {
                violations.add(new Violation(row + "code", "Dòng không đủ " + COLUMNS.size() + " cột", "The row does not have " + COLUMNS.size() + " columns"));
                continue;
            }
            String code = r.get("code");
            String level = r.get("level").toUpperCase(Locale.ROOT);
            String kind = r.get("kind").toUpperCase(Locale.ROOT);
            require(violations, row + "code", CODE.matcher(code).matches() && code.length() <= 35,
                    "Mã đơn vị không đúng cấu trúc Quyết định 20/2020/QĐ-TTg: " + code, "Not a unit code as Decision 20/2020/QĐ-TTg shapes them: " + code);
            require(violations, row + "name", !r.get("name").isBlank() && r.get("name").length() <= 200, "Tên bắt buộc (tối đa 200 ký tự)", "A name is required (at most 200 characters)");
            require(violations, row + "level", LEVELS.contains(level), "Cấp phải là PROVINCE hoặc COMMUNE", "Level must be PROVINCE or COMMUNE");
            require(violations, row + "kind", KINDS.contains(kind), "Loại đơn vị phải là một trong " + KINDS, "Kind must be one of " + KINDS);
            require(violations, row + "wardCode", r.get("ward_code").isBlank() || r.get("ward_code").matches("\\d{5}"),
                    "Mã xã phải gồm 5 chữ số", "A commune code has 5 digits");
            require(violations, row + "address", !r.get("address").isBlank(), "Địa chỉ bắt buộc", "An address is required");
            require(violations, row + "hotline", r.get("hotline").matches("[0-9 +().-]{3,40}"), "Số điện thoại không hợp lệ", "Not a phone number");
            String area = r.get("service_area");
            List<String> serviceArea = area.equals("*") ? wholeFile
                    : area.isBlank() ? List.of() : Arrays.stream(area.split("[\\s;]+")).filter(s -> !s.isBlank()).sorted().distinct().toList();
            units.add(new Unit(code, r.get("name"), r.get("name_en").isBlank() ? r.get("name") : r.get("name_en"), level, kind,
                    blankToNull(r.get("parent_code")), blankToNull(r.get("ward_code")), r.get("address"), r.get("hotline"),
                    Boolean.parseBoolean(r.get("receives_dossiers")), blankToNull(r.get("body_kind")), serviceArea));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (units.isEmpty()) {
            throw new InvalidInputException("file", "Tệp CSV không có đơn vị nào", "The CSV file has no unit");
        }
        return units;
    }

    private static void require(List<Violation> violations, String field, boolean ok, String vi, String en) {
        if (!ok) {
            violations.add(new Violation(field, vi, en));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
