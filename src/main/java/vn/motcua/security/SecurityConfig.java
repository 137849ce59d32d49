package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.io.IOException;
import java.util.List;

/**
 * Who may call what. The app's API authenticates officers with HTTP Basic against {@link OfficerAccounts}
 * (the same accounts Camunda Tasklist uses); unit-level checks are made by each use case. Camunda's own
 * webapps and REST API keep their authentication and CSRF protection, so Spring Security steps aside there.
 */
@Configuration
class SecurityConfig {

    static final String ADMIN = "ADMIN";

    @Bean
    @Order(1)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        // Path patterns, not MVC matchers: these paths belong to Camunda's own servlets, not Spring MVC.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/units",
                                "/api/v1/calendar/days").permitAll()
                        .requestMatchers("/api/v1/calendar/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tracking", "/api/v1/tracking/slips/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tracking/withdrawal").permitAll()
                        // Online submission is open to citizens; counter and postal need a receiver (checked by the use case).
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**", "/error", "/").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(json, res, HttpStatus.UNAUTHORIZED,
                        "Cần đăng nhập / Authentication required",
                        "Hãy đăng nhập bằng tài khoản cán bộ / Log in with an officer account")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(json, res, HttpStatus.UNAUTHORIZED,
                                "Cần đăng nhập / Authentication required",
                                "Hãy đăng nhập bằng tài khoản cán bộ / Log in with an officer account"))
                        .accessDeniedHandler((req, res, ex) -> problem(json, res, HttpStatus.FORBIDDEN,
                                "Không có quyền / Forbidden",
                                "Tài khoản không có quyền thực hiện thao tác này / Your account may not do this")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic API without cookies: there is no session for a CSRF attack to ride on.
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    AuthenticationProvider officerAuthentication(OfficerAccounts accounts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                Officer officer = accounts.authenticate(user, password)
                        .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
                List<SimpleGrantedAuthority> authorities = java.util.stream.Stream.concat(
                                officer.unitRoles().stream().map(r -> "ROLE_" + r.role().name()),
                                officer.administrator() ? java.util.stream.Stream.of("ROLE_" + ADMIN) : java.util.stream.Stream.empty())
                        .distinct().map(SimpleGrantedAuthority::new).toList();
                return UsernamePasswordAuthenticationToken.authenticated(officer, null, authorities);
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
