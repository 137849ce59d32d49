package vn.motcua.organisation;

import java.util.Optional;

/**
 * A role as an administrator grants it: a unit role ({@code unitCode} set) or a province-wide role
 * ({@code unitCode} null). Its {@link #id()} is the engine group id, also used in URLs
 * ({@code /api/v1/admin/officers/{userId}/roles/<unit code>:receiver}).
 */
public record RoleGrant(String unitCode, Role role) {

    public RoleGrant {
        if (role == null) {
            throw new IllegalArgumentException("A role is required");
        }
        if (role.unitScoped() && (unitCode == null || unitCode.isBlank())) {
            throw new IllegalArgumentException(role + " is held in a unit: a unit code is required");
        }
        if (!role.unitScoped() && unitCode != null) {
            throw new IllegalArgumentException(role + " is province-wide: no unit code");
        }
    }

    public static RoleGrant of(UnitRole unitRole) {
        return new RoleGrant(unitRole.unitCode(), unitRole.role());
    }

    public static RoleGrant provinceWide(Role role) {
        return new RoleGrant(null, role);
    }

    public Optional<UnitRole> unitRole() {
        return role.unitScoped() ? Optional.of(new UnitRole(unitCode, role)) : Optional.empty();
    }

    public String id() {
        return role.unitScoped() ? new UnitRole(unitCode, role).groupId() : role.provinceGroupId();
    }

    /** The grant an engine group stands for; empty for groups that are no role of this system. */
    public static Optional<RoleGrant> fromId(String groupId) {
        Optional<UnitRole> unitRole = UnitRole.fromGroupId(groupId);
        if (unitRole.isPresent()) {
            return unitRole.map(RoleGrant::of);
        }
        return Role.fromProvinceGroupId(groupId).map(RoleGrant::provinceWide);
    }
}
