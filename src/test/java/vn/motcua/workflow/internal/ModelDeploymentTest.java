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
