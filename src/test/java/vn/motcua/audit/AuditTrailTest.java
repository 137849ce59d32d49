package vn.motcua.audit;

import vn.motcua.audit.internal.AuditEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.internal.UnitAdministration;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action on a dossier or a task and every administrative change leaves an audit row (who, what, when, from
 * where) written in the same transaction as the change: a change that rolls back leaves none, and no API changes a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired UnitAdministration unitAdministration;
    @Autowired UnitDirectory units;
    @Autowired TransactionTemplate transactions;

    @Test
    void anOnlineSubmissionIsAuditedWithTheApplicantAndTheClientAddress() throws Exception {
        String code = submit();
        AuditEntry submitted = only(rows(code), "DOSSIER_SUBMITTED");
        assertThat(submitted.actor()).isEqualTo("applicant");
        assertThat(submitted.targetType()).isEqualTo("DOSSIER");
        assertThat(submitted.unitCode()).isEqualTo(Officers.XUANHUONG);
        assertThat(submitted.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(submitted.detail()).doesNotContain("Nguyễn Thị Hạnh", Officers.APPLICANT_ID);

        Task check = task(code);
        AuditEntry created = only(taskRows(check.getId()), "TASK_CREATED");
        assertThat(created.unitCode()).isEqualTo(Officers.XUANHUONG);
        assertThat(created.detail()).contains("Task_CheckDossier", code, Officers.XUANHUONG + ":receiver");
    }

    @Test
    void completingATaskIsAuditedWithTheOfficerTheUnitAndTheAddress() throws Exception {
        String code = submit();
        Task check = task(code);
        assertThat(engine(Officers.XUANHUONG_RECEIVER, "/engine-rest/task/" + check.getId() + "/claim",
                Map.of("userId", Officers.XUANHUONG_RECEIVER)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine(Officers.XUANHUONG_RECEIVER, "/engine-rest/task/" + check.getId() + "/complete",
                Map.of("variables", Map.of("receiveDecision", Map.of("value", "ACCEPT")))).getStatusCode().is2xxSuccessful()).isTrue();

        List<AuditEntry> taskRows = taskRows(check.getId());
        assertThat(taskRows).extracting(AuditEntry::action).containsExactly("TASK_CREATED", "TASK_ASSIGNED", "TASK_COMPLETED");
        AuditEntry completed = only(taskRows, "TASK_COMPLETED");
        assertThat(completed.actor()).isEqualTo(Officers.XUANHUONG_RECEIVER);
        assertThat(completed.unitCode()).isEqualTo(Officers.XUANHUONG);
        assertThat(completed.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(rows(code)).filteredOn(r -> r.action().equals("DOSSIER_STATUS"))
                .extracting(AuditEntry::actor).containsOnly(Officers.XUANHUONG_RECEIVER).isNotEmpty();
        // the completion, the status changes and the next task commit together: one transaction, one instant
        assertThat(rows(code)).filteredOn(r -> r.action().equals("DOSSIER_STATUS")).allSatisfy(r ->
                assertThat(r.id()).isGreaterThan(only(taskRows, "TASK_ASSIGNED").id()));
    }

    @Test
    void aCompletionThatFailsAndRollsBackLeavesNoAuditRow() throws Exception {
        String code = submit();
        Task check = task(code);
        engine(Officers.XUANHUONG_RECEIVER, "/engine-rest/task/" + check.getId() + "/claim", Map.of("userId", Officers.XUANHUONG_RECEIVER));
        engine(Officers.XUANHUONG_RECEIVER, "/engine-rest/task/" + check.getId() + "/complete",
                Map.of("variables", Map.of("receiveDecision", Map.of("value", "ACCEPT"))));
        fireTimer(code, "Timer_OverdueWarning");
        Task apology = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_IssueApology").singleResult();
        long before = count();

        ResponseEntity<String> refused = engine(Officers.XUANHUONG_LEADER, "/engine-rest/task/" + apology.getId() + "/complete",
                Map.of("variables", Map.of("apologyReason", Map.of("value", "Chậm"), "newDueDate", Map.of("value", "2020-01-01"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskRows(apology.getId())).extracting(AuditEntry::action).containsExactly("TASK_CREATED");
        assertThat(rows(code)).extracting(AuditEntry::action).doesNotContain("DOSSIER_APOLOGY");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCalendarAmendmentIsAuditedAndAnAdministrativeChangeThatRollsBackLeavesNothing() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> put = http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).exchange("/api/v1/calendar/days/2035-06-15",
                HttpMethod.PUT, new HttpEntity<>(Map.of("kind", "DAY_OFF", "nameVi", "Nghỉ hoán đổi", "nameEn", "Swapped day off"),
                        headers), String.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).delete("/api/v1/calendar/days/2035-06-15");
        assertThat(rows("2035-06-15")).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CALENDAR_DAY_SET", Officers.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("CALENDAR_DAY_DELETED", Officers.ADMIN));

        String code = "H36.RB" + (System.nanoTime() % 100_000);
        transactions.executeWithoutResult(tx -> {
            unitAdministration.create(new Unit(code, "Đơn vị tạm", "Temporary unit", "PROVINCE", "AGENCY", "H36", null,
                    "Không có", "0263 0000 000", false));
            assertThat(rows(code)).as("written inside the transaction").extracting(AuditEntry::action).containsExactly("UNIT_CREATED");
            tx.setRollbackOnly();
        });
        assertThat(rows(code)).isEmpty();
        assertThat(jdbc.sql("select count(*) from unit where code = ?").param(code).query(Long.class).single()).isZero();
        assertThat(units.find(code)).isEmpty();
    }

    @Test
    void noApiChangesOrDeletesAnAuditRow() throws Exception {
        submit();
        List<AuditEntry> before = jdbc.sql("select * from audit_event order by id").query(AuditQueriesRows::entry).list();
        long someId = before.get(0).id();
        for (String user : List.of(Officers.AUDITOR, Officers.ADMIN)) {
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                for (String path : List.of("/api/v1/audit", "/api/v1/audit/" + someId)) {
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(MediaType.APPLICATION_JSON);
                    int status = http.withBasicAuth(user, Officers.PASSWORD).exchange(path, method,
                            new HttpEntity<>("{\"actor\":\"someone-else\"}", headers), String.class).getStatusCode().value();
                    assertThat(status).as("%s %s as %s", method, path, user).isIn(403, 404, 405);
                }
            }
        }
        List<AuditEntry> after = jdbc.sql("select * from audit_event where id <= ? order by id")
                .param(before.get(before.size() - 1).id()).query(AuditQueriesRows::entry).list();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onlyAuditorsReadTheTrailFilteredByTargetActorAndTime() throws Exception {
        String code = submit();
        assertThat(http.withBasicAuth(Officers.XUANHUONG_LEADER, Officers.PASSWORD).getForEntity("/api/v1/audit", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).getForEntity("/api/v1/audit", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        JsonNode byTarget = audit("/api/v1/audit?target={t}", code);
        assertThat(byTarget).isNotEmpty();
        byTarget.forEach(r -> assertThat(r.get("targetId").asText()).isEqualTo(code));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonNode byActorToday = audit("/api/v1/audit?actor=applicant&action=DOSSIER_SUBMITTED&from={from}&to={to}", today, today);
        assertThat(byActorToday).anySatisfy(r -> assertThat(r.get("targetId").asText()).isEqualTo(code));
        assertThat(audit("/api/v1/audit?target={t}&to=2001-01-01", code)).isEmpty();
        assertThat(http.withBasicAuth(Officers.AUDITOR, Officers.PASSWORD).getForEntity("/api/v1/audit?from=yesterday", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode audit(String path, Object... variables) throws Exception {
        ResponseEntity<String> res = http.withBasicAuth(Officers.AUDITOR, Officers.PASSWORD).getForEntity(path, String.class, variables);
        assertThat(res.getStatusCode()).as(res.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(res.getBody());
    }

    private String submit() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"),
                String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("code").asText();
    }

    private Task task(String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    }

    private void fireTimer(String code, String activityId) {
        List<String> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        Job job = management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> processes.contains(j.getProcessInstanceId())).findFirst().orElseThrow();
        management.executeJob(job.getId());
    }

    private ResponseEntity<String> engine(String officer, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(officer, Officers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private List<AuditEntry> rows(String target) {
        return jdbc.sql("select * from audit_event where target_id = ? order by id").param(target).query(AuditQueriesRows::entry).list();
    }

    private List<AuditEntry> taskRows(String taskId) {
        return rows(taskId).stream().filter(r -> r.targetType().equals("TASK")).toList();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private static AuditEntry only(List<AuditEntry> rows, String action) {
        List<AuditEntry> matching = rows.stream().filter(r -> r.action().equals(action)).toList();
        assertThat(matching).as(action + " in " + rows).hasSize(1);
        return matching.get(0);
    }

    /** Rows read back as the API returns them. */
    static final class AuditQueriesRows {
        static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("actor"),
                    rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("unit_code"),
                    rs.getString("detail"), rs.getString("client_address"));
        }
    }
}
