package vn.motcua.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;
import vn.motcua.security.OfficerAccounts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Officers' accounts in the engine's identity store (hashed, salted passwords), so one login serves the
 * app's API and Camunda Tasklist; their unit roles are their engine groups ({@code H36.24781:receiver}).
 */
@Component
class EngineIdentity implements OfficerAccounts {

    private final IdentityService identity;

    EngineIdentity(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<Officer> authenticate(String userId, String password) {
        if (userId == null || password == null || !identity.checkPassword(userId, password)) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new Officer(userId, groups.stream()
                .map(UnitRole::fromGroupId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()), groups.contains(Groups.CAMUNDA_ADMIN)));
    }
}
