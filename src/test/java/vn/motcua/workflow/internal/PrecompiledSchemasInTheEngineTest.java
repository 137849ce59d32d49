package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The running engine deploys with the schemas compiled once, and still refuses a model that breaks the schema. The
 * deployments here name the project tree as their source, so the app's own model check
 * ({@link DeploymentValidation}, which analysts' deployments go through first) leaves them to the engine's parsers.
 */
@SpringBootTest
@ActiveProfiles("test")
class PrecompiledSchemasInTheEngineTest {

    @Autowired ProcessEngine engine;

    @Test
    void theEnginesParsersAreTheOnesWithTheCompiledSchemas() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getBpmnParseFactory().createBpmnParse(new BpmnParser(configuration.getExpressionManager(),
                configuration.getBpmnParseFactory())))
                .isInstanceOfSatisfying(PrecompiledSchemas.BpmnParseWithCompiledSchema.class,
                        parse -> assertThat(parse.saxParsers()).isSameAs(PrecompiledSchemas.SaxParsers.INSTANCE));
        assertThat(configuration.getDmnEngineConfiguration().getTransformer().createTransform())
                .isInstanceOf(PrecompiledSchemas.DmnTransformWithCompiledSchemas.class);
    }

    @Test
    void aProcessThatBreaksTheSchemaIsNotDeployed() throws IOException {
        String bpmn = Files.readString(Path.of("processes", "tthc-1.001193.bpmn"))
                .replace("id=\"tthc-1.001193\"", "id=\"tthc-9.901193\"")
                .replace("isExecutable=\"true\"", "isExecutable=\"perhaps\"");
        long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().source(ModelDeployment.SOURCE)
                .name("schema-check").addString("processes/tthc-9.901193.bpmn", bpmn).deploy())
                .hasMessageContaining("cvc-datatype-valid").hasMessageContaining("perhaps");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("schema-check").count()).isZero();
    }

    @Test
    void aDecisionThatBreaksTheSchemaIsNotDeployedAndAGoodOneIs() throws IOException {
        String dmn = Files.readString(Path.of("decisions", "authority-1.001193.dmn"))
                .replace("id=\"authority-1.001193\"", "id=\"authority-9.901193\"");
        String broken = dmn.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\"");

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().source(ModelDeployment.SOURCE)
                .name("schema-check").addString("decisions/authority-9.901193.dmn", broken).deploy())
                .rootCause().hasMessageContaining("SOMETIMES");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("authority-9.901193").count())
                .isZero();

        String id = engine.getRepositoryService().createDeployment().source(ModelDeployment.SOURCE)
                .name("schema-check").addString("decisions/authority-9.901193.dmn", dmn).deploy().getId();
        try {
            assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("authority-9.901193")
                    .singleResult().getName()).isNotBlank();
        } finally {
            engine.getRepositoryService().deleteDeployment(id, true);
        }
    }
}
