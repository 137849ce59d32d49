package vn.motcua.security.internal;

import vn.motcua.security.Officer;
import vn.motcua.security.OfficerAccounts;
import vn.motcua.security.WebappSessions;
import vn.motcua.security.WebappSingleSignOn;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.client.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.organisation.Role;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call what. The app's API authenticates officers with HTTP Basic against {@link OfficerAccounts} (the
 * same accounts Camunda Tasklist uses) and, with {@code motcua.security.oidc.enabled=true}, with OpenID Connect
 * bearer tokens. Each endpoint family names the roles that may call it (a wrong role gets 403 before any
 * controller runs); which unit's data an officer may touch is then checked by each use case. Camunda's REST API
 * keeps its own authentication, its webapps their own CSRF protection; the webapps log in with their own page, or
 * with OpenID Connect at the identity provider ({@link WebappSingleSignOn}).
 *
 * <p>The reviewed list of public endpoints is {@link #PUBLIC_GET} and {@link #PUBLIC_POST};
 * {@code SecuritySmokeTest} walks every request mapping against it.
 */
@Configuration
@EnableConfigurationProperties({RateLimitProperties.class, OidcProperties.class})
@Import(RateLimitConfiguration.class)
public class SecurityConfig {

    /** Anyone may read these: the catalog, the receiving points, the calendar, the API description. */
    static final String[] PUBLIC_GET = {"/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/units",
            "/api/v1/calendar/days", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/actuator/health",
            "/actuator/health/**", "/error", "/",
            // the public portal's pages and their assets (vn.motcua.portal, built from src/main/frontend)
            "/thu-tuc", "/thu-tuc/*", "/nop-ho-so", "/bien-nhan", "/tra-cuu", "/phan-anh", "/co-so", "/portal/**",
            // the public transparency figures and page, and the leaders' dashboard page (its data needs a login)
            "/api/v1/transparency", "/minh-bach", "/bao-cao"};
    /** Anyone may post these: tracking and the applicant's own requests (code + ID number), online submission. */
    static final String[] PUBLIC_POST = {"/api/v1/tracking", "/api/v1/tracking/withdrawal", "/api/v1/tracking/result-return", "/api/v1/tracking/slips/*",
            "/api/v1/dossiers", "/api/v1/identity-checks",
            // the applicant's fee and online payment (vn.motcua.payment); the platform's callback, believed by checksum
            "/api/v1/tracking/fee", "/api/v1/tracking/payments", "/api/v1/payments/paygov/callback",
            // the applicant's rating of the service after the result (vn.motcua.feedback)
            "/api/v1/tracking/rating",
            // complaints and recommendations: about the applicant's dossier (tracking proof) or a procedure
            "/api/v1/tracking/complaints", "/api/v1/tracking/complaints/list", "/api/v1/complaints",
            "/api/v1/complaints/status", "/api/v1/complaints/rating",
            // the signed electronic result for its applicant, and the server's verification of a signed PDF (vn.motcua.result)
            "/api/v1/tracking/result", "/api/v1/results/verify"};

    /** No script, style, frame or form in an API answer: a browser that opens one renders nothing active. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * A dossier's paper (PDF, image) shown by the browser's own viewer, in a frame of this site's Tasklist at most:
     * no script, no form, no other site; the PDF viewer (an object) and the image may render.
     */
    static final String PAPER_CONTENT_SECURITY_POLICY =
            "default-src 'none'; object-src 'self'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; "
                    + "base-uri 'none'; form-action 'none'";
    private static final RequestMatcher PAPER = new org.springframework.security.web.util.matcher.OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/dossiers/*/attachments/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/dossiers/*/reused-papers/*"));

    private static final String RECEIVER = Role.RECEIVER.name();
    private static final String SPECIALIST = Role.SPECIALIST.name();
    private static final String LEADER = Role.LEADER.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    /**
     * A request Spring Security's firewall refuses (an unknown method, an encoded slash or dot segment, a control
     * character in the path) answered as problem+json right away: the framework's default {@code sendError(400)} goes
     * to the error page through the same firewall, which refuses it again, and the client got an empty 400.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> {
            ProblemDetail problem = vn.motcua.problem.Problems.of(400,
                    "Địa chỉ hoặc phương thức của yêu cầu không hợp lệ", "The request's address or method is not valid");
            problem.setType(vn.motcua.problem.Problems.MALFORMED);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        };
    }

    /** The engine's REST API authenticates its callers itself ({@code vn.motcua.workflow.internal.EngineRestSecurity}). */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Path patterns, not MVC matchers: these paths belong to Camunda's own servlets, not Spring MVC.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * Camunda Tasklist, Cockpit and Admin: their own login page against the engine's identity store, or, with
     * {@link WebappSingleSignOn}, Spring Security's login at the identity provider. Either way the webapps' own CSRF
     * filter protects their API (a token in a cookie echoed in a header), so Spring Security's is off here.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, ObjectProvider<OidcWebappLogin> singleSignOn) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        OidcWebappLogin sso = singleSignOn.getIfAvailable();
        List<RequestMatcher> matchers = new ArrayList<>(List.of(paths.matcher("/camunda/**")));
        if (sso == null) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            OidcWebappLogin.loginPaths().forEach(p -> matchers.add(paths.matcher(p)));
            sso.configure(http);
        }
        return http.securityMatcher(new OrRequestMatcher(matchers)).csrf(c -> c.disable()).build();
    }

    /** Single sign-on into the webapps, when OpenID Connect is on and a client registration is configured. */
    @Bean
    @ConditionalOnProperty(name = "motcua.security.oidc.enabled", havingValue = "true")
    @ConditionalOnOAuth2ClientRegistrationProperties
    OidcWebappLogin webappSingleSignOn(ClientRegistrationRepository clients, OidcProperties properties) {
        return new OidcWebappLogin(clients, properties);
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, RateLimitProperties limits, RateLimitBuckets buckets,
                            OidcProperties oidc, ObjectProvider<JwtOfficers> tokens,
                            ObjectProvider<WebappSessions> webappSessions) throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, e) -> problem(json, res, HttpStatus.UNAUTHORIZED,
                "Cần đăng nhập / Authentication required",
                "Hãy đăng nhập bằng tài khoản cán bộ / Log in with an officer account");
        http
                .authorizeHttpRequests(a -> a
                        // the error page renders whatever went wrong, for every method; the request itself was checked
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_GET).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_POST).permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/calendar/**").hasRole(ADMINISTRATOR)
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/tasks", "/api/v1/tasks/**").hasRole(LEADER)
                        .requestMatchers("/api/v1/reports/**").hasAnyRole(LEADER, AUDITOR)
                        // online payment orders, for the receiving points, their leaders and auditors (vn.motcua.payment)
                        .requestMatchers(HttpMethod.GET, "/api/v1/payments/**").hasAnyRole(RECEIVER, LEADER, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/supplement").hasRole(RECEIVER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/dossiers/*/result-return").hasRole(RECEIVER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/result").hasAnyRole(SPECIALIST, LEADER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers", "/api/v1/dossiers/**")
                        .hasAnyRole(RECEIVER, SPECIALIST, LEADER, AUDITOR)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((req, res, ex) -> problem(json, res, HttpStatus.FORBIDDEN,
                                "Không có quyền / Forbidden",
                                "Tài khoản không có quyền thực hiện thao tác này / Your account may not do this")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless API without cookies, and a 401 that never challenges a browser to remember a password
                // (no WWW-Authenticate: Basic): no session and no stored credential for a CSRF attack to ride on.
                .csrf(c -> c.disable())
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        // a dossier's paper may be previewed in a frame of Tasklist (same site only); nothing else
                        .frameOptions(f -> f.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAPER,
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(PAPER),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAPER,
                                new StaticHeadersWriter("Content-Security-Policy", PAPER_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new AndRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"), new NegatedRequestMatcher(PAPER)),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY))))
                .addFilterAfter(rateLimit(limits, buckets, json), AnonymousAuthenticationFilter.class);
        WebappSessions sessions = webappSessions.getIfAvailable();
        if (sessions != null) {
            // the dossier's papers open from a Tasklist task form with the officer's webapp login
            http.addFilterBefore(new WebappSessionFilter(sessions), AnonymousAuthenticationFilter.class);
        }
        if (oidc.enabled()) {
            // the JwtOfficers bean exists whenever OpenID Connect is on (it refuses to start without a decoder)
            http.oauth2ResourceServer(o -> o
                    .authenticationEntryPoint(unauthorized)
                    .jwt(j -> j.jwtAuthenticationConverter(tokens.getObject())));
        }
        return http.build();
    }

    /** Officers from bearer tokens, for the API and the engine's REST API; only with OpenID Connect on. */
    @Bean
    @ConditionalOnProperty(name = "motcua.security.oidc.enabled", havingValue = "true")
    JwtOfficers jwtOfficers(ObjectProvider<JwtDecoder> decoder, OidcProperties properties) {
        JwtDecoder jwt = decoder.getIfAvailable();
        if (jwt == null) {
            throw new IllegalStateException("motcua.security.oidc.enabled=true needs a JwtDecoder: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) to the identity provider");
        }
        return new JwtOfficers(jwt, properties);
    }

    @Bean
    AuthenticationProvider officerAuthentication(OfficerAccounts accounts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Officer officer = accounts.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()))
                        .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
                return new OfficerAuthentication(officer, authentication.getDetails());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** The rate limit filter, or a pass-through when {@code motcua.rate-limit.enabled=false}. */
    private static jakarta.servlet.Filter rateLimit(RateLimitProperties limits, RateLimitBuckets buckets,
                                                    ObjectMapper json) {
        return limits.enabled() ? new RateLimitFilter(limits, buckets, json) : (req, res, chain) -> chain.doFilter(req, res);
    }

    static void problem(ObjectMapper json, HttpServletResponse res, HttpStatus status, String title,
                        String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), problem);
    }
}
