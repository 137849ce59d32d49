package vn.motcua.integration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.dossier.PaperMarks;
import vn.motcua.feedback.Complaints;
import vn.motcua.integration.internal.simulator.Faults;
import vn.motcua.integration.internal.simulator.NpspSimulator;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.TestNodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digitisation marks, complaints and the monthly satisfaction, end to end: the receiver's marks at intake reach the
 * dossier's counts, the NPSP snapshot (DuocSoHoa, DuocTaiSuDung) and the 766 index; a complaint about the dossier is
 * routed to the unit's leaders with a 15-working-day deadline, answered, and the answer shown in tracking; a complaint
 * about a procedure goes to the provincial People's Committee; the month's ratings reach the NPSP simulator as
 * {@code DongBoDanhGia}, once, through an outage.
 */
// the same settings as NpspContractTest, so the two share one application context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.integration.npsp.retry-initial-delay=PT0S",
        "motcua.integration.npsp.max-rejections=3",
        "motcua.integration.npsp.calls.retry-attempts=1",
        "motcua.integration.npsp.calls.read-timeout=PT1S",
        "motcua.integration.npsp.calls.circuit-minimum-calls=1000",
        "motcua.integration.npsp.calls.circuit-window=1000"})
@ActiveProfiles("test")
class FeedbackAndDigitisationSyncTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired PaperMarks paperMarks;
    @Autowired NpspSender sender;
    @Autowired NpspSatisfactionSync satisfaction;
    @Autowired PartnerSimulators simulators;
    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Autowired vn.motcua.payment.internal.FeeLedger fees;
    @LocalServerPort int port;

    NpspSimulator npsp;

    @BeforeEach
    void setUp() {
        npsp = simulators.server().npsp();
        npsp.setFaults(Faults.NONE);
    }

    @AfterEach
    void healthy() {
        npsp.setFaults(Faults.NONE);
    }

    @Test
    void marksAtIntakeAreCountedSyncedAndScored() throws Exception {
        String code = submitted();
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT",
                "digitisedPapers", SpinValues.jsonValue("[\"Giấy chứng sinh\"]").create(),
                "reusedPapers", SpinValues.jsonValue("[\"Tờ khai đăng ký khai sinh\"]").create()));

        UUID id = dossierId(code);
        assertThat(paperMarks.counts(id)).isEqualTo(new PaperMarks.Counts(2, 2, 1));
        JsonNode snapshot = JSON.readTree(jdbc.sql("""
                        select payload from npsp_outbox where dossier_id = :id and service = 'DongBoHoSoMC'
                        order by id desc fetch first 1 rows only""").param("id", id).query(String.class).single());
        assertThat(snapshot.get("DuocSoHoa").asText()).isEqualTo("1");
        assertThat(snapshot.get("DuocTaiSuDung").asText()).isEqualTo("1");
        assertThat(snapshot.get("TaiLieuNop").toString()).contains("Tờ khai đăng ký khai sinh", "\"DuocTaiSuDung\":\"1\"");
        sync();
        assertThat(npsp.received().stream().filter(r -> r.service().equals("DongBoHoSoMC") && r.accepted()
                && r.data().toString().contains(code) && r.data().toString().contains("\"DuocTaiSuDung\":\"1\"")))
                .as("the NPSP (its simulator checks the contract) took the marks").isNotEmpty();

        JsonNode score = getJson("/api/v1/reports/766", Officers.XUANHUONG_LEADER);
        JsonNode digitised = indicator(score, "4.2");
        assertThat(digitised.get("measured").asBoolean()).isTrue();
        assertThat(digitised.get("numerator").asLong()).isPositive();
        assertThat(indicator(score, "4.4").get("numerator").asLong()).isPositive();
    }

    /**
     * The score reads the other modules' facts from the counters, where each module's event put them: the NPSP's
     * acceptance of a snapshot (1.4), a fee owed and paid online (6.1), papers digitised and reused (4.2, 4.4), a
     * complaint about a dossier and a "not satisfied" rating (5.4). Each numerator moves by what was done, and equals
     * what the modules' own tables hold of the period's dossiers.
     */
    @Test
    void eachModulesFactReachesTheScoreByItsEventAndMatchesTheModulesOwnRecords() throws Exception {
        String period = "?from=" + YearMonth.now(VN).minusMonths(11) + "&to=" + YearMonth.now(VN);
        sync();
        JsonNode before = getJson("/api/v1/reports/766" + period, Officers.XUANHUONG_LEADER);

        String paid = submitted();
        UUID paidId = dossierId(paid);
        work(Officers.XUANHUONG_RECEIVER, paid, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT",
                "digitisedPapers", SpinValues.jsonValue("[\"Giấy chứng sinh\"]").create(),
                "reusedPapers", SpinValues.jsonValue("[\"Tờ khai đăng ký khai sinh\"]").create()));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(VN);
        fees.open(paidId, paid, Dossiers.BIRTH, "RECEIPT", 8_000, true, now);
        fees.settle(paidId, "PAID_ONLINE", "test", null, null, "ORDER-" + paid, now);
        // a paper marked outside any step (as the applicant's choice of stored data does)
        String rated = submitted();
        paperMarks.record(dossierId(rated), java.util.List.of(new PaperMarks.Mark("Giấy chứng sinh", true, false)),
                "PORTAL", "test");
        // each module's own event counted its fact (the complaint's and the NPSP's events below re-read them all)
        JsonNode marked = getJson("/api/v1/reports/766" + period, Officers.XUANHUONG_LEADER);
        assertThat(denominator(marked, "6.1") - denominator(before, "6.1")).as("fee owed").isEqualTo(1);
        assertThat(numerator(marked, "6.1") - numerator(before, "6.1")).as("paid online").isEqualTo(1);
        assertThat(numerator(marked, "4.2") - numerator(before, "4.2")).as("digitised").isEqualTo(2);
        assertThat(numerator(marked, "4.4") - numerator(before, "4.4")).as("reused").isEqualTo(1);
        assertThat(post("/api/v1/tracking/complaints", Map.of("dossierCode", paid, "idNumber", Officers.APPLICANT_ID,
                "kind", "COMPLAINT", "content", "Chưa nhận được biên lai")).statusCode()).isEqualTo(201);

        work(Officers.XUANHUONG_RECEIVER, rated, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        work(Officers.XUANHUONG_SPECIALIST, rated, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Đủ"));
        work(Officers.XUANHUONG_LEADER, rated, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        work(Officers.XUANHUONG_RECEIVER, rated, "Task_ReturnResult", Map.of());
        assertThat(post("/api/v1/tracking/rating", Map.of("dossierCode", rated, "idNumber", Officers.APPLICANT_ID,
                "rating", "NOT_SATISFIED")).statusCode()).isEqualTo(201);

        // before the NPSP sync
        JsonNode unsynced = getJson("/api/v1/reports/766" + period, Officers.XUANHUONG_LEADER);
        assertThat(numerator(unsynced, "1.4")).isEqualTo(numerator(before, "1.4"));

        // against the modules' own tables, over the dossiers of the leader's commune received in the period
        String ofThePeriod = " from report_dossier r where r.unit_code = :u and r.received_at >= :from and exists ";
        java.sql.Timestamp from = java.sql.Timestamp.valueOf(YearMonth.now(VN).minusMonths(11).atDay(1).atStartOfDay());
        long complainedOrDisliked = jdbc.sql("select count(*)" + ofThePeriod
                        + "(select 1 from complaint c where c.dossier_id = r.dossier_id)").param("u", Officers.XUANHUONG)
                .param("from", from).query(Long.class).single()
                + jdbc.sql("select count(*)" + ofThePeriod + "(select 1 from service_rating s where s.dossier_id = r.dossier_id"
                        + " and s.rating = 'NOT_SATISFIED')").param("u", Officers.XUANHUONG).param("from", from)
                .query(Long.class).single();
        assertThat(complainedOrDisliked).isPositive();
        // 5.4 = 100% - (late% + complained%)
        JsonNode satisfaction = indicator(unsynced, "5.4");
        long judged = denominator(unsynced, "2.1");
        long late = judged - numerator(unsynced, "2.1");
        assertThat(satisfaction.get("percent").asDouble()).isCloseTo(
                Math.max(0, 100.0 * (1 - ((double) late / judged + (double) complainedOrDisliked / judged))),
                org.assertj.core.data.Offset.offset(0.01));

        sync();
        JsonNode after = getJson("/api/v1/reports/766" + period, Officers.XUANHUONG_LEADER);
        assertThat(numerator(after, "1.4") - numerator(before, "1.4")).as("both snapshots accepted").isEqualTo(2);
        Map<String, String> facts = Map.of(
                "1.4", "(select 1 from npsp_outbox o where o.dossier_id = r.dossier_id and o.service = 'DongBoHoSoMC' and o.state = 'SENT')",
                "6.1", "(select 1 from fee_obligation f where f.dossier_id = r.dossier_id and f.state = 'PAID_ONLINE')",
                "4.2", "(select 1 from dossier_digitisation g where g.dossier_id = r.dossier_id and g.digitised > 0)",
                "4.4", "(select 1 from dossier_digitisation g where g.dossier_id = r.dossier_id and g.reused > 0)");
        facts.forEach((code, exists) -> assertThat(numerator(after, code)).as(code)
                .isEqualTo(jdbc.sql("select count(*)" + ofThePeriod + exists).param("u", Officers.XUANHUONG)
                        .param("from", from).query(Long.class).single()));
    }

    private static long numerator(JsonNode score, String code) {
        return indicator(score, code).get("numerator").asLong();
    }

    private static long denominator(JsonNode score, String code) {
        return indicator(score, code).get("denominator").asLong();
    }

    @Test
    void aComplaintAboutTheDossierIsAnsweredByTheUnitsLeadersAndShownInTracking() throws Exception {
        String code = submitted();
        Map<String, Object> proof = Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID);

        HttpResponse<String> missing = post("/api/v1/tracking/complaints", Map.of("dossierCode", code,
                "idNumber", Officers.APPLICANT_ID, "kind", "COMPLAINT"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        HttpResponse<String> notTheirs = post("/api/v1/tracking/complaints", Map.of("dossierCode", code,
                "idNumber", "000000000000", "kind", "COMPLAINT", "content", "Chậm"));
        assertThat(notTheirs.statusCode()).isEqualTo(404);

        HttpResponse<String> filed = post("/api/v1/tracking/complaints", Map.of("dossierCode", code,
                "idNumber", Officers.APPLICANT_ID, "kind", "COMPLAINT", "content", "Cán bộ hẹn trả kết quả nhưng chưa trả"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode complaint = JSON.readTree(filed.body());
        String complaintCode = complaint.get("code").asText();
        assertThat(complaintCode).matches("PAKN-\\d{8}-\\d{6}");
        assertThat(complaint.get("unitCode").asText()).isEqualTo(Officers.XUANHUONG);
        assertThat(complaint.get("state").asText()).isEqualTo("WAITING");
        LocalDate received = LocalDate.parse(complaint.get("receivedAt").asText().substring(0, 10));
        LocalDate due = LocalDate.parse(complaint.get("dueAt").asText().substring(0, 10));
        assertThat(due).as("15 working days: three weeks or more").isAfterOrEqualTo(received.plusDays(19));

        Map<String, String> rateIt = Map.of("code", complaintCode, "idNumber", Officers.APPLICANT_ID, "rating", "NOT_SATISFIED");
        HttpResponse<String> early = post("/api/v1/complaints/rating", rateIt);
        assertThat(early.statusCode()).as("not answered yet").isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(early.body()).contains("chưa được trả lời");

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(complaintCode)
                .taskDefinitionKey("Task_AnswerComplaint").singleResult();
        assertThat(task.getDueDate().toInstant().atZone(VN).toLocalDate()).isEqualTo(due);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> (Officers.XUANHUONG + ":leader").equals(l.getGroupId()));

        TestNodes.work(tasks, identity, Officers.XUANHUONG_LEADER, complaintCode, "Task_AnswerComplaint",
                Map.of("complaintAnswer", "Kết quả đã có, mời ông/bà đến nhận; xin lỗi vì chậm trễ."));

        JsonNode listed = JSON.readTree(post("/api/v1/tracking/complaints/list", proof).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("state").asText()).isEqualTo("ANSWERED");
        assertThat(listed.get(0).get("answer").asText()).contains("mời ông/bà đến nhận");
        assertThat(listed.get(0).hasNonNull("answerRating")).as("not rated yet").isFalse();

        // 5.3: the sender rates the answer once; not satisfied takes the complaint out of the satisfied ones
        java.time.LocalDateTime monthStart = YearMonth.now(VN).atDay(1).atStartOfDay();
        java.time.LocalDateTime end = java.time.LocalDateTime.now(VN).plusDays(1);
        Complaints.Satisfaction before = complaints.satisfaction(java.util.Set.of(Officers.XUANHUONG), monthStart, end);
        assertThat(post("/api/v1/complaints/rating", Map.of("code", complaintCode, "idNumber", Officers.APPLICANT_ID,
                "rating", "MAYBE")).statusCode()).as("not a rating").isEqualTo(400);
        assertThat(post("/api/v1/complaints/rating", Map.of("code", complaintCode, "idNumber", Officers.OTHER_ID,
                "rating", "SATISFIED")).statusCode()).as("someone else's ID number").isEqualTo(404);
        HttpResponse<String> rated = post("/api/v1/complaints/rating", rateIt);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(JSON.readTree(rated.body()).get("answerRating").asText()).isEqualTo("NOT_SATISFIED");
        HttpResponse<String> again = post("/api/v1/complaints/rating", Map.of("code", complaintCode,
                "idNumber", Officers.APPLICANT_ID, "rating", "SATISFIED"));
        assertThat(again.statusCode()).as("once").isEqualTo(409);
        assertThat(again.body()).contains("đã được đánh giá");
        Complaints.Satisfaction after = complaints.satisfaction(java.util.Set.of(Officers.XUANHUONG), monthStart, end);
        assertThat(after.received()).isEqualTo(before.received()).isPositive();
        assertThat(after.satisfied()).isEqualTo(before.satisfied() - 1);
        assertThat(JSON.readTree(post("/api/v1/tracking/complaints/list", proof).body()).get(0).get("answerRating").asText())
                .isEqualTo("NOT_SATISFIED");

        JsonNode score = getJson("/api/v1/reports/766", Officers.XUANHUONG_LEADER);
        JsonNode onTime = indicator(score, "5.2");
        assertThat(onTime.get("measured").asBoolean()).isTrue();
        assertThat(onTime.get("numerator").asLong()).isPositive();
        assertThat(indicator(score, "5.4").get("measured").asBoolean()).isTrue();
        JsonNode answers = indicator(score, "5.3");
        assertThat(answers.get("measured").asBoolean()).isTrue();
        assertThat(answers.get("numerator").asLong()).isLessThan(answers.get("denominator").asLong());
    }

    @Test
    void aRecommendationAboutAProcedureGoesToTheProvincialPeoplesCommittee() throws Exception {
        HttpResponse<String> filed = post("/api/v1/complaints", Map.of("procedureCode", Dossiers.BIRTH,
                "kind", "RECOMMENDATION", "fullName", "Trần Văn Đức", "idNumber", Officers.OTHER_ID,
                "content", "Đề nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String complaintCode = JSON.readTree(filed.body()).get("code").asText();
        assertThat(JSON.readTree(filed.body()).get("unitCode").asText()).isEqualTo("H36");

        JsonNode status = JSON.readTree(post("/api/v1/complaints/status", Map.of("code", complaintCode,
                "idNumber", Officers.OTHER_ID)).body());
        assertThat(status.get("state").asText()).isEqualTo("WAITING");
        assertThat(post("/api/v1/complaints/status", Map.of("code", complaintCode, "idNumber", Officers.APPLICANT_ID))
                .statusCode()).as("someone else's ID number").isEqualTo(404);
        HttpResponse<String> unknown = post("/api/v1/complaints", Map.of("procedureCode", "9.999999",
                "kind", "COMPLAINT", "fullName", "A", "idNumber", Officers.OTHER_ID, "content", "x"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Không có thủ tục mã 9.999999");
    }

    @Test
    void theMonthsSatisfactionReachesTheNpspOnceThroughAnOutage() throws Exception {
        String code = submitted();
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        work(Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
        work(Officers.XUANHUONG_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_ReturnResult", Map.of());
        assertThat(post("/api/v1/tracking/rating", Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID,
                "rating", "VERY_SATISFIED")).statusCode()).isEqualTo(201);
        sync();

        YearMonth month = YearMonth.now(VN);
        // the month is sent once it has ended; here the test sends the current one
        assertThat(satisfaction.enqueue(month)).isPositive();
        assertThat(satisfaction.enqueue(month)).as("queued once, whichever node runs the schedule").isZero();

        npsp.setFaults(new Faults(false, Duration.ZERO, true, false, false));
        sender.sendDue();
        String key = Officers.XUANHUONG + "/" + month.getYear() + "/" + month.getMonthValue();
        assertThat(npsp.satisfaction()).as("the NPSP answered 500: nothing taken").doesNotContainKey(key);
        npsp.setFaults(Faults.NONE);
        sync();

        ObjectNode unit = npsp.satisfaction().get(key);
        assertThat(unit).as(npsp.satisfaction().keySet().toString()).isNotNull();
        double very = unit.get("RatHaiLong").asDouble();
        assertThat(very).isPositive();
        assertThat(very + unit.get("HaiLong").asDouble() + unit.get("ChuaHaiLong").asDouble())
                .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(jdbc.sql("select count(*) from npsp_outbox where service = 'DongBoDanhGia' and dossier_code = :c and state = 'SENT'")
                .param("c", "DG-" + month + "-" + Officers.XUANHUONG).query(Long.class).single()).isEqualTo(1);
    }

    private void sync() {
        for (int i = 0; i < 20 && sender.sendDue() > 0; i++) {
            // until nothing is due
        }
    }

    private String submitted() throws Exception {
        HttpResponse<String> res = post("/api/v1/dossiers", Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("code").asText();
    }

    private UUID dossierId(String code) {
        return jdbc.sql("select id from dossier where code = :c").param("c", code).query(UUID.class).single();
    }

    private void work(String officer, String code, String taskKey, Map<String, Object> variables) {
        TestNodes.work(tasks, identity, officer, code, taskKey, new HashMap<>(variables));
    }

    private static JsonNode indicator(JsonNode score, String code) {
        for (JsonNode i : score.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private JsonNode getJson(String path, String officer) throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (officer + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private HttpResponse<String> post(String path, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
