package vn.motcua.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * One guard the engine lacks: deleting a deployment with {@code cascade=true} removes every running process of it
 * (every dossier of those procedures) and the engine checks only DELETE on the deployment. Only administrators may do
 * that; analysts delete deployments without instances. A JAX-RS filter, so it runs after the caller is authenticated
 * in both engine APIs: {@code /engine-rest} (Camunda Modeler, scripts) and the webapps' {@code /camunda/api/engine}
 * (Cockpit's "delete deployment" with its cascade box).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CascadeDeleteGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if ("DELETE".equals(request.getMethod()) && path.contains("deployment/")
                && "true".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("cascade"))
                && !administrator(path)) {
            request.abortWith(Response.status(403).type(EngineProblems.MEDIA_TYPE).entity(EngineProblems.CASCADE).build());
        }
    }

    private static boolean administrator(String path) {
        String name = path.startsWith("engine/") ? path.split("/")[1] : null;
        ProcessEngine engine = name == null ? ProcessEngines.getDefaultProcessEngine() : ProcessEngines.getProcessEngine(name);
        Authentication current = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        return current != null && current.getGroupIds() != null && current.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }
}
