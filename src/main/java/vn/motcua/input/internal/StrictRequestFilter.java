package vn.motcua.input.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.Problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Path and query string of the app's API ({@code /api/**}) decoded strictly before anything else reads them: a
 * malformed %-escape, bytes that are not UTF-8, a control character or an unpaired surrogate in a path segment or a
 * parameter, or a parameter longer than {@code motcua.input.max-parameter-length} (1,000 characters) is a 400
 * problem+json naming the parameter (the container would drop such a parameter silently or decode it into other
 * characters). A Content-Type that is not one concrete media type ({@code *}{@code /*}, {@code a/b/c}) is 415.
 * Parameters (query and form fields, also a multipart body's text fields) are handed on in NFC; a form
 * field breaking the rules is refused when it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class StrictRequestFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final int maxParameterLength;

    StrictRequestFilter(ObjectMapper json, @Value("${motcua.input.max-parameter-length:1000}") int maxParameterLength) {
        this.json = json;
        this.maxParameterLength = maxParameterLength;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getContentType();
        if (declared != null && !declared.isBlank() && !concrete(declared)) {
            // Spring would fail on it with an IllegalArgumentException (a 500) while reading the body
            write(response, Problems.of(415, "Định dạng nội dung (Content-Type) không hợp lệ",
                    "The Content-Type is malformed or a wildcard"));
            return;
        }
        try {
            checkPath(request.getRequestURI());
            checkQuery(request.getQueryString());
        } catch (InvalidInputException e) {
            write(response, Problems.invalidInput(e.violations()));
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        // a multipart body's parts are read by the controller (JSON part through the strict converter, file names by
        // the text rules); wrapping would parse and judge its JSON part as a form field
        chain.doFilter(multipart ? request : new Normalised(request, maxParameterLength), response);
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private void checkPath(String rawUri) {
        for (String segment : rawUri.split("/", -1)) {
            String decoded = decode("path", segment);
            TextRules.check("path", decoded, false);
            if (decoded.length() > maxParameterLength) {
                throw new InvalidInputException("path", "Đường dẫn quá dài", "Path segment too long");
            }
        }
    }

    private void checkQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode("query", (eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' '));
            String field = TextRules.check("query", name, false);
            String value = eq < 0 ? "" : decode(field, pair.substring(eq + 1).replace('+', ' '));
            TextRules.check(field, value, false);
            if (value.length() > maxParameterLength) {
                throw new InvalidInputException(field, "Giá trị quá dài (tối đa " + maxParameterLength + " ký tự)",
                        "Value too long (at most " + maxParameterLength + " characters)");
            }
        }
    }

    /** %-decoding that refuses a malformed escape and bytes that are not UTF-8, instead of guessing. */
    static String decode(String field, String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new InvalidInputException(field, "Mã hoá %-xx sai định dạng", "Malformed %-encoding");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "Không phải UTF-8 hợp lệ", "Not well-formed UTF-8");
        }
    }

    /** Parameters in NFC, each checked by the text rules when read. */
    private static final class Normalised extends HttpServletRequestWrapper {
        private final int maxLength;
        private Map<String, String[]> parameters;

        Normalised(HttpServletRequest request, int maxLength) {
            super(request);
            this.maxLength = maxLength;
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> checked = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String field = TextRules.check("parameter", name, false);
                    String[] clean = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null && values[i].length() > maxLength) {
                            throw new InvalidInputException(field, "Giá trị quá dài (tối đa " + maxLength + " ký tự)",
                                    "Value too long (at most " + maxLength + " characters)");
                        }
                        clean[i] = TextRules.check(field, values[i], false);
                    }
                    checked.put(field, clean);
                });
                parameters = Collections.unmodifiableMap(checked);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters().keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }
    }
}
