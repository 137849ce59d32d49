package vn.motcua.workflow.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The engine's own refusals (4xx) as {@code application/problem+json}, like every other error of the system, without
 * breaking the clients that read Camunda's error body: Tasklist, Cockpit and Admin read {@code type} (e.g.
 * {@code AuthorizationException}) and {@code message}, Camunda Modeler reads {@code message} and a parse error's
 * {@code details}. So Camunda's members stay as they are ({@code type} is the exception's simple name, a relative
 * problem type as RFC 9457 allows), and the problem members are added: a bilingual {@code title}, the {@code status} and
 * a {@code detail}. Registered in every JAX-RS application that serves the engine's or the webapps' APIs
 * ({@link EngineApiProviders}); 5xx and 404 answers are {@link EngineErrors}' own.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class EngineErrorBodies implements ContainerResponseFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500) {
            return;
        }
        ExceptionDto camunda;
        if (response.getEntity() instanceof ExceptionDto dto) {
            camunda = dto;
        } else if (response.getEntity() instanceof String text && MediaType.TEXT_PLAIN_TYPE.isCompatible(response.getMediaType())) {
            // a refusal a JAX-RS provider wrote as plain text
            camunda = new ExceptionDto();
            camunda.setMessage(text);
        } else {
            return;
        }
        response.setEntity(body(status, camunda), response.getEntityAnnotations(),
                MediaType.valueOf(EngineProblems.MEDIA_TYPE));
    }

    static String body(int status, ExceptionDto camunda) {
        ObjectNode members = JSON.valueToTree(camunda);
        ObjectNode problem = JSON.createObjectNode();
        String type = camunda.getType();
        problem.put("type", type == null || type.isBlank() ? "about:blank" : type);
        problem.put("title", title(status));
        problem.put("status", status);
        String message = camunda.getMessage() == null ? "" : camunda.getMessage();
        problem.put("detail", "Máy xử lý quy trình không chấp nhận yêu cầu / The process engine refused the request"
                + (message.isEmpty() ? "" : ": " + message));
        members.remove("type");
        problem.setAll(members);
        return problem.toString();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ / Bad request";
            case 401 -> "Chưa đăng nhập / Not authenticated";
            case 403 -> "Không có quyền / Forbidden";
            case 405 -> "Phương thức không được hỗ trợ / Method not allowed";
            case 406 -> "Không có định dạng trả lời phù hợp / Not acceptable";
            case 409 -> "Xung đột dữ liệu / Conflict";
            case 413 -> "Yêu cầu quá lớn / Request too large";
            case 415 -> "Định dạng nội dung không được hỗ trợ / Unsupported media type";
            default -> "Yêu cầu không được chấp nhận / Request refused";
        };
    }
}
