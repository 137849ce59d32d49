package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.motcua.feedback.ComplaintWorkflow;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Starts a complaint's own process, {@code motcua-complaint}, keyed by the complaint's code. */
@Component
class EngineComplaintWorkflow implements ComplaintWorkflow {

    static final String PROCESS = "motcua-complaint";

    private final RuntimeService runtime;

    EngineComplaintWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(UUID complaintId, String code, String subject, String about, String content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintSteps.COMPLAINT_ID, complaintId.toString());
        variables.put("complaintCode", code);
        variables.put("complaintSubject", subject);
        variables.put("complaintAbout", about);
        variables.put("complaintContent", content);
        return runtime.createProcessInstanceByKey(PROCESS).businessKey(code).setVariables(variables).execute().getId();
    }
}
