package vn.motcua.workflow.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;
import vn.motcua.security.WebappSingleSignOn;

import java.io.IOException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Camunda Tasklist, Cockpit and Admin with single sign-on ({@link WebappSingleSignOn}, OpenID Connect): Camunda's
 * container-based authentication, fed by the officer Spring Security logged in, with the groups of their ID token.
 * Without single sign-on the filter is not registered and the webapps keep their own login page.
 *
 * <p>Officers of the identity provider need no account in the engine's identity store: the webapp authentication is
 * built from the token's groups here, and it is kept for the whole session (Camunda's periodic refresh would replace
 * the groups with the identity store's). A unit role's engine group, with its access to Tasklist, is created the
 * first time an officer of that unit and role logs in, as when the role is granted through the admin API.
 */
@Configuration
class WebappSingleSignOnFilter {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication(
            ObjectProvider<WebappSingleSignOn> singleSignOn, EngineAccess access, UnitDirectory units) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OfficerSessionFilter(() -> singleSignOn.getObject().officer(), access, units));
        registration.setName("webapp-single-sign-on");
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter (order -100), before the webapps' own filters (registered last by Camunda)
        registration.setOrder(0);
        registration.setEnabled(singleSignOn.getIfAvailable() != null);
        return registration;
    }

    static final class OfficerSessionFilter extends ContainerBasedAuthenticationFilter {

        /** The webapps' "Log out" (an XHR that has passed their CSRF filter when it succeeds). */
        private static final Pattern LOGOUT = Pattern.compile(".*/api/admin/auth/user/[^/]+/logout");
        /** The webapp authentication lasts as long as the session: its groups come from the token, not the store. */
        private static final Date NEVER = new Date(Long.MAX_VALUE);

        private final Supplier<Optional<Officer>> officer;
        private final EngineAccess access;
        private final UnitDirectory units;

        OfficerSessionFilter(Supplier<Optional<Officer>> officer, EngineAccess access, UnitDirectory units) {
            this.officer = officer;
            this.access = access;
            this.units = units;
        }

        @Override
        public void init(FilterConfig config) {
            authenticationProvider = new SpringSecurityOfficer(officer);
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            if (!"POST".equals(req.getMethod()) || !LOGOUT.matcher(req.getRequestURI()).matches()) {
                super.doFilter(request, response, chain);
                return;
            }
            chain.doFilter(request, response);
            // Camunda's logout forgets the engine authentication only; the login at the provider lives in the same
            // session and would log the officer straight back in. End the whole session.
            HttpSession session = req.getSession(false);
            if (((HttpServletResponse) response).getStatus() < 300 && session != null) {
                session.invalidate();
            }
        }

        @Override
        protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
                                                          List<String> tenants) {
            engine.getIdentityService().clearAuthentication();
            groups.stream().map(UnitRole::fromGroupId).flatMap(Optional::stream)
                    .forEach(role -> units.find(role.unitCode()).map(Unit::name)
                            .ifPresent(name -> access.ensureUnitRoleGroup(role, name)));
            AuthorizationService authorizations = engine.getAuthorizationService();
            Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
            for (String app : AuthenticationUtil.APPS) {
                if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()
                        || authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
                    apps.add(app);
                }
            }
            UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
            authentication.setGroupIds(groups);
            authentication.setTenantIds(tenants);
            authentication.setAuthorizedApps(apps);
            authentication.setCacheValidationTime(NEVER);
            return authentication;
        }
    }

    /** The officer of the Spring Security session; Spring Security has already sent anyone else to the provider. */
    record SpringSecurityOfficer(Supplier<Optional<Officer>> officer) implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            return this.officer.get().map(officer -> {
                AuthenticationResult result = AuthenticationResult.successful(officer.userId());
                result.setGroups(officer.groupIds());
                result.setTenants(List.of());
                return result;
            }).orElseGet(AuthenticationResult::unsuccessful);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // the challenge is Spring Security's: a redirect to the identity provider
        }
    }
}
