package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.problem.DatabaseUnavailable;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

/**
 * Token buckets per client on the public tracking and submission endpoints (see {@link RateLimitProperties}), kept
 * where {@link RateLimitBuckets} says (shared by all nodes on PostgreSQL): a client over its limit gets {@code 429}
 * as problem+json with {@code Retry-After}, before anything is looked up.
 * Runs inside the API's security chain, after authentication, so it knows whether the caller is an officer.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    static final URI TOO_MANY_REQUESTS = URI.create("urn:motcua:problem:too-many-requests");

    private final List<Rule> rules;
    private final RateLimitBuckets buckets;
    private final ObjectMapper json;

    RateLimitFilter(RateLimitProperties properties, RateLimitBuckets buckets, ObjectMapper json) {
        this.rules = List.of(
                new Rule("tracking", properties.tracking(), false,
                        r -> r.getRequestURI().equals("/api/v1/tracking") || r.getRequestURI().startsWith("/api/v1/tracking/")
                                || r.getRequestURI().equals("/api/v1/identity-checks")),
                new Rule("submission", properties.submission(), true,
                        r -> r.getRequestURI().equals("/api/v1/dossiers")));
        this.buckets = buckets;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Rule rule = rules.stream().filter(r -> r.applies().test(request)).findFirst().orElse(null);
        if (rule == null || (rule.anonymousOnly() && authenticated())) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds;
        try {
            waitSeconds = buckets.take(rule.name() + "|" + request.getRemoteAddr(), rule.limit());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // the shared buckets are in the database: while it is away, so is everything the request would do
            write(response, DatabaseUnavailable.problem(), DatabaseUnavailable.RETRY_AFTER_SECONDS);
            return;
        }
        if (waitSeconds > 0) {
            tooMany(response, waitSeconds);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean authenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private void tooMany(HttpServletResponse response, long waitSeconds) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Bạn đã gửi quá nhiều yêu cầu; hãy thử lại sau " + waitSeconds + " giây / Too many requests; try again in "
                        + waitSeconds + " seconds");
        problem.setType(TOO_MANY_REQUESTS);
        problem.setTitle("Quá nhiều yêu cầu / Too many requests");
        write(response, problem, waitSeconds);
    }

    private void write(HttpServletResponse response, ProblemDetail problem, long retryAfterSeconds) throws IOException {
        response.setStatus(problem.getStatus());
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private record Rule(String name, RateLimitProperties.Limit limit, boolean anonymousOnly,
                        Predicate<HttpServletRequest> applies) {
    }
}
