package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.OfficerDirectory;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;
import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;
import vn.motcua.security.OfficerAccounts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Officers' accounts in the engine's identity store (passwords hashed and salted by the engine), so one login
 * serves the app's API, Camunda Tasklist/Cockpit/Admin and the engine's REST API; their roles are their engine
 * groups ({@code <unit code>:receiver}, {@code motcua:auditor}, {@code camunda-admin}).
 */
@Component
class EngineIdentity implements OfficerAccounts, OfficerDirectory {

    private final IdentityService identity;
    private final EngineAccess access;

    EngineIdentity(IdentityService identity, EngineAccess access) {
        this.identity = identity;
        this.access = access;
    }

    @Override
    public Optional<Officer> authenticate(String userId, String password) {
        if (userId == null || password == null || !identity.checkPassword(userId, password)) {
            return Optional.empty();
        }
        return Optional.of(Officer.of(userId, groupIds(userId)));
    }

    @Override
    public Optional<OfficerProfile> find(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(this::profile);
    }

    @Override
    public List<OfficerProfile> list(String unitCode, int limit) {
        Stream<User> users = unitCode == null
                ? identity.createUserQuery().orderByUserId().asc().listPage(0, limit).stream()
                : Stream.of(Role.values()).filter(Role::unitScoped)
                        .flatMap(role -> identity.createUserQuery().memberOfGroup(new UnitRole(unitCode, role).groupId())
                                .list().stream());
        Map<String, User> distinct = new LinkedHashMap<>();
        users.forEach(u -> distinct.putIfAbsent(u.getId(), u));
        return distinct.values().stream().sorted(Comparator.comparing(User::getId)).limit(limit).map(this::profile).toList();
    }

    @Override
    public void create(String userId, String firstName, String lastName, String email, String password) {
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
    }

    @Override
    public void update(String userId, String firstName, String lastName, String email, String newPassword) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        if (newPassword != null) {
            user.setPassword(newPassword);
        }
        identity.saveUser(user);
    }

    @Override
    public void delete(String userId) {
        identity.deleteUser(userId);
    }

    @Override
    public boolean grant(String userId, RoleGrant role, String unitName) {
        role.unitRole().ifPresent(unitRole -> {
            access.ensureUnitRoleGroup(unitRole, unitName);
            access.showToUnitLeaders(userId, unitRole);
        });
        if (groupIds(userId).contains(role.id())) {
            return false;
        }
        identity.createMembership(userId, role.id());
        return true;
    }

    @Override
    public boolean revoke(String userId, RoleGrant role) {
        if (!groupIds(userId).contains(role.id())) {
            return false;
        }
        identity.deleteMembership(userId, role.id());
        role.unitRole().ifPresent(unitRole -> access.hideFromUnitLeaders(userId, unitRole));
        return true;
    }

    private OfficerProfile profile(User user) {
        List<RoleGrant> roles = groupIds(user.getId()).stream().map(RoleGrant::fromId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RoleGrant::id)).toList();
        return new OfficerProfile(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), roles);
    }

    private List<String> groupIds(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
