package vn.motcua.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.problem.DatabaseUnavailable;

/**
 * How the engine's REST API answers a failure, in front of Camunda's own exception mappers (registered with a higher
 * priority, for the same {@code Throwable}, in the REST API at {@code /engine-rest} and in the webapps' engine API at
 * {@code /camunda/api/engine}, see {@link EngineRestGate}):
 * <ul>
 *   <li>an id the caller may not see and an id that does not exist get the same {@link EngineProblems#NOT_FOUND}:
 *       the engine answers the first with 403 naming the resource, the process definition (the procedure) and the
 *       permission, and the second with 404, or with 500 when a command finds nothing ({@link NullValueException});</li>
 *   <li>a refused action on no particular resource (an officer deploying, creating a user) gets a 403 without the
 *       engine's details;</li>
 *   <li>an internal failure gets a 500 without the engine's message (which may name any row it touched); the database
 *       being away or busy a 503 with {@code Retry-After}, as in the app's API;</li>
 *   <li>a deployment over the size limit 413;</li>
 *   <li>everything else (a bad query parameter, a model the validator refused with its findings for Camunda Modeler)
 *       as Camunda answers it.</li>
 * </ul>
 * Mappers, not a wrapper around the servlet response: Jersey writes these answers itself, so nothing waits on a body
 * that was never written.
 */
@Provider
@Priority(1)
public class EngineErrors implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(EngineErrors.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (causedBy(failure, EngineRestGate.DeploymentTooLarge.class) != null) {
            EngineRestGate.DeploymentTooLarge tooLarge = causedBy(failure, EngineRestGate.DeploymentTooLarge.class);
            return answer(413, EngineProblems.tooLarge(tooLarge.maxBytes()));
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            log.warn("Engine REST: database unavailable: {}", failure.toString());
            return Response.status(503).header("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .type(EngineProblems.MEDIA_TYPE).entity(EngineProblems.UNAVAILABLE).build();
        }
        AuthorizationException refused = causedBy(failure, AuthorizationException.class);
        if (refused != null) {
            log.debug("Engine REST: refused: {}", refused.getMessage());
            return onParticularResource(refused) ? notFound() : answer(403, EngineProblems.FORBIDDEN);
        }
        if (causedBy(failure, NullValueException.class) != null || causedBy(failure, NotFoundException.class) != null) {
            log.debug("Engine REST: not found: {}", failure.getMessage());
            return notFound();
        }
        if (causedBy(failure, org.glassfish.jersey.message.internal.HeaderValueException.class) != null) {
            // a header Jersey cannot parse (found by the fuzz suite: "Accept-Language: vi;q=abc" ended in 500)
            return answer(400, EngineProblems.MALFORMED_HEADER);
        }
        Response camunda = ExceptionHandlerHelper.getInstance().getResponse(failure); // logs as Camunda does
        if (camunda.getStatus() == 404) {
            return notFound();
        }
        if (camunda.getStatus() >= 500) {
            org.camunda.bpm.engine.BadUserRequestException refusedByRule =
                    causedBy(failure, org.camunda.bpm.engine.BadUserRequestException.class);
            if (refusedByRule != null) {
                // a rule refused the call (e.g. an assignment outside the task's unit and role, TaskListRows) and
                // Camunda's resource wrapped it as a 500: 400 with the rule's message
                return ExceptionHandlerHelper.getInstance().getResponse(refusedByRule);
            }
            return answer(500, EngineProblems.INTERNAL);
        }
        return camunda;
    }

    /*
     * Jersey picks the mapper of the nearest exception type, and only then the priority: Camunda's mappers for
     * RestException and ProcessEngineException would beat a mapper for Throwable in the webapps' engine API. These
     * give the same answers for each type Camunda maps (and the nearer types of foreign and unknown ids).
     */

    /** For Camunda's {@code RestException}s (same type as Camunda's mapper: the priority decides). */
    @Provider
    @Priority(1)
    public static class ForRest implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /** For "No matching task with id …" and the like: nearer than Camunda's mapper. */
    @Provider
    @Priority(1)
    public static class ForInvalidRequest implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.InvalidRequestException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.InvalidRequestException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /** For the engine's exceptions (same type as Camunda's mapper: the priority decides). */
    @Provider
    @Priority(1)
    public static class ForEngine implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /** For another unit's resource: nearer than Camunda's mapper. */
    @Provider
    @Priority(1)
    public static class ForAuthorization implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /** For a command that finds nothing: nearer than Camunda's mapper. */
    @Provider
    @Priority(1)
    public static class ForNullValue implements ExceptionMapper<NullValueException> {
        @Override
        public Response toResponse(NullValueException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /** For the engine's "not found": nearer than Camunda's mapper. */
    @Provider
    @Priority(1)
    public static class ForNotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException failure) {
            return new EngineErrors().toResponse(failure);
        }
    }

    /**
     * For a body that is not JSON: nearer than Camunda's handler and Jersey's Jackson mapper (which answered
     * {@code text/plain} with the parser's message): Camunda's answer, {@code InvalidRequestException}, with a message.
     */
    @Provider
    @Priority(1)
    public static class ForUnreadableJson implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException failure) {
            return unreadable(failure);
        }
    }

    /** For JSON of the wrong shape (an object where a list is expected …), likewise. */
    @Provider
    @Priority(1)
    public static class ForMisshapenJson implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException failure) {
            return unreadable(failure);
        }
    }

    private static Response unreadable(com.fasterxml.jackson.core.JsonProcessingException failure) {
        return new EngineErrors().toResponse(new org.camunda.bpm.engine.rest.exception.InvalidRequestException(
                Response.Status.BAD_REQUEST, failure, "Nội dung JSON không đọc được / The body is not readable JSON: "
                + failure.getOriginalMessage()));
    }

    /** Every provider of this class, for registration by class name. */
    static final java.util.List<Class<?>> PROVIDERS = java.util.List.of(EngineErrors.class, ForRest.class,
            ForInvalidRequest.class, ForEngine.class, ForAuthorization.class, ForNullValue.class, ForNotFound.class,
            ForUnreadableJson.class, ForMisshapenJson.class,
            CascadeDeleteGuard.class, AddressedResourceGuard.class, EngineErrorBodies.class);

    static Response notFound() {
        return answer(404, EngineProblems.NOT_FOUND);
    }

    private static Response answer(int status, String body) {
        return Response.status(status).type(EngineProblems.MEDIA_TYPE).entity(body).build();
    }

    /** A permission on one resource (a task, an instance, a definition), not the right to create or to do at all. */
    private static boolean onParticularResource(AuthorizationException refused) {
        if (refused.getMissingAuthorizations() == null) {
            return false;
        }
        for (MissingAuthorization missing : refused.getMissingAuthorizations()) {
            String id = missing.getResourceId();
            if (id != null && !id.isEmpty() && !"*".equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causedBy(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
