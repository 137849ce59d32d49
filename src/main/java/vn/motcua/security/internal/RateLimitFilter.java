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

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Token buckets per client on the public tracking and submission endpoints (see {@link RateLimitProperties}):
 * a client over its limit gets {@code 429} as problem+json with {@code Retry-After}, before anything is looked up.
 * Runs inside the API's security chain, after authentication, so it knows whether the caller is an officer.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    static final URI TOO_MANY_REQUESTS = URI.create("urn:motcua:problem:too-many-requests");

    private final List<Rule> rules;
    private final int maxClients;
    private final ObjectMapper json;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties properties, ObjectMapper json) {
        this(properties, json, System::nanoTime);
    }

    RateLimitFilter(RateLimitProperties properties, ObjectMapper json, LongSupplier nanoTime) {
        this.rules = List.of(
                new Rule("tracking", properties.tracking(), false,
                        r -> r.getRequestURI().equals("/api/v1/tracking") || r.getRequestURI().startsWith("/api/v1/tracking/")
                                || r.getRequestURI().equals("/api/v1/identity-checks")),
                new Rule("submission", properties.submission(), true,
                        r -> r.getRequestURI().equals("/api/v1/dossiers")));
        this.maxClients = properties.maxClients();
        this.json = json;
        this.nanoTime = nanoTime;
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
        long waitSeconds = bucket(rule.name() + "|" + request.getRemoteAddr(), rule.limit()).take(nanoTime.getAsLong());
        if (waitSeconds > 0) {
            tooMany(response, waitSeconds);
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket(String key, RateLimitProperties.Limit limit) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxClients) {
            forgetIdleClients();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, nanoTime.getAsLong()));
    }

    /** A full bucket is a client that has not asked for a while: forgetting it changes nothing for it. */
    private void forgetIdleClients() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(b -> b.full(now));
        if (buckets.size() >= maxClients) {
            // Under a flood of distinct addresses memory stays bounded; the limit restarts for everyone.
            buckets.clear();
        }
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
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private record Rule(String name, RateLimitProperties.Limit limit, boolean anonymousOnly,
                        Predicate<HttpServletRequest> applies) {
    }

    /** Up to {@code capacity} tokens, refilled continuously at capacity per period; a request takes one. */
    static final class Bucket {
        private final double capacity;
        private final double tokensPerNano;
        private double tokens;
        private long last;

        Bucket(RateLimitProperties.Limit limit, long now) {
            this.capacity = limit.capacity();
            this.tokensPerNano = limit.capacity() / (double) limit.period().toNanos();
            this.tokens = capacity;
            this.last = now;
        }

        /** Takes a token: 0 if one was there, else how many whole seconds until one will be. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1_000_000_000d));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
        }
    }
}
