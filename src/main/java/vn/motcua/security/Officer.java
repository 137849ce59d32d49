package vn.motcua.security;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;

import java.util.Set;

/** An authenticated officer of the province, the roles they hold in which units, and whether they administer the system. */
public record Officer(String userId, Set<UnitRole> unitRoles, boolean administrator) {

    public Officer {
        unitRoles = Set.copyOf(unitRoles);
    }

    public Officer(String userId, Set<UnitRole> unitRoles) {
        this(userId, unitRoles, false);
    }

    public boolean worksIn(String unitCode) {
        return unitRoles.stream().anyMatch(r -> r.unitCode().equals(unitCode));
    }

    public boolean has(String unitCode, Role role) {
        return unitRoles.contains(new UnitRole(unitCode, role));
    }
}
