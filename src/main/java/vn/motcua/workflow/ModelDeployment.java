package vn.motcua.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Deploys the models of {@code processes/}, {@code decisions/} and {@code forms/} when the application
 * starts, before it serves anything. Only resources that changed since the last deployment become new
 * versions (duplicate filtering), so a restart with unchanged models creates nothing, and running
 * dossiers keep the version they started with.
 *
 * <p>{@code motcua.models.deploy-generated-catalog=false} leaves out the models generated from the national
 * catalog ({@code catalog/} sub-folders): the test suite's application contexts use it to start in seconds;
 * the generated models are run on the engine by their own conformance test.
 */
@Component
class ModelDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "motcua-models";
    /** The deployment source of the project tree's models; other sources are checked by {@link DeploymentValidation}. */
    static final String SOURCE = "motcua";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);
    private static final String[] FOLDERS = {"processes", "decisions", "forms"};
    private static final String[] PATTERNS = {"classpath*:processes/**/*.bpmn", "classpath*:decisions/**/*.dmn",
            "classpath*:forms/**/*.form"};

    /** Where the importer writes the models it generates from the national catalog. */
    static final String GENERATED_FOLDER = "/catalog/";

    private final RepositoryService repository;
    private final ResourcePatternResolver resources;
    private final boolean deployGeneratedCatalog;

    ModelDeployment(RepositoryService repository, ResourcePatternResolver resources,
                    @Value("${motcua.models.deploy-generated-catalog:true}") boolean deployGeneratedCatalog) {
        this.repository = repository;
        this.resources = resources;
        this.deployGeneratedCatalog = deployGeneratedCatalog;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        long started = System.nanoTime();
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(true);
        int count = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resources.getResources(pattern)) {
                String name = resourceName(resource);
                if (!deployGeneratedCatalog && name.contains(GENERATED_FOLDER)) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
                    count++;
                }
            }
        }
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        log.info("Models: {} resources checked, {} process definitions newly deployed, in {} ms", count,
                deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** "processes/shared/motcua-receive.bpmn", whatever the classpath root (folder or jar). */
    static String resourceName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int best = -1;
            for (String folder : FOLDERS) {
                best = Math.max(best, url.lastIndexOf("/" + folder + "/"));
            }
            if (best < 0) {
                throw new IllegalStateException("Model outside the model folders: " + url);
            }
            return url.substring(best + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
