package vn.motcua.security;

import vn.motcua.security.internal.JwtOfficers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.organisation.UnitRole;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Engine groups and token claims are read into the same roles; anything else is ignored. */
class OfficerRolesTest {

    @ParameterizedTest(name = "group {0} is {1}")
    @CsvSource({
            "H36.24781:receiver,  H36.24781:RECEIVER",
            "H36.16.01:leader,    H36.16.01:LEADER",
            "motcua:auditor,      :AUDITOR",
            "motcua:analyst,      :ANALYST",
            "camunda-admin,       :ADMINISTRATOR",
            "H36.24781:auditor,   none",
            "H36.24781:owner,     none",
            "motcua:receiver,     motcua:RECEIVER",
            ":receiver,           none",
            "offline_access,      none"})
    void eachGroupIsOneRoleOrNone(String groupId, String expected) {
        String actual = RoleGrant.fromId(groupId).map(g -> (g.unitCode() == null ? "" : g.unitCode()) + ":" + g.role()).orElse("none");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void anOfficerFromGroupsHoldsUnitAndProvinceRolesAndTheirAuthorities() {
        Officer officer = Officer.of("kiemtra.lanhdao", List.of("H36.24781:leader", "motcua:auditor", "offline_access"));
        assertThat(officer.unitRoles()).containsExactly(new UnitRole("H36.24781", Role.LEADER));
        assertThat(officer.auditor()).isTrue();
        assertThat(officer.administrator()).isFalse();
        assertThat(officer.worksIn("H36.24781")).isTrue();
        assertThat(officer.worksIn("H36.24848")).isFalse();
        assertThat(officer.authorities()).containsExactly("ROLE_AUDITOR", "ROLE_LEADER");
        assertThat(officer.groupIds()).containsExactly("H36.24781:leader", "motcua:auditor");
    }

    @Test
    void rolesAreHeldWhereTheyBelong() {
        assertThatThrownBy(() -> new UnitRole("H36.24781", Role.AUDITOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant(null, Role.RECEIVER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant("H36.24781", Role.ANALYST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Officer("x", Set.of(), Set.of(Role.LEADER))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRolesClaimMayBeAListAStringOrANestedKeycloakClaim() {
        assertThat(JwtOfficers.roles(Map.of("motcua_roles", List.of("H36.24781:receiver", 7)), "motcua_roles"))
                .containsExactly("H36.24781:receiver");
        assertThat(JwtOfficers.roles(Map.of("motcua_roles", "H36.24781:receiver motcua:auditor"), "motcua_roles"))
                .containsExactly("H36.24781:receiver", "motcua:auditor");
        assertThat(JwtOfficers.roles(Map.of("realm_access", Map.of("roles", List.of("camunda-admin"))), "realm_access.roles"))
                .containsExactly("camunda-admin");
        assertThat(JwtOfficers.roles(Map.of("scope", "openid"), "motcua_roles")).isEmpty();
    }
}
