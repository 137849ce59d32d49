package vn.motcua.input.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Set;

/**
 * A request that changes something is refused with 406 <em>before</em> it changes anything when its {@code Accept}
 * header rules out the JSON answer (or cannot be read): Spring chooses the answer's format only when it writes it,
 * after the handler's transaction has committed, so a dossier submitted with {@code Accept: application/xml} was
 * stored and answered 406 (found by {@code HostileRequestsFuzzOnPostgresTest}). Handlers that declare what they
 * produce (the what-if report's text and chart) are negotiated by Spring before they run and are left alone, as are
 * handlers that answer no body.
 */
@Component
class AcceptableAnswer implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) throws HttpMediaTypeNotAcceptableException {
        if (!CHANGING.contains(request.getMethod()) || !(handler instanceof HandlerMethod method) || answersNoBody(method)
                || declaresWhatItProduces(method)) {
            return true;
        }
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty() || accept.stream().allMatch(String::isBlank)) {
            return true;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse the Accept header: " + e.getMessage());
        }
        boolean json = acceptable.isEmpty() || acceptable.stream().anyMatch(a -> ANSWERS.stream().anyMatch(a::isCompatibleWith));
        if (!json) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
        return true;
    }

    private static boolean declaresWhatItProduces(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null && mapping.produces().length > 0;
    }

    private static boolean answersNoBody(HandlerMethod method) {
        if (method.isVoid()) {
            return true;
        }
        ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
        return ResponseEntity.class.isAssignableFrom(type.toClass()) && type.getGeneric(0).toClass() == Void.class;
    }
}
