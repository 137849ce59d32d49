package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.commons.utils.cache.Cache;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing process definitions (as Cockpit, Tasklist and {@code GET /engine-rest/process-definition} do) must not load
 * the BPMN model of each one into the engine's model cache: with the whole catalog that is about 300 KB of heap per
 * procedure. The engine does it by default to show each definition's description.
 */
@SpringBootTest
@ActiveProfiles("test")
class DefinitionListingTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;

    @Test
    void listingDefinitionsLeavesTheirModelsUnloaded() {
        Cache<String, BpmnModelInstance> models = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDeploymentCache().getBpmnModelInstanceCache();
        models.clear();

        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();

        assertThat(definitions).extracting(ProcessDefinition::getKey).contains("tthc-1.001193", "motcua-receive");
        assertThat(models.size()).as("BPMN models loaded by listing %d definitions", definitions.size()).isZero();
    }
}
