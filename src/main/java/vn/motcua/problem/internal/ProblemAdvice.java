package vn.motcua.problem.internal;

import vn.motcua.problem.DatabaseUnavailable;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.Problems;
import vn.motcua.problem.RuleViolationException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the app's API as RFC 9457 {@code application/problem+json}: a title in Vietnamese and
 * English, and for bad input the list of offending fields ({@code errors}). It applies to every handler and to the
 * errors met before a handler is chosen (no such path, method, media type; a malformed multipart body), so that the
 * framework's own English-only bodies never reach a client.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    static final URI INVALID_INPUT = Problems.INVALID_INPUT;
    static final URI NOT_FOUND = URI.create("urn:motcua:problem:not-found");
    static final URI RULE_VIOLATION = URI.create("urn:motcua:problem:rule-violation");
    static final URI MALFORMED = Problems.MALFORMED;

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.violations());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(RULE_VIOLATION);
        problem.setTitle("Không thực hiện được / Not possible now");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.messageVi() + " / " + e.messageEn());
        problem.setType(NOT_FOUND);
        problem.setTitle("Không tìm thấy / Not found");
        return problem;
    }

    /**
     * The database away or too slow: 503 with {@code Retry-After}. Anything else goes on as before (rethrown: Spring
     * Security's 401/403 and the container's 500), which is why this handler takes every runtime exception.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable, answered 503: {}", e.toString());
            return DatabaseUnavailable.response();
        }
        throw e;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<InvalidInputException.Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.Violation(f.getField(),
                        FieldMessages.vi(f.getCode(), f.getDefaultMessage()), FieldMessages.en(f.getCode(), f.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestSizeLimit.BodyTooLargeException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Nội dung yêu cầu quá lớn / The request body is too large: " + cause.getMessage());
            problem.setTitle("Yêu cầu quá lớn / Request too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        if (e.getCause() instanceof JsonMappingException mapping && mapping.getCause() instanceof InvalidInputException rule) {
            String at = path(mapping);
            return ResponseEntity.badRequest().body(invalid(rule.violations().stream()
                    .map(v -> new InvalidInputException.Violation(join(at, v.field()), v.messageVi(), v.messageEn()))
                    .toList()));
        }
        if (e.getCause() instanceof InvalidFormatException bad && bad.getTargetType() != null && bad.getTargetType().isEnum()) {
            String allowed = Arrays.stream(bad.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ResponseEntity.badRequest().body(invalid(List.of(new InvalidInputException.Violation(path(bad),
                    "Giá trị không hợp lệ; chọn một trong: " + allowed, "Invalid value; use one of: " + allowed))));
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(invalid(List.of(new InvalidInputException.Violation(path(unknown),
                    "Trường không được hỗ trợ", "Unknown field"))));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(List.of(new InvalidInputException.Violation(path(mapping),
                    "Sai kiểu dữ liệu", "Wrong type of value"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nội dung yêu cầu không phải JSON hợp lệ / The request body is not valid JSON: "
                        + (cause == null ? "empty body" : cause.getMessage().lines().findFirst().orElse("")));
        problem.setType(MALFORMED);
        problem.setTitle("Yêu cầu sai định dạng / Malformed request");
        return ResponseEntity.badRequest().body(problem);
    }

    private static String join(String outer, String inner) {
        if (inner == null || inner.isEmpty()) {
            return outer.isEmpty() ? "body" : outer;
        }
        return outer.isEmpty() ? inner : inner.startsWith("[") ? outer + inner : outer + "." + inner;
    }

    /** A multipart body the container cannot parse (no boundary, cut short, a broken part header). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        ProblemDetail problem = Problems.of(400, "Nội dung multipart sai định dạng", "The multipart body is malformed");
        problem.setType(MALFORMED);
        return problem;
    }

    /**
     * The framework's own errors (405, 406, 415, a missing or mistyped parameter, no such path) get the status's
     * bilingual title; a parameter, header or part at fault is named in {@code errors} like a body field.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, Object body, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (body == null && e instanceof org.springframework.web.ErrorResponse answered
                && answered.getBody().getType() != null && !"about:blank".equals(answered.getBody().getType().toString())) {
            body = answered.getBody(); // the app's own problem (e.g. a reused Idempotency-Key), kept as it was written
        }
        if (body == null || body instanceof ProblemDetail pd && (pd.getType() == null || "about:blank".equals(pd.getType().toString()))) {
            body = framework(e, status, body instanceof ProblemDetail given ? given.getDetail() : null);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail framework(Exception e, HttpStatusCode status, String detailEn) {
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return invalid(List.of(new InvalidInputException.Violation(mismatch.getPropertyName(),
                    "Sai kiểu dữ liệu", "Wrong type of value")));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return invalid(List.of(new InvalidInputException.Violation(missing.getParameterName(),
                    "Bắt buộc phải nhập", "Required")));
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return invalid(List.of(new InvalidInputException.Violation(missing.getRequestPartName(),
                    "Bắt buộc phải có", "Required part")));
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return invalid(List.of(new InvalidInputException.Violation(missing.getHeaderName(),
                    "Thiếu tiêu đề bắt buộc", "Required header missing")));
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return invalid(invalid.getParameterValidationResults().stream()
                    .map(r -> new InvalidInputException.Violation(
                            r.getMethodParameter().getParameterName() == null ? "parameter" : r.getMethodParameter().getParameterName(),
                            "Giá trị không hợp lệ", "Invalid value"))
                    .toList());
        }
        return Problems.of(status.value(), null, detailEn);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail invalid(List<InvalidInputException.Violation> violations) {
        return Problems.invalidInput(violations);
    }

    /** Bean-validation codes in both languages; the annotation's own message is the fallback. */
    private static final class FieldMessages {
        static String vi(String code, String fallback) {
            return switch (code == null ? "" : code) {
                case "NotBlank", "NotNull", "NotEmpty" -> "Bắt buộc phải nhập";
                case "Size" -> "Độ dài không hợp lệ";
                case "Email" -> "Địa chỉ email không hợp lệ";
                case "Pattern" -> "Sai định dạng";
                case "BirthDate" -> "Ngày sinh phải từ 01/01/1900 đến hôm nay";
                case "Past" -> "Phải là một ngày trong quá khứ";
                default -> fallback;
            };
        }

        static String en(String code, String fallback) {
            return switch (code == null ? "" : code) {
                case "NotBlank", "NotNull", "NotEmpty" -> "Required";
                case "Size" -> "Invalid length";
                case "Email" -> "Invalid email address";
                case "Pattern" -> "Invalid format";
                case "BirthDate" -> "The date of birth must be from 01/01/1900 to today";
                case "Past" -> "Must be a date in the past";
                default -> fallback;
            };
        }
    }
}
