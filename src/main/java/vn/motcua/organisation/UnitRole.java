package vn.motcua.organisation;

import java.util.Optional;

/** An officer's role in one unit; maps one-to-one to an engine candidate group such as {@code <unit code>:receiver}. */
public record UnitRole(String unitCode, Role role) {

    public UnitRole {
        if (unitCode == null || unitCode.isBlank() || role == null) {
            throw new IllegalArgumentException("A unit role needs a unit code and a role");
        }
        if (!role.unitScoped()) {
            throw new IllegalArgumentException(role + " is a province-wide role, not held in a unit");
        }
    }

    public String groupId() {
        return unitCode + ":" + role.groupSuffix();
    }

    /** Reads a group id back; empty for groups that are not unit roles (e.g. camunda-admin, motcua:auditor). */
    public static Optional<UnitRole> fromGroupId(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        int colon = groupId.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            if (role.unitScoped() && role.groupSuffix().equals(groupId.substring(colon + 1))) {
                return Optional.of(new UnitRole(groupId.substring(0, colon), role));
            }
        }
        return Optional.empty();
    }
}
