package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moves dossiers along their lifecycle on one node: submissions and the applicant's and receiver's requests over the
 * node's HTTP API, officers' tasks through its engine (as Tasklist completes them, with the officer authenticated).
 */
final class Lifecycle {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final ManagementService management;

    Lifecycle(ApplicationContext context, int port) {
        this.port = port;
        this.tasks = context.getBean(TaskService.class);
        this.identity = context.getBean(IdentityService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
    }

    String submitBirthRegistration() throws Exception {
        return submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
    }

    String submit(Map<String, Object> body) throws Exception {
        HttpResponse<String> res = post("/api/v1/dossiers", body, null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("code").asText();
    }

    HttpResponse<String> post(String path, Object body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The officer completes the dossier's one open task {@code taskKey} with these variables. */
    void work(String officer, String code, String taskKey, Map<String, Object> variables) {
        vn.motcua.support.TestNodes.work(tasks, identity, officer, code, taskKey, variables);
    }

    void supplementBrought(String code) throws Exception {
        HttpResponse<String> res = post("/api/v1/dossiers/" + code + "/supplement", Map.of(), Officers.XUANHUONG_RECEIVER);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(204);
    }

    void withdraw(String code) throws Exception {
        HttpResponse<String> res = post("/api/v1/tracking/withdrawal",
                Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "reason", "Gia đình nộp lại sau"), null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    void fireTimer(String code, String activityId) {
        List<String> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .map(ProcessInstance::getId).toList();
        Job job = management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> processes.contains(j.getProcessInstanceId())).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + activityId + " for " + code));
        management.executeJob(job.getId());
    }

    // the paths of the shared lifecycle (processes/shared), one step at a time

    void accept(String code) {
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
    }

    void review(String code) {
        work(Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
    }

    void approve(String code) {
        work(Officers.XUANHUONG_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
    }

    void returnResult(String code) {
        work(Officers.XUANHUONG_RECEIVER, code, "Task_ReturnResult", Map.of());
    }
}
