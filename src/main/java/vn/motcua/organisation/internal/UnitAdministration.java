package vn.motcua.organisation.internal;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Administrators add and amend the province's units (a new commune, a service-centre branch, a changed hotline).
 * The change and its audit row commit together; the {@link UnitDirectory} reloads after the commit, so the new
 * unit receives dossiers and roles at once, without a restart. Units are never deleted: dossiers refer to them.
 */
@Service
public class UnitAdministration {

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
        if (exists(unit.code())) {
            throw new RuleViolationException("Đã có đơn vị mã " + unit.code(), "A unit with code " + unit.code() + " exists");
        }
        checkParent(unit);
        jdbc.sql("""
                        insert into unit (code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.code(), unit.name(), unit.nameEn(), unit.level(), unit.kind(), unit.parentCode(),
                        unit.wardCode(), unit.address(), unit.hotline(), unit.receivesDossiers())
                .update();
        audit.record("UNIT_CREATED", "UNIT", unit.code(), unit.code(), unit.name());
        reloadAfterCommit();
        return unit;
    }

    @Transactional
    public Unit update(Unit unit) {
        Unit before = jdbc.sql("""
                        select code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers
                        from unit where code = ?""").param(unit.code())
                .query(UnitDirectory.ROWS).optional().orElseThrow(() -> notFound(unit.code()));
        checkParent(unit);
        jdbc.sql("""
                        update unit set name = ?, name_en = ?, level = ?, kind = ?, parent_code = ?, ward_code = ?, address = ?,
                        hotline = ?, receives_dossiers = ? where code = ?""")
                .params(unit.name(), unit.nameEn(), unit.level(), unit.kind(), unit.parentCode(), unit.wardCode(),
                        unit.address(), unit.hotline(), unit.receivesDossiers(), unit.code())
                .update();
        audit.record("UNIT_UPDATED", "UNIT", unit.code(), unit.code(), changes(before, unit));
        reloadAfterCommit();
        return unit;
    }

    private boolean exists(String code) {
        return jdbc.sql("select count(*) from unit where code = ?").param(code).query(Long.class).single() > 0;
    }

    private void checkParent(Unit unit) {
        if (unit.parentCode() == null) {
            return;
        }
        if (unit.parentCode().equals(unit.code())) {
            throw new InvalidInputException("parentCode", "Đơn vị không thể trực thuộc chính nó", "A unit cannot be its own parent");
        }
        if (!exists(unit.parentCode())) {
            throw new InvalidInputException("parentCode", "Không có đơn vị cấp trên mã " + unit.parentCode(),
                    "No parent unit with code " + unit.parentCode());
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
