package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call {@code /api/v1/npsp/**}: the NPSP's connector only, with HTTP Basic and the account configured in
 * {@code motcua.integration.npsp.connector.*} (a technical account of the province, not an officer). Declared next to
 * the endpoints it guards. Officers' accounts are recognised (the app's other providers stand behind this one) and
 * get 403; anyone else 401, both as problem+json; stateless, no session, no CSRF to ride on. With no connector
 * password configured nobody passes.
 */
final class NpspConnectorSecurity {

    static final String CONNECTOR_ROLE = "NPSP_CONNECTOR";

    private NpspConnectorSecurity() {
    }

    static SecurityFilterChain chain(HttpSecurity http, IntegrationProperties.Connector connector, ObjectMapper json)
            throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/v1/npsp/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(CONNECTOR_ROLE))
                .authenticationProvider(provider(connector))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(json, res, HttpStatus.UNAUTHORIZED,
                        "Cần đăng nhập / Authentication required",
                        "Chỉ cổng kết nối của Cổng Dịch vụ công quốc gia / The NPSP's connector only")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(json, res, HttpStatus.UNAUTHORIZED,
                                "Cần đăng nhập / Authentication required",
                                "Chỉ cổng kết nối của Cổng Dịch vụ công quốc gia / The NPSP's connector only"))
                        .accessDeniedHandler((req, res, ex) -> problem(json, res, HttpStatus.FORBIDDEN,
                                "Không có quyền / Forbidden",
                                "Chỉ cổng kết nối của Cổng Dịch vụ công quốc gia / The NPSP's connector only")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    /** The connector's account; any other user name is left to the app's officers' providers. */
    static AuthenticationProvider provider(IntegrationProperties.Connector connector) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (connector.username().isEmpty() || !connector.username().equals(authentication.getName())) {
                    return null;
                }
                byte[] given = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
                byte[] expected = connector.password().getBytes(StandardCharsets.UTF_8);
                if (connector.password().isEmpty() || !MessageDigest.isEqual(given, expected)) {
                    throw new BadCredentialsException("Bad credentials");
                }
                return UsernamePasswordAuthenticationToken.authenticated(connector.username(), null,
                        AuthorityUtils.createAuthorityList("ROLE_" + CONNECTOR_ROLE));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    private static void problem(ObjectMapper json, HttpServletResponse res, HttpStatus status, String title,
                                String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), problem);
    }
}
