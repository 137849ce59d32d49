package vn.motcua.security;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;

import java.util.Set;

/** An authenticated officer of the province and the roles they hold in which units. */
public record Officer(String userId, Set<UnitRole> unitRoles) {

    public Officer {
        unitRoles = Set.copyOf(unitRoles);
    }

    public boolean worksIn(String unitCode) {
        return unitRoles.stream().anyMatch(r -> r.unitCode().equals(unitCode));
    }

    public boolean has(String unitCode, Role role) {
        return unitRoles.contains(new UnitRole(unitCode, role));
    }
}
