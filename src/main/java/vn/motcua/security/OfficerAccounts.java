package vn.motcua.security;

import java.util.Optional;

/**
 * Where officers' accounts live. The embedded default keeps them in the engine's identity store, so the
 * app's API and Camunda Tasklist share one login; an OpenID Connect provider can take its place.
 */
public interface OfficerAccounts {

    /** The officer whose password matches, or empty. */
    Optional<Officer> authenticate(String userId, String password);
}
