package vn.motcua.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.security.WebappSessions;

import java.io.IOException;

/**
 * Lets an officer logged in to Tasklist open the dossier's papers from a task form in the same browser: a GET of
 * {@code /api/v1/dossiers/{code}/attachments[/{id}]} and {@code /api/v1/dossiers/{code}/reused-papers/{documentKey}}
 * without credentials is authenticated by the webapp session.
 * Nothing else of the API accepts the session, and only requests the browser marks as coming from this site
 * ({@code Sec-Fetch-Site: same-origin}, or no such header from older clients): another site cannot make an officer's
 * browser read (and audit) a paper. Which dossiers the officer may see is then checked as for any caller.
 */
class WebappSessionFilter extends OncePerRequestFilter {

    private static final RequestMatcher PAPERS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/dossiers/*/attachments"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/dossiers/*/attachments/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/dossiers/*/reused-papers/*"));

    private final WebappSessions sessions;

    WebappSessionFilter(WebappSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return !PAPERS.matches(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || (site != null && !site.equals("same-origin"))
                || SecurityContextHolder.getContext().getAuthentication() != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.officer(request).ifPresent(officer -> SecurityContextHolder.getContext()
                .setAuthentication(new OfficerAuthentication(officer, null)));
        chain.doFilter(request, response);
    }
}
