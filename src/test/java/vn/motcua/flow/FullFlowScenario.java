package vn.motcua.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier from submission to returned result over real HTTP, the way people use the system: the citizen
 * submits and tracks through the app's API; officers work in Tasklist, whose calls are the engine's REST API
 * (same accounts, same authorizations). Runs on the embedded database and on PostgreSQL.
 */
abstract class FullFlowScenario {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired vn.motcua.calendar.WorkingCalendar calendar;

    @Test
    void birthRegistrationGoesFromSubmissionToReturnedResultAndTheCitizenSeesEachStep() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(track(code).get("status").asInt()).isEqualTo(1);

        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        assertThat(track(code).get("status").asInt()).isEqualTo(4);

        work(Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Hồ sơ đủ điều kiện"));
        assertThat(track(code).get("status").asInt()).isEqualTo(4);

        work(Officers.XUANHUONG_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        assertThat(track(code).get("status").asInt()).isEqualTo(9);

        work(Officers.XUANHUONG_RECEIVER, code, "Task_ReturnResult", Map.of());
        JsonNode tracking = track(code);
        assertThat(tracking.get("status").asInt()).isEqualTo(10);
        assertThat(tracking.get("statusVi").asText()).isEqualTo("Đã trả kết quả");
        assertThat(tracking.get("returnedAt").isNull()).isFalse();
        assertThat(statuses(tracking)).containsExactly(1, 2, 4, 9, 10);
        assertThat(tasks(Officers.XUANHUONG_RECEIVER, code)).isEmpty();
    }

    @Test
    void landCertificateReceivedAtACommuneIsRoutedToTheProvincialOfficeAfterConsultingTax() throws Exception {
        String code = submit(Dossiers.landCertificate(Officers.LACDUONG));
        assertThat(code).startsWith(Officers.LACDUONG + "-");

        work(Officers.LACDUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        assertThat(track(code, Officers.OTHER_ID).get("handlingUnit").asText()).isEqualTo("Văn phòng Đăng ký đất đai tỉnh Lâm Đồng");
        assertThat(tasks(Officers.LAND_OFFICE_SPECIALIST, code)).as("review waits for the consultation").isEmpty();

        work(Officers.TAX_SPECIALIST, code, "Task_AnswerConsultation", Map.of("consultOpinion", "Không phát sinh nghĩa vụ tài chính"));
        work(Officers.LAND_OFFICE_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện cấp đổi"));
        work(Officers.LAND_OFFICE_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        work(Officers.LACDUONG_RECEIVER, code, "Task_ReturnResult", Map.of());

        JsonNode tracking = track(code, Officers.OTHER_ID);
        assertThat(tracking.get("status").asInt()).isEqualTo(10);
        List<String> steps = new ArrayList<>();
        tracking.get("timeline").forEach(s -> steps.add(s.get("unit").asText()));
        assertThat(steps).contains("Văn phòng Đăng ký đất đai tỉnh Lâm Đồng", "Thuế tỉnh Lâm Đồng");
    }

    @Test
    void anOfficerOfAnotherCommuneCanNeitherSeeNorCompleteTheTaskNorReadTheDossier() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        String taskId = tasks(Officers.XUANHUONG_RECEIVER, code).get(0).get("id").asText();

        assertThat(tasks(Officers.LACDUONG_RECEIVER, code)).isEmpty();
        ResponseEntity<String> get = http.withBasicAuth(Officers.LACDUONG_RECEIVER, Officers.PASSWORD)
                .getForEntity("/engine-rest/task/{id}", String.class, taskId);
        assertThat(get.getStatusCode().value()).isIn(403, 404);
        ResponseEntity<String> claim = post(Officers.LACDUONG_RECEIVER, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", Officers.LACDUONG_RECEIVER));
        assertThat(claim.getStatusCode().value()).isIn(403, 404);
        ResponseEntity<String> complete = post(Officers.LACDUONG_RECEIVER, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("receiveDecision", Map.of("value", "ACCEPT"))));
        assertThat(complete.getStatusCode().value()).isIn(403, 404);
        ResponseEntity<String> read = http.withBasicAuth(Officers.LACDUONG_LEADER, Officers.PASSWORD)
                .getForEntity("/api/v1/dossiers/{code}", String.class, code);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(track(code).get("status").asInt()).as("nothing moved").isEqualTo(1);
        ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/task", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theSupplementIsRequestedOnceAndTheDossierIsCheckedAgainWhenItComes() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "SUPPLEMENT",
                "opinion", "Thiếu giấy chứng sinh"));
        assertThat(track(code).get("status").asInt()).isEqualTo(5);

        ResponseEntity<String> brought = http.withBasicAuth(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD)
                .postForEntity("/api/v1/dossiers/{code}/supplement", null, String.class, code);
        assertThat(brought.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(track(code).get("status").asInt()).isEqualTo(1);

        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckSupplementedDossier", Map.of("receiveDecision", "REFUSE",
                "opinion", "Giấy tờ bổ sung không hợp lệ"));
        JsonNode tracking = track(code);
        assertThat(tracking.get("status").asInt()).isEqualTo(3);
        assertThat(statuses(tracking)).containsExactly(1, 5, 1, 3);
    }

