package vn.motcua.workflow.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The door of the engine's REST API ({@code /engine-rest}) and of the webapps' APIs ({@code /camunda/api}): a call
 * that is not on the {@link EngineRestAllowList} is answered {@code 404} with {@link EngineProblems#NOT_FOUND} before
 * anything else runs (authentication included: an unknown and a refused path look the same to anyone), and a
 * deployment ({@code POST …/deployment/create}, as Camunda Modeler sends it) over
 * {@code motcua.engine-rest.max-deployment-size} (10 MB by default) is answered {@code 413}, whether it announces
 * its length or streams it; nothing is stored then. Errors behind the door are answered by {@link EngineErrors}, which
 * this configuration puts in front of Camunda's own exception mappers in both JAX-RS applications, together with
 * the {@link CascadeDeleteGuard}.
 */
@Configuration
class EngineRestGate {

    @Bean
    FilterRegistrationBean<Gate> engineRestAllowListFilter(@Value("${motcua.engine-rest.max-deployment-size:10MB}") DataSize limit) {
        FilterRegistrationBean<Gate> registration = new FilterRegistrationBean<>(new Gate(limit.toBytes()));
        registration.setName("engine-rest-allow-list");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * The REST starter's JAX-RS application, with {@link EngineErrors} instead of Camunda's three general exception
     * mappers (Camunda's JSON mappers for unreadable bodies stay).
     */
    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                Set<Class<?>> mappers = Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class,
                        RestExceptionHandler.class);
                registerClasses(CamundaRestResources.getResourceClasses());
                registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                        .filter(c -> !mappers.contains(c)).collect(Collectors.toSet()));
                register(org.glassfish.jersey.jackson.JacksonFeature.class);
                EngineErrors.PROVIDERS.forEach(this::register);
            }
        };
    }

    /** Thrown by a deployment's body stream when it goes over the limit; {@link EngineErrors} answers 413. */
    static final class DeploymentTooLarge extends IOException {
        private final long maxBytes;

        DeploymentTooLarge(long maxBytes) {
            super("Deployment body exceeds " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        long maxBytes() {
            return maxBytes;
        }
    }

    static final class Gate extends OncePerRequestFilter {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineRestGate.class);

        private final long maxDeploymentBytes;

        Gate(long maxDeploymentBytes) {
            this.maxDeploymentBytes = maxDeploymentBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!EngineRestAllowList.allows(request.getMethod(), path)) {
                // debug: after a Camunda upgrade, a webapp call missing from the list shows here
                LOG.debug("Not on the engine API allow-list: {} {}", request.getMethod(), path);
                answer(response, 404, EngineProblems.NOT_FOUND);
                return;
            }
            if (controlCharacter(request.getQueryString())) {
                // the strict input rule of the app's API (README "Strict input"): PostgreSQL refuses NUL in text, the
                // engine answered 500 (found by the fuzz suite)
                answer(response, 400, EngineProblems.CONTROL_CHARACTER);
                return;
            }
            if (malformedEscape(request.getQueryString())) {
                // the engine's REST layer (Jersey) throws on it when the request says it carries a form: 500 (found by
                // the fuzz suite)
                answer(response, 400, EngineProblems.MALFORMED_ESCAPE);
                return;
            }
            if ("POST".equals(request.getMethod()) && path.endsWith("/deployment/create")) {
                if (request.getContentLengthLong() > maxDeploymentBytes) {
                    answer(response, 413, EngineProblems.tooLarge(maxDeploymentBytes));
                    return;
                }
                chain.doFilter(new vn.motcua.problem.LimitedBody(request, maxDeploymentBytes,
                        () -> new DeploymentTooLarge(maxDeploymentBytes)), response);
                return;
            }
            chain.doFilter(request, response);
        }

        /** A control character in the query, raw or as an escape ({@code %00}–{@code %1F}, {@code %7F}). */
        static boolean controlCharacter(String query) {
            if (query == null) {
                return false;
            }
            for (int i = 0; i < query.length(); i++) {
                char c = query.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    return true;
                }
                if (c == '%' && i + 2 < query.length()) {
                    int high = Character.digit(query.charAt(i + 1), 16);
                    int low = Character.digit(query.charAt(i + 2), 16);
                    if (high >= 0 && low >= 0 && (high < 2 || high == 7 && low == 15)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A {@code %} not followed by two hexadecimal digits. */
        static boolean malformedEscape(String query) {
            if (query == null) {
                return false;
            }
            for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return true;
                }
            }
            return false;
        }

        private static void answer(HttpServletResponse response, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType(EngineProblems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.flushBuffer();
        }
    }

}
