package vn.motcua.workflow.internal;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.security.OfficerTokens;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Camunda's REST API (used by Tasklist-like clients and by analysts deploying from Camunda Modeler) accepts only
 * authenticated officers, with the same identities as everything else: HTTP Basic against the engine's identity
 * store, or (with {@code motcua.security.oidc.enabled=true}) an OpenID Connect bearer token whose roles claim
 * gives the officer's groups. The engine's authorizations then decide what each may see and do.
 *
 * <p>Which calls get this far is {@link EngineRestAllowList}'s business ({@link EngineRestGate}); deleting a
 * deployment with its running processes is {@link CascadeDeleteGuard}'s.
 */
@Configuration
class EngineRestSecurity {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ObjectProvider<OfficerTokens> tokens) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OfficerAuthenticationFilter(tokens));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Camunda's filter with an authentication provider that also reads bearer tokens. */
    static final class OfficerAuthenticationFilter extends ProcessEngineAuthenticationFilter {

        private final ObjectProvider<OfficerTokens> tokens;

        OfficerAuthenticationFilter(ObjectProvider<OfficerTokens> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void init(FilterConfig config) throws ServletException {
            super.init(withBasicProvider(config));
            authenticationProvider = new BearerOrBasic(authenticationProvider, tokens.getIfAvailable());
        }

        /** Camunda's filter instantiates its provider from an init parameter: give it the HTTP Basic one. */
        private static FilterConfig withBasicProvider(FilterConfig config) {
            Map<String, String> parameters = Map.of(AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
            return new FilterConfig() {
                @Override
                public String getFilterName() {
                    return config.getFilterName();
                }

                @Override
                public ServletContext getServletContext() {
                    return config.getServletContext();
                }

                @Override
                public String getInitParameter(String name) {
                    return parameters.containsKey(name) ? parameters.get(name) : config.getInitParameter(name);
                }

                @Override
                public Enumeration<String> getInitParameterNames() {
                    return Collections.enumeration(parameters.keySet());
                }
            };
        }
    }

    /** {@code Authorization: Bearer} when OpenID Connect is on (groups from the token), else HTTP Basic. */
    record BearerOrBasic(AuthenticationProvider basic, OfficerTokens tokens) implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            String header = request.getHeader("Authorization");
            if (tokens != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return tokens.fromBearerToken(header.substring(7).trim()).map(officer -> {
                    AuthenticationResult result = AuthenticationResult.successful(officer.userId());
                    result.setGroups(officer.groupIds());
                    result.setTenants(java.util.List.of());
                    return result;
                }).orElseGet(AuthenticationResult::unsuccessful);
            }
            return basic.extractAuthenticatedUser(request, engine);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            basic.augmentResponseByAuthenticationChallenge(response, engine);
        }
    }
}
