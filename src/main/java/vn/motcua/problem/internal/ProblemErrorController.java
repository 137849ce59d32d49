package vn.motcua.problem.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;

import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.Problems;

/**
 * The container's error page ({@code server.error.path}, {@code /error}) as problem+json in Vietnamese and English,
 * instead of Spring Boot's JSON map or white-label HTML: what a filter or the container answered with an error status
 * before (or without) a controller — Spring Security's refusals, a filter's failure, a servlet's {@code sendError}.
 * An exception a client caused (bad input, a malformed multipart body) is a 400, never a 500.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = {})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem;
        InvalidInputException invalid = find(failure, InvalidInputException.class);
        org.springframework.web.ErrorResponse answered = find(failure, org.springframework.web.ErrorResponseException.class);
        if (answered != null && answered.getBody().getStatus() >= 400 && answered.getBody().getStatus() < 500) {
            // a filter's own problem (e.g. a reused Idempotency-Key, 422): kept as the filter wrote it
            problem = answered.getBody();
        } else if (invalid != null) {
            problem = Problems.invalidInput(invalid.violations());
        } else if (find(failure, MultipartException.class) != null || find(failure, org.apache.tomcat.util.http.fileupload.FileUploadException.class) != null) {
            problem = Problems.of(400, "Nội dung multipart sai định dạng", "The multipart body is malformed");
            problem.setType(Problems.MALFORMED);
        } else {
            if (status >= 500) {
                log.error("Error page for {} {}: {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
                        failure == null ? request.getAttribute(RequestDispatcher.ERROR_MESSAGE) : failure.toString());
            }
            problem = Problems.of(status < 400 ? 500 : status, null, null);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
