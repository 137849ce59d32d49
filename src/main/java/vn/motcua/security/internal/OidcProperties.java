package vn.motcua.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OpenID Connect (e.g. Keycloak) as the production login: when {@code enabled}, the API also accepts
 * {@code Authorization: Bearer <JWT>}. The token is checked by Spring Security's resource server with the
 * standard settings ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri},
 * {@code audiences}); these properties say which claims carry the officer's user name and roles. With a client
 * registration ({@code spring.security.oauth2.client.registration.*}) Camunda's webapps log in at the provider as well
 * ({@link WebappSingleSignOn}) and read the same claims from the ID token.
 *
 * @param usernameClaim the claim holding the user id (Keycloak: {@code preferred_username})
 * @param rolesClaim    the claim holding the officer's roles as engine group ids ({@code <unit code>:receiver},
 *                      {@code motcua:auditor}, {@code camunda-admin}); a dotted path reads a nested claim
 *                      ({@code realm_access.roles})
 * @param webappClient  the {@code spring.security.oauth2.client.registration} Camunda's webapps log in with; may be
 *                      left out when there is only one (see {@link WebappSingleSignOn})
 */
@ConfigurationProperties("motcua.security.oidc")
public record OidcProperties(@DefaultValue("false") boolean enabled,
                      @DefaultValue("preferred_username") String usernameClaim,
                      @DefaultValue("motcua_roles") String rolesClaim,
                      String webappClient) {
}