    @Test
    void theApplicantWithdrawsDuringProcessingAndTheLeaderStopsItWithAReason() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));

        ResponseEntity<String> wrongPair = http.postForEntity("/api/v1/tracking/withdrawal",
                Map.of("dossierCode", code, "idNumber", Officers.OTHER_ID, "reason", "x"), String.class);
        assertThat(wrongPair.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> withdrawn = http.postForEntity("/api/v1/tracking/withdrawal",
                Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "reason", "Gia đình nộp lại sau"), String.class);
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(withdrawn.getBody()).get("status").asInt()).isEqualTo(7);
        assertThat(tasks(Officers.XUANHUONG_SPECIALIST, code)).as("the review was cancelled").isEmpty();

        work(Officers.XUANHUONG_LEADER, code, "Task_ConfirmStop", Map.of("stopReason", "Người nộp rút hồ sơ"));
        JsonNode tracking = track(code);
        assertThat(tracking.get("status").asInt()).isEqualTo(8);
        assertThat(statuses(tracking)).containsExactly(1, 2, 4, 7, 8);

        ResponseEntity<String> again = http.postForEntity("/api/v1/tracking/withdrawal",
                Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "reason", "lần nữa"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    @Test
    void beforeTheDueDateTheLeaderIsWarnedAndApologisesWithANewDateTheCitizenSees() throws Exception {
        String code = submit(Dossiers.landCertificate(Officers.LACDUONG));
        work(Officers.LACDUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        work(Officers.TAX_SPECIALIST, code, "Task_AnswerConsultation", Map.of("consultOpinion", "Không phát sinh"));
        LocalDateTime dueAt = LocalDateTime.parse(track(code, Officers.OTHER_ID).get("dueAt").asText());

        fireTimer(code, "Timer_OverdueWarning");
        // a working day a week later (the apology refuses a day off: 01/01, Tết, a weekend)
        LocalDate newDate = calendar.nextWorkingDay(dueAt.toLocalDate().plusDays(6));
        work(Officers.LAND_OFFICE_LEADER, code, "Task_IssueApology", Map.of("apologyReason",
                "Cần xác minh thêm thông tin thửa đất", "newDueDate", newDate.toString()));
        JsonNode tracking = track(code, Officers.OTHER_ID);
        assertThat(LocalDateTime.parse(tracking.get("dueAt").asText())).isEqualTo(newDate.atTime(dueAt.toLocalTime()));
        assertThat(tracking.get("status").asInt()).as("still processing").isEqualTo(4);

        // warned again before the new date; the result then comes and ends the open apology task
        fireTimer(code, "Timer_NewDueDateWarning");
        work(Officers.LAND_OFFICE_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT"));
        List<JsonNode> leaderTasks = offered(Officers.LAND_OFFICE_LEADER, code);
        assertThat(leaderTasks).extracting(t -> t.get("taskDefinitionKey").asText())
                .containsExactlyInAnyOrder("Task_ApproveResult", "Task_IssueApology");
        String approve = leaderTasks.stream().filter(t -> t.get("taskDefinitionKey").asText().equals("Task_ApproveResult"))
                .findFirst().orElseThrow().get("id").asText();
        ResponseEntity<String> done = post(Officers.LAND_OFFICE_LEADER, "/engine-rest/task/" + approve + "/complete",
                Map.of("variables", Map.of("approval", Map.of("value", "APPROVE"))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        assertThat(offered(Officers.LAND_OFFICE_LEADER, code)).as("apology ended with the result").isEmpty();
        assertThat(track(code, Officers.OTHER_ID).get("status").asInt()).isEqualTo(9);
    }

    @Test
    void anApologyWithANewDateBeforeTheOldOneIsRefusedAndChangesNothing() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        String dueBefore = track(code).get("dueAt").asText();
        fireTimer(code, "Timer_OverdueWarning");
        JsonNode task = tasks(Officers.XUANHUONG_LEADER, code).stream()
                .filter(t -> t.get("taskDefinitionKey").asText().equals("Task_IssueApology")).findFirst().orElseThrow();
        ResponseEntity<String> refused = post(Officers.XUANHUONG_LEADER, "/engine-rest/task/" + task.get("id").asText() + "/complete",
                Map.of("variables", Map.of("apologyReason", Map.of("value", "Chậm"), "newDueDate", Map.of("value", "2020-01-01"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Ngày hẹn mới phải sau ngày hẹn hiện tại");
        assertThat(track(code).get("dueAt").asText()).isEqualTo(dueBefore);
    }

    @Test
    void anApologyWithANewDateOnADayOffIsRefusedAndChangesNothing() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        String dueBefore = track(code).get("dueAt").asText();
        LocalDate sunday = LocalDateTime.parse(dueBefore).toLocalDate().plusDays(1);
        while (sunday.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        fireTimer(code, "Timer_OverdueWarning");
        JsonNode task = tasks(Officers.XUANHUONG_LEADER, code).stream()
                .filter(t -> t.get("taskDefinitionKey").asText().equals("Task_IssueApology")).findFirst().orElseThrow();
        ResponseEntity<String> refused = post(Officers.XUANHUONG_LEADER, "/engine-rest/task/" + task.get("id").asText() + "/complete",
                Map.of("variables", Map.of("apologyReason", Map.of("value", "Chậm"), "newDueDate", Map.of("value", sunday.toString()))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Ngày hẹn mới phải là ngày làm việc",
                sunday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(track(code).get("dueAt").asText()).isEqualTo(dueBefore);
    }

    @Test
    void aSupplementNotBroughtInTimeStopsTheDossier() throws Exception {
        String code = submit(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "SUPPLEMENT",
                "opinion", "Bổ sung Giấy chứng sinh"));
        fireTimer(code, "Event_SupplementLapsed");
        JsonNode tracking = track(code);
        assertThat(tracking.get("status").asInt()).isEqualTo(8);
        assertThat(statuses(tracking)).containsExactly(1, 5, 8);
    }

    /** Time passes: the dossier's timer in {@code activityId} comes due and the job executor runs it. */
    private void fireTimer(String code, String activityId) {
        List<String> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        org.camunda.bpm.engine.runtime.Job job = management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> processes.contains(j.getProcessInstanceId())).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + activityId + " for " + code));
        management.executeJob(job.getId());
    }

    private String submit(Map<String, Object> body) throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers", Dossiers.request(body), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).isNotNull();
        return json.readTree(created.getBody()).get("code").asText();
    }

    private JsonNode track(String code) throws Exception {
        return track(code, Officers.APPLICANT_ID);
    }

    private JsonNode track(String code, String idNumber) throws Exception {
        ResponseEntity<String> res = http.postForEntity("/api/v1/tracking", Map.of("dossierCode", code, "idNumber", idNumber),
                String.class);
        assertThat(res.getStatusCode()).as(res.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(res.getBody());
    }

    private static List<Integer> statuses(JsonNode tracking) {
        List<Integer> statuses = new ArrayList<>();
        tracking.get("timeline").forEach(step -> {
            int status = step.get("status").asInt();
            if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != status) {
                statuses.add(status);
            }
        });
        return statuses;
    }

    /** As Tasklist does: find the task in the officer's list, open its form, claim it, complete it. */
    private void work(String officer, String code, String taskKey, Map<String, Object> variables) throws Exception {
        List<JsonNode> mine = offered(officer, code);
        assertThat(mine).as("%s sees the %s task of %s", officer, taskKey, code).hasSize(1);
        JsonNode task = mine.get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(taskKey);
        String id = task.get("id").asText();

        ResponseEntity<String> form = http.withBasicAuth(officer, Officers.PASSWORD)
                .getForEntity("/engine-rest/task/{id}/deployed-form", String.class, id);
        assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(form.getBody()).get("components")).isNotEmpty();

        ResponseEntity<String> claim = post(officer, "/engine-rest/task/" + id + "/claim", Map.of("userId", officer));
        assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> typed = new java.util.HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        ResponseEntity<String> done = post(officer, "/engine-rest/task/" + id + "/complete", Map.of("variables", typed));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
    }

    /** The dossier's tasks the officer may read. */
    private List<JsonNode> tasks(String officer, String code) throws Exception {
        return taskQuery(officer, "/engine-rest/task?processInstanceBusinessKey={code}", code);
    }

    /**
     * The dossier's tasks offered to the officer's groups, as the officers' filter lists them (a leader reads every
     * task of the unit, README "Leaders in Tasklist", but works those offered to the leaders).
     */
    private List<JsonNode> offered(String officer, String code) throws Exception {
        return taskQuery(officer, "/engine-rest/task?processInstanceBusinessKey={code}&candidateUser={officer}", code, officer);
    }

    private List<JsonNode> taskQuery(String officer, String url, Object... parameters) throws Exception {
        ResponseEntity<String> res = http.withBasicAuth(officer, Officers.PASSWORD).getForEntity(url, String.class, parameters);
        assertThat(res.getStatusCode()).as(res.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> list = new ArrayList<>();
        json.readTree(res.getBody()).forEach(list::add);
        return list;
    }

    private ResponseEntity<String> post(String officer, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(officer, Officers.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
