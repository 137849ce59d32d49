package vn.motcua.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call that names a task, a process instance, a historic process instance, a job or a variable
 * ({@code task/{id}/…}, {@code process-instance/{id}/…}, {@code history/process-instance/{id}}, {@code job/{id}/…},
 * {@code variable-instance/{id}/…}) goes on only when the caller can see it
 * (the engine's own query, with the caller's authorizations); otherwise it is answered as an unknown id,
 * {@link EngineProblems#NOT_FOUND}, whatever the sub-resource — the engine's commands answer the two cases with
 * different statuses and messages (403 naming the procedure, 400 or 500 naming the id) depending on which one runs.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class AddressedResourceGuard implements ContainerRequestFilter {

    private static final Pattern ADDRESSED =
            Pattern.compile("^/?(?:engine/([^/]+)/)?(task|process-instance|history/process-instance|job|variable-instance)/([^/]+)(?:/.*)?$");
    /** Path segments after {@code task/} and the like that are not ids. */
    private static final Set<String> NOT_IDS = Set.of("count", "report", "create", "statistics", "suspended");

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher m = ADDRESSED.matcher(request.getUriInfo().getPath());
        if (!m.matches() || NOT_IDS.contains(m.group(3))) {
            return;
        }
        ProcessEngine engine = m.group(1) == null ? ProcessEngines.getDefaultProcessEngine() : ProcessEngines.getProcessEngine(m.group(1));
        if (engine == null || engine.getIdentityService().getCurrentAuthentication() == null) {
            return; // not authenticated here: the engine decides (and the caller was authenticated at the door)
        }
        String id = m.group(3);
        boolean visible = switch (m.group(2)) {
            case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count() > 0;
            case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0;
            // an unknown job's retries were a 500 ("No job found", found by the access matrix), a foreign one's a 404
            case "job" -> engine.getManagementService().createJobQuery().jobId(id).count() > 0;
            case "variable-instance" -> engine.getRuntimeService().createVariableInstanceQuery().variableId(id).count() > 0;
            default -> engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count() > 0;
        };
        if (!visible) {
            request.abortWith(EngineErrors.notFound());
        }
    }
}
