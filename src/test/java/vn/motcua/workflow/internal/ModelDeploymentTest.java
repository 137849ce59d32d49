package vn.motcua.workflow.internal;


import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up deployment of the project tree: a restart with the same models does not ask the engine at all (the hash of
 * the last deployment matches), a difference goes through the engine's duplicate filtering, which deploys only what
 * changed, and the hash is then brought up to date.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelDeploymentTest {

    @Autowired RepositoryService repository;
    @Autowired ResourcePatternResolver resources;
    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogFactsOnDeployment catalogFacts;
    @Autowired vn.motcua.catalog.ProcedureFacts procedureFacts;
    @Autowired vn.motcua.catalog.ProcedureCatalog catalog;

    @Test
    void theHashCoversEveryNameAndByteInNameOrder() {
        Map<String, byte[]> models = new TreeMap<>(Map.of("processes/a.bpmn", bytes("<a/>"), "forms/b.form", bytes("{}")));
        String hash = ModelDeployment.hash(models);

        assertThat(ModelDeployment.hash(new TreeMap<>(models))).isEqualTo(hash);
        assertThat(ModelDeployment.hash(new TreeMap<>(Map.of("processes/a.bpmn", bytes("<a />"), "forms/b.form", bytes("{}")))))
                .isNotEqualTo(hash);
        assertThat(ModelDeployment.hash(new TreeMap<>(Map.of("processes/c.bpmn", bytes("<a/>"), "forms/b.form", bytes("{}")))))
                .isNotEqualTo(hash);
        // moving bytes from one resource to the next is a change too
        assertThat(ModelDeployment.hash(new TreeMap<>(Map.of("processes/a.bpmn", bytes("<a/>{"), "forms/b.form", bytes("}")))))
                .isNotEqualTo(hash);
        assertThat(hash).hasSize(64);
    }

    @Test
    void aRestartWithTheSameModelsSkipsTheEngineAndADifferenceGoesThroughIt() throws Exception {
        Map<String, Object> atStart = state();
        long deployments = repository.createDeploymentQuery().count();
        assertThat((Integer) atStart.get("resources")).as("the shared lifecycle, three procedures, their decisions and forms")
                .isGreaterThan(20);

        restart();
        assertThat(state()).as("unchanged: nothing asked of the engine, nothing recorded").isEqualTo(atStart);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        jdbc.update("update model_deployment set content_hash = ?, deployed_at = ? where name = ?", "0".repeat(64),
                Timestamp.valueOf("2000-01-01 00:00:00"), ModelDeployment.DEPLOYMENT_NAME);
        restart();
        Map<String, Object> after = state();
        assertThat(after.get("content_hash")).as("the engine found nothing new; the hash is recorded again")
                .isEqualTo(atStart.get("content_hash"));
        assertThat((Timestamp) after.get("deployed_at")).isAfter(Timestamp.valueOf("2000-01-01 00:00:00"));
        assertThat(repository.createDeploymentQuery().count()).as("duplicate filtering: no new deployment").isEqualTo(deployments);
    }

    @Test
    void deletingADeploymentTakesItsFactsOutOfTheCatalogOrBackToTheVersionStillDeployed() throws Exception {
        String original = catalog.find("1.012783").orElseThrow().name();
        byte[] bpmn = resources.getResource("file:processes/tthc-1.012783.bpmn").getContentAsByteArray();
        String changed = new String(bpmn, StandardCharsets.UTF_8)
                .replace("name=\"" + original + "\"", "name=\"" + original + " (bản sửa của chuyên viên)\"");
        // a new procedure: the same files under another code
        String newProcedure = new String(bpmn, StandardCharsets.UTF_8).replace("1.012783", "9.912783");
        String newDecision = resources.getResource("file:decisions/authority-1.012783.dmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("1.012783", "9.912783");
        String newForm = resources.getResource("file:forms/form-1.012783.form").getContentAsString(StandardCharsets.UTF_8)
                .replace("1.012783", "9.912783");
        // as Modeler deploys: a deployment of its own, outside the application's
        String deploymentId = repository.createDeployment().name("modeler")
                .addString("tthc-1.012783.bpmn", changed).addString("tthc-9.912783.bpmn", newProcedure)
                .addString("authority-9.912783.dmn", newDecision).addString("form-9.912783.form", newForm).deploy().getId();
        assertThat(catalog.find("1.012783").orElseThrow().name()).endsWith("(bản sửa của chuyên viên)");
        assertThat(catalog.find("9.912783")).as("a new procedure deployed from Modeler").isPresent();

        repository.deleteDeployment(deploymentId, true);

        assertThat(catalog.find("1.012783").orElseThrow().name()).as("superseded by the version still deployed")
                .isEqualTo(original);
        String definitionId = jdbc.queryForObject("select definition_id from catalog_procedure where code = '1.012783'", String.class);
        assertThat(repository.getProcessDefinition(definitionId).getKey()).isEqualTo("tthc-1.012783");
        assertThat(catalog.find("9.912783")).as("no version left: gone from the catalog").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from catalog_procedure where code = '9.912783'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from catalog_form where form_key = 'form-9.912783'", Integer.class))
                .as("its form too").isZero();
    }

    @Test
    void deletingADeployedFormVersionBringsBackTheVersionStillDeployed() throws Exception {
        Integer before = jdbc.queryForObject("select version from catalog_form where form_key = 'form-1.012783'", Integer.class);
        String schema = jdbc.queryForObject("select form_schema from catalog_form where form_key = 'form-1.012783'", String.class);
        String deploymentId = repository.createDeployment().name("modeler")
                .addString("form-1.012783.form", schema.replaceFirst("\"label\": *\"", "\"label\": \"Sửa: ")).deploy().getId();
        assertThat(jdbc.queryForObject("select version from catalog_form where form_key = 'form-1.012783'", Integer.class))
                .isGreaterThan(before);

        repository.deleteDeployment(deploymentId, true);

        assertThat(jdbc.queryForObject("select version from catalog_form where form_key = 'form-1.012783'", Integer.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select form_schema from catalog_form where form_key = 'form-1.012783'", String.class))
                .isEqualTo(schema);
    }

    private void restart() throws Exception {
        new ModelDeployment(repository, resources, jdbc, false, catalogFacts, procedureFacts).afterPropertiesSet();
    }

    private Map<String, Object> state() {
        return jdbc.queryForMap("select content_hash, resources, deployed_at from model_deployment where name = ?",
                ModelDeployment.DEPLOYMENT_NAME);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
