package vn.motcua.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.Officers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node as the payment tests drive it: a dossier of a fee-charging procedure (household business registration,
 * 1.001612: 50,000 đồng at the counter, 150,000 online) submitted and accepted by the receiver so that the fee step
 * waits (status 6); the applicant's payment over HTTP; what the tables say.
 */
final class PaymentNode {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FEE_CHARGING = "1.001612";

    final int port;
    private final TaskService tasks;
    private final IdentityService identity;
    final JdbcClient jdbc;

    PaymentNode(ApplicationContext context, int port) {
        this.port = port;
        this.tasks = context.getBean(TaskService.class);
        this.identity = context.getBean(IdentityService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A dossier submitted on {@code channel} and accepted: it waits at the fee step. Returns its code. */
    String dossierWaitingForItsFee(String channel) throws Exception {
        // at the counter the receiver submits it with their account; online the applicant does, anonymously
        HttpResponse<String> res = submit(channel.equals("ONLINE") ? null : Officers.XUANHUONG_RECEIVER, Map.of(
                "procedureCode", FEE_CHARGING,
                "applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh",
                        "email", "hanh@example.vn"),
                "receivingUnitCode", Officers.XUANHUONG,
                "channel", channel,
                "formData", Map.of("businessName", "Hộ kinh doanh Cà phê Đồi Thông",
                        "businessAddress", "12 Đường Trần Phú, Phường Xuân Hương - Đà Lạt",
                        "businessLines", "Kinh doanh đồ uống", "capital", 100000000)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        String code = JSON.readTree(res.body()).get("code").asText();
        work(Officers.XUANHUONG_RECEIVER, code, "Task_CheckDossier", Map.of("receiveDecision", "ACCEPT"));
        assertThat(openTasks(code)).containsExactly("Task_CollectFee");
        return code;
    }

    void work(String officer, String code, String taskKey, Map<String, Object> variables) {
        vn.motcua.support.TestNodes.work(tasks, identity, officer, code, taskKey, variables);
    }

    List<String> openTasks(String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** The applicant starts paying online: the order's id and the platform's page. */
    JsonNode startPayment(String code) throws Exception {
        HttpResponse<String> res = post("/api/v1/tracking/payments", proof(code));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    JsonNode fee(String code) throws Exception {
        HttpResponse<String> res = post("/api/v1/tracking/fee", proof(code));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    static Map<String, Object> proof(String code) {
        return Map.of("dossierCode", code, "idNumber", Officers.APPLICANT_ID);
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    /** A submission, with the file of each required document when it is online. */
    HttpResponse<String> submit(String officer, Map<String, Object> body) throws Exception {
        Map.Entry<String, byte[]> request = vn.motcua.support.Dossiers.httpBody(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dossiers"))
                .header("Content-Type", request.getKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getValue()));
        if (officer != null) {
            builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((officer + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String officer, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (officer != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((officer + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String officer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString((officer + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path, String officer) throws Exception {
        HttpResponse<String> res = get(path, officer);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    HttpResponse<byte[]> postBytes(String path, Object body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A PDF's text as PDFBox extracts it, blanks collapsed. */
    static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    HttpResponse<String> postRaw(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String orderState(String orderId) {
        return jdbc.sql("select state from payment_order where order_id = :id").param("id", orderId).query(String.class).single();
    }

    int confirmations(String orderId) {
        return jdbc.sql("select confirmations from payment_order where order_id = :id").param("id", orderId)
                .query(Integer.class).single();
    }

    String feeState(String code) {
        return jdbc.sql("select state from fee_obligation where dossier_code = :c").param("c", code).query(String.class).single();
    }

    /** The dossier's timeline entries of one action (FEE_PAID ...). */
    long timelineEntries(String code, String action) {
        return jdbc.sql("""
                        select count(*) from dossier_event e join dossier d on d.id = e.dossier_id
                        where d.code = :c and e.action = :a""").param("c", code).param("a", action)
                .query(Long.class).single();
    }

    /** The statuses the dossier went through, in order (its timeline's STATUS entries). */
    List<Integer> statuses(String code) {
        return jdbc.sql("""
                        select e.status from dossier_event e join dossier d on d.id = e.dossier_id
                        where d.code = :c and e.action = 'STATUS' order by e.id""").param("c", code)
                .query(Integer.class).list();
    }
}
