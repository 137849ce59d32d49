package vn.motcua.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * "From where" for the audit trail: the client address of the request being served, held for the request's
 * thread (the app's API, Camunda's REST API and webapps alike). It is the request's remote address, which honours
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says the proxy may be trusted (that
 * rewriting happens before this filter). Work without a request (the job executor's timers) has no address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ClientAddress extends OncePerRequestFilter {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The address of the client whose request this thread serves, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = CURRENT.get();
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
