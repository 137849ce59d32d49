package vn.motcua.problem.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring Boot's multipart resolver, except on the way to the error page: a request that declared a multipart body
 * with no usable boundary (or none at all, on a GET) and was refused by a servlet with {@code sendError} — Jersey's
 * 400 for an {@code Accept} it cannot parse, on the engine's REST API — went to {@code /error}, where the
 * {@code DispatcherServlet} tried to parse that body again, failed, and the client got a bare 400 with no body
 * (found by the fuzz suite: {@code Accept: *}{@code /*;q=x} with {@code Content-Type: multipart/form-data}). The
 * error page reads no part, so an error dispatch is never treated as multipart; a request dispatch is as before.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageMultipart {

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver(MultipartProperties properties) {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
            }
        };
        resolver.setResolveLazily(properties.isResolveLazily());
        resolver.setStrictServletCompliance(properties.isStrictServletCompliance());
        return resolver;
    }
}
