package vn.motcua.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.WebappClient;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine REST API's door ({@code EngineRestGate}, {@code EngineRestAllowList}, {@code EngineErrors}), fast, in
 * the shared test context: every engine error is answered within seconds (the previous attempt's response wrapper
 * left {@code ?sortBy=nonsense} without an answer); a call off the allow-list gets the same 404 as an unknown path,
 * before authentication; another unit's task or process and an id that does not exist get the same answer, which
 * names neither; a deployment over the limit gets 413 and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestGateTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired RepositoryService repository;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
    private String code;
    private Task task;
    private String notFound;

    @BeforeAll
    void aDossierOfXuanHuong() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers",
                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        code = json.readTree(created.getBody()).get("code").asText();
        task = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        notFound = send("GET", "/engine-rest/no-such-resource", null, null).body();
    }

    @Test
    void engineErrorsAreAnsweredWithinSeconds() throws Exception {
        String receiver = Officers.XUANHUONG_RECEIVER;
        HttpResponse<String> badSort = send("GET", "/engine-rest/task?sortBy=nonsense&sortOrder=asc", receiver, null);
        assertThat(badSort.statusCode()).as(badSort.body()).isEqualTo(400);
        assertThat(badSort.body()).contains("sortBy");
        // JAX-RS answers a query parameter it cannot convert with 404
        assertThat(send("GET", "/engine-rest/task?maxResults=abc", receiver, null).statusCode()).isIn(400, 404);
        assertThat(send("POST", "/engine-rest/task", receiver, "{not json").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/engine-rest/task/" + UNKNOWN, receiver, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/engine-rest/task/" + UNKNOWN + "/variables", receiver, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/engine-rest/process-instance/" + UNKNOWN + "/variables", receiver, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/engine-rest/task", receiver, null).statusCode()).isEqualTo(200);
    }

    /**
     * What the engine refuses itself (an unknown sort key, a body that is not JSON, a JSON value of the wrong shape, a
     * task completed by someone who does not hold it) is problem+json like every other error, and keeps Camunda's
     * members ({@code type} as the exception's name, {@code message}), which Tasklist, Cockpit and Camunda Modeler read.
     */
    @Test
    void theEnginesOwnRefusalsAreProblemsThatKeepCamundasTypeAndMessage() throws Exception {
        String receiver = Officers.XUANHUONG_RECEIVER;
        record Call(String method, String path, String body, int status, String type) {
        }
        for (Call call : new Call[]{
                new Call("GET", "/engine-rest/task?sortBy=nonsense&sortOrder=asc", null, 400, "InvalidRequestException"),
                new Call("GET", "/engine-rest/engine/default/task?sortBy=nonsense&sortOrder=asc", null, 400, "InvalidRequestException"),
                new Call("POST", "/engine-rest/task", "{not json", 400, "InvalidRequestException"),
                new Call("POST", "/engine-rest/task", "{\"candidateGroups\": {\"a\": 1}}", 400, "InvalidRequestException")}) {
            HttpResponse<String> answer = send(call.method(), call.path(), receiver, call.body());
            String what = call.method() + " " + call.path() + ": " + answer.body();
            assertThat(answer.statusCode()).as(what).isEqualTo(call.status());
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(what).isEqualTo(call.status());
            assertThat(problem.get("title").asText()).as(what).isEqualTo("Yêu cầu không hợp lệ / Bad request");
            assertThat(problem.get("message").asText()).as(what).isNotBlank();
            assertThat(problem.get("detail").asText()).as(what).contains(" / ").endsWith(problem.get("message").asText());
            assertThat(problem.get("type").asText()).as(what).isEqualTo(call.type());
        }
        // the webapps' plugin API (Cockpit's queries) answers its refusals the same way
        WebappClient admin = new WebappClient("http://localhost:" + port);
        admin.follow("/camunda/app/cockpit/");
        assertThat(admin.postWithCsrfToken("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=" + Officers.ADMIN + "&password=" + Officers.PASSWORD)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> plugin = admin.get("/camunda/api/cockpit/plugin/base/default/process-instance?sortBy=nonsense&sortOrder=asc");
        assertThat(plugin.statusCode()).as(plugin.body()).isEqualTo(400);
        assertThat(plugin.headers().firstValue("Content-Type").orElse("")).as(plugin.body()).startsWith("application/problem+json");
        assertThat(json.readTree(plugin.body()).get("title").asText()).contains(" / ");
    }

    @Test
    void anAcceptHeaderJerseyCannotParseIsABadRequestProblemWhateverContentTypeTheRequestDeclares() throws Exception {
        // Jersey refuses "q=x" with a bare 400 (sendError); with a multipart Content-Type and no usable boundary the
        // error page then failed parsing that body again, and the client got a 400 with no body (found by the fuzz suite)
        for (String contentType : new String[]{null, "application/json", "multipart/form-data", "multipart/form-data; boundary="}) {
            for (String path : new String[]{"/engine-rest/task?processInstanceBusinessKey=x", "/engine-rest/task/" + UNKNOWN,
                    "/engine-rest/history/process-instance?processInstanceBusinessKey=x"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(ANSWER_WITHIN).GET().header("Authorization", basic(Officers.XUANHUONG_RECEIVER))
                        .header("Accept", "*/*;q=x");
                if (contentType != null) {
                    request.header("Content-Type", contentType);
                }
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String what = path + " with Content-Type " + contentType + ": " + answer.body();
                assertThat(answer.statusCode()).as(what).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
                JsonNode problem = json.readTree(answer.body());
                assertThat(problem.get("status").asInt()).as(what).isEqualTo(400);
                assertThat(problem.get("title").asText()).as(what).contains(" / ");
            }
        }
    }

    @Test
    void callsOffTheAllowListGetTheAnswerOfAnUnknownPathBeforeAuthentication() throws Exception {
        assertThat(json.readTree(notFound).get("status").asInt()).isEqualTo(404);
        List<String[]> refused = List.of(
                new String[]{"POST", "/engine-rest/message"},
                new String[]{"POST", "/engine-rest/signal"},
                new String[]{"POST", "/engine-rest/condition"},
                new String[]{"GET", "/engine-rest/external-task"},
                new String[]{"POST", "/engine-rest/external-task/fetchAndLock"},
                new String[]{"POST", "/engine-rest/process-definition/key/tthc-1.001193/start"},
                new String[]{"POST", "/engine-rest/process-instance/" + UNKNOWN + "/modification"},
                new String[]{"PUT", "/engine-rest/process-instance/" + UNKNOWN + "/variables/x"},
                new String[]{"GET", "/engine-rest/execution/" + UNKNOWN + "/localVariables"},
                new String[]{"GET", "/engine-rest/history/detail"},
                new String[]{"DELETE", "/engine-rest/history/process-instance/" + UNKNOWN},
                new String[]{"POST", "/engine-rest/engine/default/message"},
                new String[]{"POST", "/camunda/api/engine/engine/default/message"},
                new String[]{"POST", "/camunda/api/engine/engine/default/signal"},
                new String[]{"GET", "/camunda/api/engine/engine/default/external-task"},
                new String[]{"GET", "/engine-rest/task/../message"},
                new String[]{"GET", "/engine-rest/task;x=1"},
                new String[]{"GET", "/camunda/api/unknown-app/x"});
        for (String[] call : refused) {
            for (String user : new String[]{null, Officers.ADMIN}) {
                HttpResponse<String> answer = send(call[0], call[1], user, call[0].equals("GET") || call[0].equals("DELETE") ? null : "{}");
                assertThat(answer.statusCode()).as(call[0] + " " + call[1] + " as " + user).isEqualTo(404);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(answer.body()).as(call[0] + " " + call[1]).isEqualTo(notFound);
            }
        }
        assertThat(json.readTree(notFound).get("title").asText()).startsWith("Không tìm thấy / Not found");
        // allowed calls still need a login
        assertThat(send("GET", "/engine-rest/task", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherUnitsTaskAndProcessAnswerExactlyAsIdsThatDoNotExist() throws Exception {
        String foreign = Officers.LACDUONG_RECEIVER; // same role, another commune
        String pid = task.getProcessInstanceId();
        String procedure = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        List<String[]> calls = List.of(
                new String[]{"GET", "/task/%s"}, new String[]{"GET", "/task/%s/variables"},
                new String[]{"GET", "/task/%s/form-variables"}, new String[]{"GET", "/task/%s/deployed-form"},
                new String[]{"GET", "/task/%s/identity-links"}, new String[]{"GET", "/task/%s/comment"},
                new String[]{"POST", "/task/%s/claim"}, new String[]{"POST", "/task/%s/complete"},
                new String[]{"POST", "/task/%s/submit-form"}, new String[]{"POST", "/task/%s/assignee"},
                new String[]{"PUT", "/task/%s"});
        for (String[] call : calls) {
            String body = call[0].equals("GET") ? null : "{\"userId\":\"" + foreign + "\",\"variables\":{}}";
            sameAnswer(foreign, call[0], "/engine-rest" + call[1].formatted(task.getId()),
                    "/engine-rest" + call[1].formatted(UNKNOWN), body, pid, procedure);
        }
        List<String[]> processCalls = List.of(
                new String[]{"GET", "/process-instance/%s"}, new String[]{"GET", "/process-instance/%s/variables"},
                new String[]{"GET", "/process-instance/%s/activity-instances"},
                new String[]{"GET", "/history/process-instance/%s"}, new String[]{"DELETE", "/process-instance/%s"});
        for (String[] call : processCalls) {
            sameAnswer(foreign, call[0], "/engine-rest" + call[1].formatted(pid), "/engine-rest" + call[1].formatted(UNKNOWN),
                    null, pid, procedure);
        }
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theWebappsEngineApiAnswersAnotherUnitsTaskAsAnUnknownOne() throws Exception {
        WebappClient officer = new WebappClient("http://localhost:" + port);
        officer.follow("/camunda/app/tasklist/");
        String form = "username=" + Officers.LACDUONG_RECEIVER + "&password=" + Officers.PASSWORD;
        assertThat(officer.postWithCsrfToken("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", form).statusCode()).isEqualTo(200);
        String base = "/camunda/api/engine/engine/default/task/";
        for (String suffix : new String[]{"", "/variables", "/form-variables"}) {
            HttpResponse<String> foreign = officer.get(base + task.getId() + suffix);
            HttpResponse<String> unknown = officer.get(base + UNKNOWN + suffix);
            assertThat(foreign.statusCode()).as(suffix).isEqualTo(404).isEqualTo(unknown.statusCode());
            assertThat(foreign.body()).as(suffix).isEqualTo(unknown.body()).isEqualTo(notFound)
                    .doesNotContain(task.getProcessInstanceId(), code, "tthc-");
        }
        assertThat(officer.get("/camunda/api/engine/engine/default/message").statusCode()).isEqualTo(404);
        assertThat(officer.get(base.substring(0, base.length() - 1) + "?processInstanceBusinessKey=" + code).body())
                .isEqualTo("[]");
    }

    @Test
    void aDeploymentOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        int size = 10 * 1024 * 1024 + 64 * 1024; // just over the 10 MB default
        for (boolean chunked : new boolean[]{false, true}) {
            String name = "too-large-" + (chunked ? "chunked" : "announced");
            String boundary = "motcuaboundary";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"big.bpmn\"; filename=\"big.bpmn\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n<definitions>").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(" ".repeat(size).getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("</definitions>\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = body.toByteArray();
            HttpRequest.BodyPublisher publisher = chunked
                    ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(bytes)) // no length: chunked
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                    .timeout(ANSWER_WITHIN.multipliedBy(3)).header("Authorization", basic(Officers.ANALYST))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(name + ": " + answer.body()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("detail").asText()).contains("10 MB");
            assertThat(repository.createDeploymentQuery().deploymentName(name).count()).as(name).isZero();
        }
    }

    private void sameAnswer(String user, String method, String foreignPath, String unknownPath, String body,
                            String pid, String procedure) throws Exception {
        HttpResponse<String> foreign = send(method, foreignPath, user, body);
        HttpResponse<String> unknown = send(method, unknownPath, user, body);
        assertThat(foreign.statusCode()).as(method + " " + foreignPath + ": " + foreign.body()).isEqualTo(unknown.statusCode());
        assertThat(foreign.body()).as(method + " " + foreignPath).isEqualTo(unknown.body())
                .doesNotContain(pid, code, procedure, Officers.XUANHUONG);
    }

    private HttpResponse<String> send(String method, String path, String user, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(ANSWER_WITHIN)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Officers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

}
