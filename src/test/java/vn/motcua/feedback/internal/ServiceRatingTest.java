package vn.motcua.feedback.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant rates the service once per dossier, only after the result; the month's shares per unit follow. */
// the same settings as PaymentFaultTest, so the two share one application context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.payment.read-timeout=PT1S", "motcua.payment.retry-attempts=1", "motcua.payment.reconcile-after=PT0S"})
@ActiveProfiles("test")
class ServiceRatingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ServiceRatings ratings;
    @LocalServerPort int port;

    @Test
    void ratedOnceAfterTheResultAndNeverBefore() throws Exception {
        HttpResponse<String> submitted = post("/api/v1/dossiers", Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String code = JSON.readTree(submitted.body()).get("code").asText();

        HttpResponse<String> early = rate(code, "SATISFIED");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Chỉ đánh giá được sau khi hồ sơ có kết quả",
                "The service can be rated once the dossier has its result");

        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        work(Officers.XUANHUONG_SPECIALIST, code, "Task_ReviewDossier", Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
        work(Officers.XUANHUONG_LEADER, code, "Task_ApproveResult", Map.of("approval", "APPROVE"));
        work(Officers.XUANHUONG_RECEIVER, code, "Task_ReturnResult", Map.of());

        int before = ratings.month(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"))).stream()
                .filter(m -> m.unitCode().equals(Officers.XUANHUONG)).mapToInt(ServiceRatings.MonthlySatisfaction::ratings)
                .sum();
        assertThat(rate(code, "VERY_SATISFIED").statusCode()).isEqualTo(201);
        HttpResponse<String> again = rate(code, "NOT_SATISFIED");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã được đánh giá", "has been rated already");

        List<ServiceRatings.MonthlySatisfaction> month = ratings.month(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        ServiceRatings.MonthlySatisfaction unit = month.stream().filter(m -> m.unitCode().equals(Officers.XUANHUONG))
                .findFirst().orElseThrow();
        assertThat(unit.ratings()).isEqualTo(before + 1);
        assertThat(unit.verySatisfied() + unit.satisfied() + unit.notSatisfied()).isCloseTo(100.0,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(unit.verySatisfied()).isPositive();

        HttpResponse<String> wrongProof = post("/api/v1/tracking/rating",
                Map.of("dossierCode", code, "idNumber", "000000000000", "rating", "SATISFIED"));
        assertThat(wrongProof.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> rate(String code, String rating) throws Exception {
        return post("/api/v1/tracking/rating",
                Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID, "rating", rating, "comment", "Nhanh, chu đáo"));
    }

    private void work(String officer, String code, String taskKey, Map<String, Object> variables) {
        vn.motcua.support.TestNodes.work(tasks, identity, officer, code, taskKey, variables);
    }

    private HttpResponse<String> post(String path, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
