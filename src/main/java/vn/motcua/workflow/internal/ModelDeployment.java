package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureFacts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys the models of {@code processes/}, {@code decisions/} and {@code forms/} when the application
 * starts, before it serves anything. Only resources that changed since the last deployment become new
 * versions (duplicate filtering), so a restart with unchanged models creates nothing, and running
 * dossiers keep the version they started with. A restart whose models hash the same as the last deployment's
 * (table {@code model_deployment}) does not even ask the engine: its comparison reads every deployed resource back
 * from the database (about 1.5 s for the 4,700 models of the whole catalog).
 *
 * <p>{@code motcua.models.deploy-generated-catalog=false} leaves out the models generated from the national
 * catalog ({@code catalog/} sub-folders): the test suite's application contexts use it to start in seconds;
 * the generated models are run on the engine by their own conformance test. They are still listed in the catalog
 * (never over a deployed version), so catalog listings stay whole.
 *
 * <p>The catalog's facts are written by the deployment itself ({@link CatalogFactsOnDeployment}); after deploying,
 * facts missing for what the engine already held (deployments made before migration V55) are filled in.
 */
@Component
public class ModelDeployment implements InitializingBean {

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
    private final JdbcTemplate jdbc;
    private final boolean deployGeneratedCatalog;
    private final CatalogFactsOnDeployment catalogFacts;
    private final ProcedureFacts procedureFacts;

    ModelDeployment(RepositoryService repository, ResourcePatternResolver resources, JdbcTemplate jdbc,
                    @Value("${motcua.models.deploy-generated-catalog:true}") boolean deployGeneratedCatalog,
                    CatalogFactsOnDeployment catalogFacts, ProcedureFacts procedureFacts) {
        this.repository = repository;
        this.resources = resources;
        this.jdbc = jdbc;
        this.deployGeneratedCatalog = deployGeneratedCatalog;
        this.catalogFacts = catalogFacts;
        this.procedureFacts = procedureFacts;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        long started = System.nanoTime();
        Map<String, byte[]> left = new TreeMap<>();
        Map<String, byte[]> models = read(left);
        String hash = hash(models);
        if (unchanged(hash)) {
            log.info("Models: {} resources unchanged since the last deployment (hash {}), nothing to deploy, in {} ms",
                    models.size(), hash.substring(0, 12), (System.nanoTime() - started) / 1_000_000);
            catalogFacts.fillGaps(repository);
            procedureFacts.listedUndeployed(left);
            return;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(true);
        models.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        remember(hash, models.size());
        catalogFacts.fillGaps(repository);
        procedureFacts.listedUndeployed(left);
        log.info("Models: {} resources checked, {} process definitions newly deployed, in {} ms", models.size(),
                deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Every model of the project tree to deploy, by resource name, in name order; those left out go to {@code left}. */
    private Map<String, byte[]> read(Map<String, byte[]> left) throws IOException {
        Map<String, byte[]> models = new TreeMap<>();
        for (String pattern : PATTERNS) {
            for (Resource resource : resources.getResources(pattern)) {
                String name = resourceName(resource);
                boolean leftOut = !deployGeneratedCatalog && name.contains(GENERATED_FOLDER);
                try (InputStream in = resource.getInputStream()) {
                    (leftOut ? left : models).put(name, in.readAllBytes());
                }
            }
        }
        return models;
    }

    /** SHA-256 over every resource's name and bytes, in name order. */
    static String hash(Map<String, byte[]> models) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            models.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same models were deployed last time and the engine still has that deployment: the engine's own comparison
     * (which reads every deployed resource back from the database) would find nothing to deploy.
     */
    private boolean unchanged(String hash) {
        List<String> previous = jdbc.queryForList("select content_hash from model_deployment where name = ?",
                String.class, DEPLOYMENT_NAME);
        return previous.contains(hash) && repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > 0;
    }

    private void remember(String hash, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("update model_deployment set content_hash = ?, resources = ?, deployed_at = ? where name = ?",
                hash, count, now, DEPLOYMENT_NAME);
        if (updated == 0) {
            try {
                jdbc.update("insert into model_deployment (name, content_hash, resources, deployed_at) values (?, ?, ?, ?)",
                        DEPLOYMENT_NAME, hash, count, now);
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                jdbc.update("update model_deployment set content_hash = ?, resources = ?, deployed_at = ? where name = ?",
                        hash, count, now, DEPLOYMENT_NAME);
            }
        }
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
