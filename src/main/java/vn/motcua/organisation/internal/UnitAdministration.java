package vn.motcua.organisation.internal;

import vn.motcua.organisation.BodyKinds;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.InvalidInputException.Violation;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Administrators add and amend the province's units (a new commune, a service-centre branch, a changed hotline, a
 * local tax office's service area), one by one or a whole province at once from a CSV file ({@link UnitImport}). The
 * change and its audit rows commit together; the {@link UnitDirectory} reloads after the commit, so the new unit
 * receives dossiers, roles and competence at once, without a restart. Units are never deleted: dossiers refer to them.
 */
@Service
public class UnitAdministration {

    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AuditTrail audit;

    UnitAdministration(JdbcClient jdbc, UnitDirectory units, AuditTrail audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public Unit create(Unit unit) {
        if (existing(unit.code()).isPresent()) {
            throw new RuleViolationException("Đã có đơn vị mã " + unit.code(), "A unit with code " + unit.code() + " exists");
        }
        Unit complete = withDefaults(unit);
        throwIfAny(problems(complete, "", Set.of()));
        insert(complete);
        reloadAfterCommit();
        return complete;
    }

    @Transactional
    public Unit update(Unit unit) {
        Unit before = existing(unit.code()).orElseThrow(() -> notFound(unit.code()));
        Unit complete = withDefaults(unit);
        throwIfAny(problems(complete, "", Set.of()));
        update(before, complete);
        reloadAfterCommit();
        return complete;
    }

    /** What an import did: units created and units amended (by code). */
    public record ImportResult(List<String> created, List<String> updated) {
    }

    /**
     * Creates or amends every unit of {@code rows} in one transaction: all of them or, at the first problem in any row,
     * none (every problem is listed, by row). Parents may be units of the same import.
     */
    @Transactional
    public ImportResult importUnits(List<Unit> rows) {
        Set<String> inFile = new TreeSet<>();
        List<Violation> violations = new ArrayList<>();
        List<Unit> complete = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Unit unit = withDefaults(rows.get(i));
            if (!inFile.add(unit.code())) {
                violations.add(new Violation("rows[" + (i + 1) + "].code", "Mã đơn vị lặp lại trong tệp: " + unit.code(),
                        "Unit code repeated in the file: " + unit.code()));
            }
            complete.add(unit);
        }
        for (int i = 0; i < complete.size(); i++) {
            violations.addAll(problems(complete.get(i), "rows[" + (i + 1) + "].", inFile));
        }
        throwIfAny(violations);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (Unit unit : complete) {
            Optional<Unit> before = existing(unit.code());
            if (before.isPresent()) {
                update(before.get(), unit);
                updated.add(unit.code());
            } else {
                insert(unit);
                created.add(unit.code());
            }
        }
        reloadAfterCommit();
        return new ImportResult(created, updated);
    }

