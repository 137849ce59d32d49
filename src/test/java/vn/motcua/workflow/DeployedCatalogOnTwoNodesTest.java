package vn.motcua.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;
import vn.motcua.support.TestNodes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One source of truth for procedure facts, on two nodes (two application contexts on one PostgreSQL database): an
 * analyst deploys a changed procedure exactly as Camunda Modeler does, to node A, and on both nodes the catalog API,
 * the portal's intake form and the next dossier's due date follow the deployed version at once, without a restart; a
 * deployment deleted on node A is gone from both nodes' catalogs at once.
 */
class DeployedCatalogOnTwoNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "1.001193";

    private static PostgresTestDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = PostgresTestDatabase.fresh("motcua_it_deployed_catalog");
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        java.util.Map<String, Object> settings = TestNodes.settings(database, name);
        settings.put("camunda.bpm.job-execution.enabled", "false");
        return TestNodes.start(settings);
    }

    @Test
    void aProcedureDeployedFromModelerOnOneNodeIsWhatBothNodesShowAndDate() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            JsonNode before = procedure(node);
            assertThat(limit(before, "ONLINE")).as("the jar's model: same day").isEqualTo("0WD");
            assertThat(fee(before, "ONLINE")).isZero();
        }
        String renamed = "Thủ tục đăng ký khai sinh (phiên bản " + System.nanoTime() + ")";
        String bpmn = Files.readString(Path.of("processes", "tthc-" + CODE + ".bpmn"))
                .replace("name=\"Thủ tục đăng ký khai sinh\"", "name=\"" + renamed + "\"")
                .replace("name=\"motcua.limit.ONLINE\" value=\"0WD\"", "name=\"motcua.limit.ONLINE\" value=\"3WD\"")
                .replace("name=\"motcua.fee.ONLINE\" value=\"0\"", "name=\"motcua.fee.ONLINE\" value=\"8000\"");
        String form = Files.readString(Path.of("forms", "form-" + CODE + ".form"));
        String withDocument = form.replaceFirst("\"components\"\\s*:\\s*\\[", """
                "components": [{"type": "filepicker", "id": "Field_MarriageCertificate", "key": "marriageCertificate", "label": "Giấy chứng nhận kết hôn \
                của cha mẹ (bản sao)"},""");
        assertThat(withDocument).isNotEqualTo(form);

        ResponseEntity<String> deployed = deploy(nodeA, "tthc-" + CODE + ".bpmn", bpmn, "form-" + CODE + ".form", withDocument);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            String which = node == nodeA ? "node A (deployed to)" : "node B";
            JsonNode after = procedure(node);
            assertThat(after.get("name").asText()).as(which).isEqualTo(renamed);
            assertThat(limit(after, "ONLINE")).as(which).isEqualTo("3WD");
            assertThat(fee(after, "ONLINE")).as(which).isEqualTo(8000);
            assertThat(limit(after, "COUNTER")).as("%s: what the analyst left alone", which).isEqualTo("0WD");
            assertThat(after.get("documents").get(0).asText()).as(which).isEqualTo("Giấy chứng nhận kết hôn của cha mẹ (bản sao)");
            assertThat(client(node).getForObject("/api/v1/procedures/" + CODE + "/form", String.class))
                    .as("%s: the portal renders the deployed form", which).contains("marriageCertificate");

            JsonNode dossier = submit(node);
            LocalDateTime receivedAt = LocalDateTime.parse(dossier.get("receivedAt").asText());
            LocalDateTime expected = node.getBean(WorkingCalendar.class).dueAt(receivedAt, TimeLimit.parse("3WD"));
            assertThat(LocalDateTime.parse(dossier.get("dueAt").asText())).as("%s: the next dossier's due date", which)
                    .isEqualTo(expected);
        }
    }

    /**
     * An analyst deletes a deployment from Cockpit (the engine's REST API) on node A: on both nodes the catalog falls
     * back to the procedure's latest version still deployed, its form too, and the next dossier is dated by it.
     */
    @Test
    void aDeploymentDeletedOnOneNodeIsGoneFromBothNodesCatalogs() throws Exception {
        // whatever is deployed now (the jar's model, or the other test's version): what the deletion must come back to
        JsonNode before = procedure(nodeA);
        String limitBefore = limit(before, "ONLINE");
        String formBefore = client(nodeA).getForObject("/api/v1/procedures/" + CODE + "/form", String.class);
        assertThat(limitBefore).isNotEqualTo("7WD");
        assertThat(formBefore).doesNotContain("deathCertificate");

        String bpmn = Files.readString(Path.of("processes", "tthc-" + CODE + ".bpmn"))
                .replace("name=\"motcua.limit.ONLINE\" value=\"0WD\"", "name=\"motcua.limit.ONLINE\" value=\"7WD\"");
        String form = Files.readString(Path.of("forms", "form-" + CODE + ".form")).replaceFirst("\"components\"\\s*:\\s*\\[", """
                "components": [{"type": "filepicker", "id": "Field_DeathCertificate", "key": "deathCertificate", "label": "Bản sao \
                giấy chứng tử của mẹ (trường hợp mẹ đã mất)"},""");
        ResponseEntity<String> deployed = deploy(nodeA, "tthc-" + CODE + ".bpmn", bpmn, "form-" + CODE + ".form", form);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = JSON.readTree(deployed.getBody()).get("id").asText();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            assertThat(limit(procedure(node), "ONLINE")).as("deployed, seen on %s", name(node)).isEqualTo("7WD");
        }

        ResponseEntity<Void> deleted = client(nodeA).withBasicAuth(Officers.ANALYST, Officers.PASSWORD)
                .exchange("/engine-rest/deployment/" + deploymentId, org.springframework.http.HttpMethod.DELETE, null, Void.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            String which = name(node);
            JsonNode after = procedure(node);
            assertThat(limit(after, "ONLINE")).as("%s: the latest version still deployed", which).isEqualTo(limitBefore);
            assertThat(after.get("name").asText()).as(which).isEqualTo(before.get("name").asText());
            assertThat(after.get("documents")).as(which).isEqualTo(before.get("documents"));
            assertThat(client(node).getForObject("/api/v1/procedures/" + CODE + "/form", String.class))
                    .as("%s: the portal renders the form still deployed", which).doesNotContain("deathCertificate");
            JsonNode dossier = submit(node);
            LocalDateTime receivedAt = LocalDateTime.parse(dossier.get("receivedAt").asText());
            assertThat(LocalDateTime.parse(dossier.get("dueAt").asText())).as("%s: the next dossier's due date", which)
                    .isEqualTo(node.getBean(WorkingCalendar.class).dueAt(receivedAt, TimeLimit.parse(limitBefore)));
        }
    }

    private static String name(ConfigurableApplicationContext node) {
        return node == nodeA ? "node A (deleted on)" : "node B";
    }

    private static JsonNode procedure(ConfigurableApplicationContext node) throws Exception {
        ResponseEntity<String> res = client(node).getForEntity("/api/v1/procedures/" + CODE, String.class);
        assertThat(res.getStatusCode()).as(res.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(res.getBody());
    }

    private static String limit(JsonNode procedure, String channel) {
        return channel(procedure, channel).get("timeLimit").asText();
    }

    private static long fee(JsonNode procedure, String channel) {
        return channel(procedure, channel).get("feeVnd").asLong();
    }

    private static JsonNode channel(JsonNode procedure, String channel) {
        for (JsonNode terms : procedure.get("channels")) {
            if (terms.get("channel").asText().equals(channel)) {
                return terms;
            }
        }
        throw new AssertionError("no " + channel + " terms in " + procedure);
    }

    private static JsonNode submit(ConfigurableApplicationContext node) throws Exception {
        ResponseEntity<String> created = client(node).postForEntity("/api/v1/dossiers",
                Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(created.getBody());
    }

    /** As Camunda Modeler 5 deploys to a Camunda 7 engine: multipart, HTTP Basic, Modeler's fields, one part per file. */
    private static ResponseEntity<String> deploy(ConfigurableApplicationContext node, String... namesAndContents) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "khai-sinh");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        for (int i = 0; i < namesAndContents.length; i += 2) {
            String fileName = namesAndContents[i];
            parts.add(fileName, new ByteArrayResource(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client(node).withBasicAuth(Officers.ANALYST, Officers.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    private static TestRestTemplate client(ConfigurableApplicationContext node) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + node.getEnvironment().getProperty("local.server.port")));
    }
}
