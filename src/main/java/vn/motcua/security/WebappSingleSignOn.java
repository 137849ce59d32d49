package vn.motcua.security;

import java.util.Optional;

/**
 * Single sign-on into Camunda Tasklist, Cockpit and Admin with the province's identity provider, present as a bean
 * only when {@code motcua.security.oidc.enabled=true} and a client registration is configured.
 *
 * <p>Why it is split across two modules: this module logs the officer in (Spring Security's OpenID Connect login, the
 * session, logout at the provider) and knows nothing of the engine; the engine adapter ({@code vn.motcua.workflow})
 * hands {@link #officer()} to the webapps as Camunda's container-based authentication, with the engine groups of the
 * officer's unit roles, because that needs Camunda's API, which only the engine adapter uses.
 */
public interface WebappSingleSignOn {

    /** Ends the webapp session and the identity provider's session, then comes back to Tasklist. */
    String LOGOUT = "/camunda/logout";

    /** The officer logged in to the webapps in this request's session, with the roles from their ID token. */
    Optional<Officer> officer();
}
