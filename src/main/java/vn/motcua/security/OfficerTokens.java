package vn.motcua.security;

import java.util.Optional;

/**
 * Officers from OpenID Connect bearer tokens (present only when {@code motcua.security.oidc.enabled=true}): used
 * by the app's API and by the engine's REST API, so both read the same claims the same way.
 */
public interface OfficerTokens {

    /** The officer a valid token stands for; empty if the token is invalid, expired or names no user. */
    Optional<Officer> fromBearerToken(String token);
}
