package vn.motcua.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The app's problem answers (RFC 9457, {@code vn.motcua.problem}) as MockMvc expectations. */
public final class Problems {

    private Problems() {
    }

    /** 400 problem+json whose first error names {@code field} with these messages in Vietnamese and English. */
    public static ResultMatcher invalid(String field, String messageVi, String messageEn) {
        return ResultMatcher.matchAll(invalid(field),
                jsonPath("$.errors[0].messageVi").value(messageVi),
                jsonPath("$.errors[0].messageEn").value(messageEn));
    }

    /** 400 problem+json whose first error names {@code field}. */
    public static ResultMatcher invalid(String field) {
        return ResultMatcher.matchAll(status().isBadRequest(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.title").value("Dữ liệu không hợp lệ / Invalid input"),
                jsonPath("$.errors[0].field").value(field));
    }

    /** A missing or blank field ({@code @NotBlank}, {@code @NotNull}). */
    public static ResultMatcher required(String field) {
        return invalid(field, "Bắt buộc phải nhập", "Required");
    }

    /** 404 problem+json with this detail ("Vietnamese / English"). */
    public static ResultMatcher notFound(String detail) {
        return ResultMatcher.matchAll(status().isNotFound(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.title").value("Không tìm thấy / Not found"),
                jsonPath("$.detail").value(detail));
    }
}
