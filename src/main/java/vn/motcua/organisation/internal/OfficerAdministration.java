package vn.motcua.organisation.internal;

import vn.motcua.organisation.OfficerDirectory;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.organisation.OfficerDirectory.OfficerProfile;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;

import java.util.List;

/**
 * Administrators create officers and grant or revoke their roles. Each change and its audit row are written in
 * one transaction with the engine's identity store. Changes apply at once: every API request reads the officer's
 * roles afresh (Tasklist and Cockpit at their next login).
 */
@Service
public class OfficerAdministration {

    private final OfficerDirectory officers;
    private final UnitDirectory units;
    private final AuditTrail audit;

    OfficerAdministration(OfficerDirectory officers, UnitDirectory units, AuditTrail audit) {
        this.officers = officers;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public OfficerProfile create(String userId, String firstName, String lastName, String email, String password,
                                 List<RoleGrant> roles) {
        if (officers.find(userId).isPresent()) {
            throw new RuleViolationException("Đã có cán bộ với tên đăng nhập " + userId, "An officer " + userId + " exists");
        }
        roles.forEach(this::checkUnit);
        officers.create(userId, firstName, lastName, email, password);
        audit.record("OFFICER_CREATED", "OFFICER", userId, null, firstName + " " + lastName);
        for (RoleGrant role : roles) {
            grantChecked(userId, role);
        }
        return find(userId);
    }

    @Transactional
    public OfficerProfile update(String userId, String firstName, String lastName, String email, String newPassword) {
        find(userId);
        officers.update(userId, firstName, lastName, email, newPassword);
        audit.record("OFFICER_UPDATED", "OFFICER", userId, null,
                newPassword == null ? "hồ sơ / profile" : "hồ sơ và mật khẩu / profile and password");
        return find(userId);
    }

    @Transactional
    public void delete(String userId) {
        find(userId);
        if (userId.equals(AuditTrail.currentActor())) {
            throw new RuleViolationException("Không thể tự xóa tài khoản của mình", "You cannot delete your own account");
        }
        officers.delete(userId);
        audit.record("OFFICER_DELETED", "OFFICER", userId, null, null);
    }

    /** @return false if the officer already held the role (nothing changed, nothing audited) */
    @Transactional
    public boolean grant(String userId, RoleGrant role) {
        find(userId);
        checkUnit(role);
        return grantChecked(userId, role);
    }

    @Transactional
    public void revoke(String userId, RoleGrant role) {
        find(userId);
        if (role.role() == Role.ADMINISTRATOR && userId.equals(AuditTrail.currentActor())) {
            throw new RuleViolationException("Không thể tự thu hồi quyền quản trị của mình",
                    "You cannot revoke your own administrator role");
        }
        if (!officers.revoke(userId, role)) {
            throw new NotFoundException("role", role.id(), "Cán bộ " + userId + " không giữ vai trò " + role.id(),
                    "Officer " + userId + " does not hold role " + role.id());
        }
        audit.record("ROLE_REVOKED", "OFFICER", userId, role.unitCode(), role.id());
    }

    public OfficerProfile find(String userId) {
        return officers.find(userId).orElseThrow(() -> new NotFoundException("officer", userId,
                "Không có cán bộ " + userId, "No officer " + userId));
    }

    public List<OfficerProfile> list(String unitCode, int limit) {
        if (unitCode != null) {
            units.find(unitCode).orElseThrow(() -> UnitAdministration.notFound(unitCode));
        }
        return officers.list(unitCode, limit);
    }

    private boolean grantChecked(String userId, RoleGrant role) {
        String unitName = role.unitCode() == null ? null : units.find(role.unitCode()).map(Unit::name).orElseThrow();
        boolean granted = officers.grant(userId, role, unitName);
        if (granted) {
            audit.record("ROLE_GRANTED", "OFFICER", userId, role.unitCode(), role.id());
        }
        return granted;
    }

    private void checkUnit(RoleGrant role) {
        if (role.unitCode() != null && units.find(role.unitCode()).isEmpty()) {
            throw new InvalidInputException("unitCode", "Không có đơn vị mã " + role.unitCode(),
                    "No unit with code " + role.unitCode());
        }
    }
}
