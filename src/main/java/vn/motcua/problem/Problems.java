package vn.motcua.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The problem+json bodies every layer writes (the app's advice, filters that answer before a controller, the error
 * page of the servlet container): one wording per status, Vietnamese first, then English.
 */
public final class Problems {

    public static final URI INVALID_INPUT = URI.create("urn:motcua:problem:invalid-input");
    public static final URI MALFORMED = URI.create("urn:motcua:problem:malformed-request");

    private Problems() {
    }

    /** 400 naming each offending field with its Vietnamese and English message. */
    public static ProblemDetail invalidInput(List<InvalidInputException.Violation> violations) {
        String fields = violations.stream().map(InvalidInputException.Violation::field).distinct()
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Dữ liệu không hợp lệ ở: " + fields + " / Invalid input in: " + fields);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Dữ liệu không hợp lệ / Invalid input");
        problem.setProperty("errors", violations);
        return problem;
    }

    /** The status's own bilingual title and a bilingual detail; {@code detailEn} may be null (the title's English). */
    public static ProblemDetail of(int status, String detailVi, String detailEn) {
        String[] title = title(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title[0] + " / " + title[1]);
        problem.setDetail((detailVi == null ? title[0] : detailVi) + " / " + (detailEn == null ? title[1] : detailEn));
        return problem;
    }

    /** The title of a status: {Vietnamese, English}. */
    public static String[] title(int status) {
        return switch (status) {
            case 400 -> new String[] {"Yêu cầu không hợp lệ", "Bad request"};
            case 401 -> new String[] {"Chưa đăng nhập", "Unauthorized"};
            case 403 -> new String[] {"Không có quyền", "Forbidden"};
            case 404 -> new String[] {"Không tìm thấy", "Not found"};
            case 405 -> new String[] {"Phương thức không được hỗ trợ", "Method not allowed"};
            case 406 -> new String[] {"Không có định dạng trả lời phù hợp", "Not acceptable"};
            case 408 -> new String[] {"Hết thời gian chờ yêu cầu", "Request timeout"};
            case 409 -> new String[] {"Xung đột", "Conflict"};
            case 413 -> new String[] {"Yêu cầu quá lớn", "Request too large"};
            case 414 -> new String[] {"Địa chỉ quá dài", "URI too long"};
            case 415 -> new String[] {"Định dạng nội dung không được hỗ trợ", "Unsupported media type"};
            case 429 -> new String[] {"Quá nhiều yêu cầu", "Too many requests"};
            case 431 -> new String[] {"Tiêu đề yêu cầu quá lớn", "Request header fields too large"};
            case 503 -> new String[] {"Dịch vụ tạm thời không sẵn sàng", "Service unavailable"};
            default -> status >= 500 ? new String[] {"Lỗi hệ thống", "Internal error"}
                    : new String[] {"Yêu cầu không được chấp nhận", "Request refused"};
        };
    }
}
