package vn.motcua.security;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.organisation.UnitRole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An authenticated officer of the province: the roles they hold in which units, and their province-wide roles
 * (analyst, administrator, auditor). Built the same way from engine group memberships (HTTP Basic) and from
 * token claims (OpenID Connect), so every check sees one kind of principal.
 */
public record Officer(String userId, Set<UnitRole> unitRoles, Set<Role> provinceRoles) {

    public Officer {
        unitRoles = Set.copyOf(unitRoles);
        provinceRoles = Set.copyOf(provinceRoles);
        if (provinceRoles.stream().anyMatch(Role::unitScoped)) {
            throw new IllegalArgumentException("Unit roles are held in a unit: " + provinceRoles);
        }
    }

    public Officer(String userId, Set<UnitRole> unitRoles) {
        this(userId, unitRoles, Set.of());
    }

    /** The officer whose groups (engine groups or token claim values) are {@code groupIds}; other groups are ignored. */
    public static Officer of(String userId, Collection<String> groupIds) {
        Set<UnitRole> unitRoles = groupIds.stream().map(UnitRole::fromGroupId).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<Role> provinceRoles = groupIds.stream().map(Role::fromProvinceGroupId).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new Officer(userId, unitRoles, provinceRoles);
    }

    public boolean worksIn(String unitCode) {
        return unitRoles.stream().anyMatch(r -> r.unitCode().equals(unitCode));
    }

    public boolean has(String unitCode, Role role) {
        return unitRoles.contains(new UnitRole(unitCode, role));
    }

    public boolean administrator() {
        return provinceRoles.contains(Role.ADMINISTRATOR);
    }

    public boolean auditor() {
        return provinceRoles.contains(Role.AUDITOR);
    }

    public boolean analyst() {
        return provinceRoles.contains(Role.ANALYST);
    }

    /** The engine groups this officer stands for ({@code <unit code>:leader}, {@code motcua:auditor}, ...). */
    public List<String> groupIds() {
        return Stream.concat(unitRoles.stream().map(UnitRole::groupId),
                provinceRoles.stream().map(r -> RoleGrant.provinceWide(r).id())).sorted().toList();
    }

    /** Spring Security authorities: {@code ROLE_<role>} for every role held anywhere. */
    public List<String> authorities() {
        return Stream.concat(unitRoles.stream().map(UnitRole::role), provinceRoles.stream())
                .map(r -> "ROLE_" + r.name()).distinct().sorted().toList();
    }
}
