package vn.motcua.problem.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart submission over the servlet's limits (a file over 10 MB, or more than 20 MB in all) is refused while
 * the request is read, before any controller is chosen, so the package-scoped problem advice never sees it: this
 * advice, for every handler, says so as problem+json in both languages instead of an empty 413.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp đính kèm quá lớn: mỗi tệp tối đa 10 MB, tổng cộng tối đa 20 MB / "
                        + "The attachments are too large: at most 10 MB each and 20 MB in all");
        problem.setTitle("Yêu cầu quá lớn / Request too large");
        return problem;
    }
}
