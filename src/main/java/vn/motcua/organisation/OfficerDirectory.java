package vn.motcua.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Where officers' accounts and role memberships live: the engine's identity store in the embedded default
 * ({@code vn.motcua.workflow}), so the app's API, Tasklist and Cockpit share one login. Passwords are hashed by
 * the store; they are never read back.
 */
public interface OfficerDirectory {

    Optional<OfficerProfile> find(String userId);

    /** Officers holding any role in the unit; every officer (up to {@code limit}) when {@code unitCode} is null. */
    List<OfficerProfile> list(String unitCode, int limit);

    void create(String userId, String firstName, String lastName, String email, String password);

    /** Changes the name and email, and the password when {@code newPassword} is not null. */
    void update(String userId, String firstName, String lastName, String email, String newPassword);

    void delete(String userId);

    /**
     * Makes the officer a member of the role's group, creating the group (with access to Tasklist) the first time
     * a unit role is used. {@code unitName} names the group for people.
     *
     * @return false if the officer already held the role
     */
    boolean grant(String userId, RoleGrant role, String unitName);

    /** @return false if the officer did not hold the role */
    boolean revoke(String userId, RoleGrant role);

    /** An officer as administrators see them: never a password. */
    record OfficerProfile(String userId, String firstName, String lastName, String email, List<RoleGrant> roles) {
    }
}