    private void insert(Unit unit) {
        jdbc.sql("""
                        insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline,
                        receives_dossiers, body_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.code(), unit.name(), unit.nameEn(), unit.level(), unit.kind(), unit.parentCode(),
                        unit.wardCode(), unit.address(), unit.hotline(), unit.receivesDossiers(), unit.bodyKind())
                .update();
        writeServiceArea(unit);
        audit.record("UNIT_CREATED", "UNIT", unit.code(), unit.code(), unit.name());
    }

    private void update(Unit before, Unit unit) {
        jdbc.sql("""
                        update unit set name = ?, name_en = ?, level = ?, kind = ?, parent_code = ?, ward_code = ?, address = ?,
                        hotline = ?, receives_dossiers = ?, body_kind = ? where code = ?""")
                .params(unit.name(), unit.nameEn(), unit.level(), unit.kind(), unit.parentCode(), unit.wardCode(),
                        unit.address(), unit.hotline(), unit.receivesDossiers(), unit.bodyKind(), unit.code())
                .update();
        writeServiceArea(unit);
        audit.record("UNIT_UPDATED", "UNIT", unit.code(), unit.code(), changes(before, unit));
    }

    private void writeServiceArea(Unit unit) {
        jdbc.sql("delete from unit_service_area where unit_code = ?").param(unit.code()).update();
        for (String commune : unit.serviceArea()) {
            jdbc.sql("insert into unit_service_area (unit_code, commune_code) values (?, ?)").params(unit.code(), commune).update();
        }
    }

    /**
     * What an administrator need not say: a commune's People's Committee ({@code kind} COMMUNE) is the commune's
     * competent People's Committee serving its own commune; a service centre receives and decides nothing.
     */
    static Unit withDefaults(Unit unit) {
        if (unit.bodyKind() != null) {
            return unit;
        }
        if ("COMMUNE".equals(unit.kind()) && unit.wardCode() != null) {
            return unit.withCompetence("COMMUNE_PEOPLES_COMMITTEE",
                    unit.serviceArea().isEmpty() ? List.of(unit.wardCode()) : unit.serviceArea());
        }
        if ("SERVICE_CENTRE".equals(unit.kind())) {
            return unit.withCompetence("PROVINCIAL_SERVICE_CENTRE", unit.serviceArea());
        }
        return unit;
    }

    private Optional<Unit> existing(String code) {
        return jdbc.sql("select " + UnitDirectory.COLUMNS + " from unit where code = ?").param(code)
                .query(UnitDirectory.ROWS).optional()
                .map(u -> u.withCompetence(u.bodyKind(), jdbc.sql(
                                "select commune_code from unit_service_area where unit_code = ? order by commune_code")
                        .param(code).query(String.class).list()));
    }

    private List<Violation> problems(Unit unit, String prefix, Collection<String> alsoExisting) {
        List<Violation> violations = new ArrayList<>();
        if (unit.parentCode() != null) {
            if (unit.parentCode().equals(unit.code())) {
                violations.add(new Violation(prefix + "parentCode", "Đơn vị không thể trực thuộc chính nó", "A unit cannot be its own parent"));
            } else if (!alsoExisting.contains(unit.parentCode()) && existing(unit.parentCode()).isEmpty()) {
                violations.add(new Violation(prefix + "parentCode", "Không có đơn vị cấp trên mã " + unit.parentCode(),
                        "No parent unit with code " + unit.parentCode()));
            }
        }
        if (unit.bodyKind() != null && BodyKinds.find(unit.bodyKind()).isEmpty()) {
            violations.add(new Violation(prefix + "bodyKind", "Không có loại cơ quan " + unit.bodyKind()
                    + " (xem GET /api/v1/admin/body-kinds)", "No kind of body " + unit.bodyKind() + " (see GET /api/v1/admin/body-kinds)"));
        }
        for (String commune : unit.serviceArea()) {
            if (commune == null || !COMMUNE_CODE.matcher(commune).matches()) {
                violations.add(new Violation(prefix + "serviceArea", "Mã xã phải gồm 5 chữ số: " + commune,
                        "A commune code has 5 digits: " + commune));
            }
        }
        if (!unit.serviceArea().isEmpty() && unit.bodyKind() == null) {
            violations.add(new Violation(prefix + "bodyKind", "Đơn vị có địa bàn phục vụ phải có loại cơ quan",
                    "A unit with a service area needs a kind of body"));
        }
        return violations;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** What changed, field by field, for the audit row. */
    private static String changes(Unit before, Unit after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), after.name());
        compare(changed, "nameEn", before.nameEn(), after.nameEn());
        compare(changed, "level", before.level(), after.level());
        compare(changed, "kind", before.kind(), after.kind());
        compare(changed, "parentCode", before.parentCode(), after.parentCode());
        compare(changed, "wardCode", before.wardCode(), after.wardCode());
        compare(changed, "address", before.address(), after.address());
        compare(changed, "hotline", before.hotline(), after.hotline());
        compare(changed, "receivesDossiers", before.receivesDossiers(), after.receivesDossiers());
        compare(changed, "bodyKind", before.bodyKind(), after.bodyKind());
        if (!before.serviceArea().equals(after.serviceArea())) {
            changed.add("serviceArea: " + before.serviceArea().size() + " → " + after.serviceArea().size() + " xã / communes");
        }
        return changed.isEmpty() ? "không thay đổi / no change" : String.join("; ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + before + " → " + after);
        }
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                units.reload();
            }
        });
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException("unit", code, "Không có đơn vị mã " + code, "No unit with code " + code);
    }
}
