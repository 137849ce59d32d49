package vn.motcua.security.internal;


import vn.motcua.security.CurrentOfficer;
import vn.motcua.security.Officer;
import vn.motcua.security.OfficerTokens;
import vn.motcua.security.WebappSingleSignOn;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Single sign-on into Camunda Tasklist, Cockpit and Admin with the province's identity provider (present when
 * {@code motcua.security.oidc.enabled=true} and a client registration {@code spring.security.oauth2.client.registration.*}
 * is configured). Spring Security logs the officer in with the authorization-code flow and PKCE; the user and roles
 * come from the ID token's claims, read exactly as {@link OfficerTokens} reads access tokens. The engine side
 * ({@code vn.motcua.workflow}) hands {@link #officer()} to Camunda's webapps as a container-based authentication.
 *
 * <p>Logout: Camunda's own "Log out" ends the webapp session (the engine module invalidates it); {@link WebappSingleSignOn#LOGOUT}
 * also ends the session at the identity provider (RP-initiated logout).
 */
public final class OidcWebappLogin implements WebappSingleSignOn {

    /** Where Spring Security starts the login at the provider and where the provider sends the officer back. */
    static final String AUTHORIZATION_BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
    static final String REDIRECTION_BASE = "/login/oauth2/code/";

    private final ClientRegistrationRepository clients;
    private final OidcProperties properties;
    private final String registrationId;

    public OidcWebappLogin(ClientRegistrationRepository clients, OidcProperties properties) {
        this.clients = clients;
        this.properties = properties;
        this.registrationId = registrationId(clients, properties.webappClient());
    }

    @Override
    public Optional<Officer> officer() {
        return CurrentOfficer.get();
    }

    /** The registration the webapps log in with: the configured one, or the only one there is. */
    private static String registrationId(ClientRegistrationRepository clients, String configured) {
        if (configured != null && !configured.isBlank()) {
            if (clients.findByRegistrationId(configured) == null) {
                throw new IllegalStateException("motcua.security.oidc.webapp-client=" + configured
                        + " names no spring.security.oauth2.client.registration");
            }
            return configured;
        }
        List<String> ids = new ArrayList<>();
        if (clients instanceof Iterable<?> registrations) {
            registrations.forEach(r -> ids.add(((ClientRegistration) r).getRegistrationId()));
        }
        if (ids.size() != 1) {
            throw new IllegalStateException("Several OAuth2 client registrations " + ids
                    + ": set motcua.security.oidc.webapp-client to the one Camunda's webapps log in with");
        }
        return ids.get(0);
    }

    /** The request matchers of the paths the login itself needs, besides {@code /camunda/**}. */
    public static List<String> loginPaths() {
        return List.of(AUTHORIZATION_BASE + "/*", REDIRECTION_BASE + "*");
    }

    /** The webapps' chain: every request logged in; pages redirect to the provider, their API gets 401. */
    public void configure(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(clients, AUTHORIZATION_BASE);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/camunda/app/tasklist/");
        providerLogout.setDefaultTargetUrl("/camunda/app/tasklist/");
        http
                .authorizeHttpRequests(a -> a
                        // the webapps' own login form: with the provider as the login, no password of the engine's
                        // identity store may switch a session to another user
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*")).denyAll()
                        .anyRequest().authenticated())
                .oauth2Login(o -> o
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(r -> r.baseUri(REDIRECTION_BASE + "*"))
                        .userInfoEndpoint(u -> u.oidcUserService(officers()))
                        .failureHandler((req, res, e) -> res.sendError(HttpServletResponse.SC_UNAUTHORIZED,
                                "Đăng nhập không thành công / Login failed: " + e.getMessage())))
                .exceptionHandling(e -> e
                        // Camunda's apps call their API with XHR, which cannot follow a redirect to the provider
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                paths.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(AUTHORIZATION_BASE + "/" + registrationId),
                                paths.matcher("/**")))
                // GET too, so that a link logs out; a forged request can do no more than log an officer out
                .logout(l -> l.logoutRequestMatcher(paths.matcher(LOGOUT)).logoutSuccessHandler(providerLogout));
    }

    /** OpenID Connect users as officers: the user from the username claim, the roles from the roles claim. */
    private OAuth2UserService<OidcUserRequest, OidcUser> officers() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            String userId = user.getClaimAsString(properties.usernameClaim());
            if (userId == null || userId.isBlank()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                        "The ID token has no " + properties.usernameClaim() + " claim", null));
            }
            Officer officer = Officer.of(userId, JwtOfficers.roles(user.getClaims(), properties.rolesClaim()));
            return new OfficerOidcUser(officer, user.getIdToken(), user.getUserInfo(), properties.usernameClaim());
        };
    }
}
