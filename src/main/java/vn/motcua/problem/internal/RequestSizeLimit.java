package vn.motcua.problem.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The app's JSON API takes bodies up to {@code motcua.api.max-body-size} (256 KB by default): a larger one
 * is refused with 413 before anything reads it, whether it announces its length or streams it in chunks.
 * (File uploads have their own multipart limits; the bulk imports of {@code motcua.api.streamed-uploads}, for
 * administrators only, are streamed to disk and have none.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    /** Endpoints that stream a bulk file of any size to disk (administrators' imports), not JSON they parse in memory. */
    private final java.util.List<String> streamedUploads;

    RequestSizeLimit(@Value("${motcua.api.max-body-size:256KB}") DataSize maxBodySize,
                     @Value("${motcua.api.streamed-uploads:/api/v1/admin/consolidation/imports}") java.util.List<String> streamedUploads,
                     ObjectMapper json) {
        this.maxBytes = maxBodySize.toBytes();
        this.streamedUploads = streamedUploads;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || isMultipart(request)
                || streamedUploads.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new vn.motcua.problem.LimitedBody(request, maxBytes, () -> new BodyTooLargeException(maxBytes)), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Nội dung yêu cầu vượt quá " + maxBytes / 1024 + " KB / The request body exceeds " + maxBytes / 1024 + " KB");
        problem.setTitle("Yêu cầu quá lớn / Request too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** Thrown by the body stream when a request without a declared length goes over the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long max) {
            super("Request body exceeds " + max + " bytes");
        }
    }
}
