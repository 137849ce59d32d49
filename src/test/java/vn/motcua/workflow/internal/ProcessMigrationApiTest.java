package vn.motcua.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.support.Officers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst deploys a changed procedure; the administrator moves the running dossiers through the app's API. The
 * models are minimal (steps only): what is tested is the plan, its validation and the all-or-nothing application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessMigrationApiTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdditiveChangeMigratesEveryRunningDossierAndIsAudited() throws Exception {
        String key = "migration-additive-" + shortId();
        deploy(key, "Task_Check", "Task_Review");
        List<String> codes = start(key, 3);
        deploy(key, "Task_Check", "Task_NewStep", "Task_Review");

        JsonNode plan = post("/plan", Map.of("processKey", key, "sourceVersion", 1));
        assertThat(plan.get("valid").asBoolean()).isTrue();
        assertThat(plan.get("plan").get("runningDossiers").asInt()).isEqualTo(3);
        assertThat(plan.get("plan").get("stranded")).isEmpty();

        JsonNode applied = post("/apply", Map.of("processKey", key, "sourceVersion", 1, "targetVersion", 2));
        assertThat(applied.get("migrated").asInt()).isEqualTo(3);
        assertThat(versions(codes)).containsOnly(2);
        // the migrated dossiers go on through the new step
        String first = codes.get(0);
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(first).singleResult().getId());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(first).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_NewStep");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROCESS_MIGRATION' and target_id = :k")
                .param("k", key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void removingTheStepWhereDossiersWaitIsRefusedWithThemListedAndNothingIsHalfMigrated() throws Exception {
        String key = "migration-removal-" + shortId();
        deploy(key, "Task_Check", "Task_Review");
        List<String> codes = start(key, 3);
        // one dossier has moved on to the review, which the new version keeps: alone it could migrate
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(codes.get(0)).singleResult().getId());
        deploy(key, "Task_Review");

        JsonNode plan = post("/plan", Map.of("processKey", key, "sourceVersion", 1));
        assertThat(plan.get("valid").asBoolean()).isFalse();
        List<String> stranded = new ArrayList<>();
        plan.get("plan").get("stranded").forEach(s -> {
            assertThat(s.get("activityId").asText()).isEqualTo("Task_Check");
            stranded.add(s.get("dossierCode").asText());
        });
        assertThat(stranded).containsExactlyInAnyOrder(codes.get(1), codes.get(2));
        assertThat(plan.get("plan").get("unmappedActivities").toString()).contains("Task_Check");

        ResponseEntity<String> refused = http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).postForEntity(
                "/api/v1/admin/process-migrations/apply", Map.of("processKey", key, "sourceVersion", 1), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.getBody()).contains(codes.get(1), codes.get(2), "Task_Check");
        assertThat(versions(codes)).as("nothing migrated, not even the dossier that could be").containsOnly(1);
    }

    @Test
    void onlyAdministratorsMigrate() {
        ResponseEntity<String> r = http.withBasicAuth(Officers.XUANHUONG_LEADER, Officers.PASSWORD).postForEntity(
                "/api/v1/admin/process-migrations/apply", Map.of("processKey", "x", "sourceVersion", 1), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<Integer> versions(List<String> codes) {
        List<Integer> versions = new ArrayList<>();
        for (String code : codes) {
            ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
            versions.add(repository.getProcessDefinition(pi.getProcessDefinitionId()).getVersion());
        }
        return versions;
    }

    private List<String> start(String key, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "MIG." + key.toUpperCase().replace('-', '.') + "-" + i;
            runtime.startProcessInstanceByKey(key, code);
            codes.add(code);
        }
        return codes;
    }

    /** A process of user tasks in a row; source "motcua" as the project tree's own deployments. */
    private void deploy(String key, String... steps) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent("Start");
        for (String step : steps) {
            flow = flow.userTask(step).name(step);
        }
        BpmnModelInstance model = flow.endEvent("End").done();
        repository.createDeployment().source("motcua").addModelInstance(key + ".bpmn", model).deploy();
    }

    private JsonNode post(String path, Map<String, Object> body) throws Exception {
        ResponseEntity<String> r = http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD)
                .postForEntity("/api/v1/admin/process-migrations" + path, new HashMap<>(body), String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
