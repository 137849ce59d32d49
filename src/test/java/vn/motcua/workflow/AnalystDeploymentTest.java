package vn.motcua.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' path: a procedure model edited in Camunda Modeler is deployed exactly as Modeler deploys it — a
 * multipart POST to the engine's REST deployment endpoint with HTTP Basic credentials and Modeler's fields
 * ({@code deployment-name}, {@code deployment-source=Camunda Modeler}, {@code deploy-changed-only}, the file as a
 * part named after it). Analysts may, officers may not, and a broken model is refused with the project validator's
 * reasons while nothing is deployed. Dossiers already running keep the version they started on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnalystDeploymentTest {

    private static final String FILE = "tthc-1.001193.bpmn";
    private static final String PROCESS = "tthc-1.001193";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void anAnalystDeploysAnEditedProcedureAndRunningDossiersKeepTheirVersion() throws Exception {
        String running = submit();
        String runningDefinition = definitionOf(running);
        int before = latest().getVersion();

        String edited = original().replace("name=\"Thủ tục đăng ký khai sinh\"", "name=\"Thủ tục đăng ký khai sinh (sửa " + System.nanoTime() + ")\"");
        ResponseEntity<String> deployed = deploy(Officers.ANALYST, FILE, edited);

        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(deployed.getBody());
        assertThat(body.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(body.get("deployedProcessDefinitions").elements().next().get("key").asText()).isEqualTo(PROCESS);
        ProcessDefinition now = latest();
        assertThat(now.getVersion()).isEqualTo(before + 1);
        assertThat(now.getName()).startsWith("Thủ tục đăng ký khai sinh (sửa ");

        assertThat(definitionOf(running)).as("a running dossier keeps its version").isEqualTo(runningDefinition);
        assertThat(definitionOf(submit())).as("a new dossier starts on the new version").isEqualTo(now.getId());

        ResponseEntity<String> again = deploy(Officers.ANALYST, FILE, edited);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latest().getVersion()).as("an unchanged model deployed again is not a new version").isEqualTo(before + 1);
        assertThat(json.readTree(http.getForObject("/api/v1/procedures/1.001193", String.class)).get("name").asText())
                .as("the catalog shows the deployed version").startsWith("Thủ tục đăng ký khai sinh (sửa ");

        // the analyst takes the change back: the original is the latest version again, in the engine and the catalog
        ResponseEntity<String> reverted = deploy(Officers.ANALYST, FILE, original());
        assertThat(reverted.getStatusCode()).as(reverted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(latest().getVersion()).isEqualTo(before + 2);
        assertThat(latest().getName()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(json.readTree(http.getForObject("/api/v1/procedures/1.001193", String.class)).get("name").asText())
                .isEqualTo("Thủ tục đăng ký khai sinh");
    }

    @Test
    void anOfficerMayNotDeployAndAnAnonymousCallerIsAskedToLogIn() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        String edited = original().replace("name=\"Thủ tục đăng ký khai sinh\"", "name=\"Sửa trái phép\"");

        assertThat(deploy(Officers.XUANHUONG_RECEIVER, FILE, edited).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(Officers.XUANHUONG_LEADER, FILE, edited).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(null, FILE, edited).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aBrokenModelIsRefusedWithTheValidatorsReasonsAndNothingIsDeployed() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        int version = latest().getVersion();
        String broken = original()
                .replace("calledElement=\"motcua-receive\"", "calledElement=\"motcua-tiep-nhan\"")
                .replace("camunda:decisionRef=\"authority-1.001193\"", "camunda:decisionRef=\"authority-9.999999\"");

        ResponseEntity<String> refused = deploy(Officers.ANALYST, FILE, broken);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        // problem+json that keeps Camunda's members: Modeler shows the message and each element's error
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode body = json.readTree(refused.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asText()).contains(" / ");
        assertThat(body.get("type").asText()).isEqualTo("ParseException");
        assertThat(body.get("message").asText()).contains("Invalid models, nothing deployed", "Mô hình không hợp lệ",
                "motcua-tiep-nhan", "authority-9.999999");
        JsonNode errors = body.get("details").get(FILE).get("errors");
        assertThat(errors).extracting(e -> e.get("mainElementId").asText()).contains("Call_Receive", "Task_DetermineAuthority");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message").asText()).contains(" / "));
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latest().getVersion()).isEqualTo(version);
    }

    @Test
    void aModelThatIsNotWellFormedXmlIsRefused() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        ResponseEntity<String> refused = deploy(Officers.ANALYST, FILE, original().substring(0, 2_000));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("details").has(FILE)).isTrue();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aChangedRoutingDecisionAppliesToTheNextSubmission() throws Exception {
        String original = Files.readString(Path.of("decisions", "authority-1.001193.dmn"));
        String communesRefused = original.replace("<text>\"COMMUNE\"</text>", "<text>\"PROVINCE_ONLY\"</text>");
        assertThat(communesRefused).isNotEqualTo(original);
        submit(); // the submission check has seen Xuân Hương take the procedure
        try {
            assertThat(deploy(Officers.ANALYST, "authority-1.001193.dmn", communesRefused).getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<String> refused = http.postForEntity("/api/v1/dossiers",
                    Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("does not receive this procedure");
        } finally {
            assertThat(deploy(Officers.ANALYST, "authority-1.001193.dmn", original).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        submit();
    }

    /** As Camunda Modeler 5 deploys to a Camunda 7 engine. */
    private ResponseEntity<String> deploy(String user, String fileName, String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "khai-sinh");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        parts.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, Officers.PASSWORD);
        return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    private static String original() throws Exception {
        return Files.readString(Path.of("processes", FILE));
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
    }

    private String definitionOf(String dossierCode) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).processDefinitionKey(PROCESS)
                .singleResult().getProcessDefinitionId();
    }

    private String submit() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/v1/dossiers",
                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("code").asText();
    }
}
