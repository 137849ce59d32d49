package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureFacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the catalog's facts ({@link ProcedureFacts}) from every new deployment, whatever its source (the
 * application's models at start-up, Camunda Modeler, Cockpit): a post-deployer that runs inside the engine's
 * deployment command, after the engine has parsed the models and numbered their versions, in the same transaction.
 * A deployment the engine rolls back leaves the catalog unchanged; one that commits is what every node serves next.
 *
 * <p>{@link #fillGaps} covers deployments made before the catalog was written this way (migration V55).
 */
@Component
class CatalogFactsOnDeployment extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CatalogFactsOnDeployment.class);

    private final ProcedureFacts facts;
    private final JdbcTemplate jdbc;

    CatalogFactsOnDeployment(ProcedureFacts facts, JdbcTemplate jdbc) {
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPostDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(this::record);
        configuration.setCustomPostDeployers(deployers);
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new DeletionWatch());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * Deleting a deployment or process definitions (Cockpit, REST, Java API) takes their facts out of the catalog:
     * once the engine has written the deletion, just before the transaction commits, each recorded definition that is
     * gone is replaced by the latest version of its process still deployed, or leaves the catalog with none; forms
     * alike. A deletion the engine rolls back leaves the catalog as it was.
     */
    private final class DeletionWatch extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof DeleteDeploymentCmd || command instanceof DeleteProcessDefinitionsByIdsCmd
                    || command instanceof DeleteProcessDefinitionsByKeyCmd) {
                CommandContext context = Context.getCommandContext();
                if (context != null) {
                    context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING,
                            committing -> supersedeDeleted());
                } else {
                    supersedeDeleted();
                }
            }
            return result;
        }
    }

    /** Replaces or removes the catalog's facts of every recorded definition and form version no longer deployed. */
    void supersedeDeleted() {
        Map<String, String> recorded = facts.recordedDefinitions();
        Set<String> deployed = new HashSet<>(jdbc.queryForList("select ID_ from ACT_RE_PROCDEF", String.class));
        int processes = 0;
        for (Map.Entry<String, String> definition : recorded.entrySet()) {
            if (deployed.contains(definition.getKey())) {
                continue;
            }
            List<Map<String, Object>> latest = jdbc.queryForList("""
                    select ID_ as id, VERSION_ as version, DEPLOYMENT_ID_ as deployment_id, RESOURCE_NAME_ as resource_name
                    from ACT_RE_PROCDEF where KEY_ = ? and TENANT_ID_ is null order by VERSION_ desc""", definition.getValue());
            facts.processDeleted(definition.getKey(), latest.isEmpty() ? null : deployedModel(latest.get(0)));
            processes++;
        }
        Map<String, Integer> formVersions = facts.recordedFormVersions();
        Map<String, Map<String, Object>> latestForms = new HashMap<>();
        for (Map<String, Object> form : jdbc.queryForList("""
                select f.KEY_ as form_key, f.VERSION_ as version, f.DEPLOYMENT_ID_ as deployment_id,
                       f.RESOURCE_NAME_ as resource_name from ACT_RE_CAMFORMDEF f
                where f.VERSION_ = (select max(g.VERSION_) from ACT_RE_CAMFORMDEF g where g.KEY_ = f.KEY_)""")) {
            latestForms.put((String) form.get("form_key"), form);
        }
        int forms = 0;
        for (Map.Entry<String, Integer> form : formVersions.entrySet()) {
            if (form.getValue() == 0) {
                continue; // listed from the jar without being deployed (test contexts): not the engine's to take away
            }
            Map<String, Object> latest = latestForms.get(form.getKey());
            if (latest == null || ((Number) latest.get("version")).intValue() < form.getValue()) {
                facts.formDeleted(form.getKey(), latest == null ? null : deployedModel(latest));
                forms++;
            }
        }
        if (processes + forms > 0) {
            log.info("Catalog: {} process models and {} forms deleted from the engine superseded or removed", processes, forms);
        }
    }

    private ProcedureFacts.DeployedModel deployedModel(Map<String, Object> row) {
        String resourceName = (String) row.get("resource_name");
        byte[] bytes = jdbc.queryForObject("select BYTES_ from ACT_GE_BYTEARRAY where DEPLOYMENT_ID_ = ? and NAME_ = ?",
                byte[].class, row.get("deployment_id"), resourceName);
        return new ProcedureFacts.DeployedModel(resourceName, bytes, (String) row.get("id"),
                ((Number) row.get("version")).intValue());
    }

    /** Also called when the engine re-reads an old deployment into its cache: only new deployments are recorded. */
    void record(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, ResourceEntity> resources = deployment.getResources();
        for (ProcessDefinition definition : orNone(deployment.getDeployedProcessDefinitions())) {
            ResourceEntity resource = resources.get(definition.getResourceName());
            if (resource != null) {
                facts.processDeployed(resource.getName(), resource.getBytes(), definition.getId(), definition.getVersion());
            }
        }
        for (CamundaFormDefinitionEntity form : orNone(deployment.getDeployedArtifacts(CamundaFormDefinitionEntity.class))) {
            ResourceEntity resource = resources.get(form.getResourceName());
            if (resource != null) {
                facts.formDeployed(resource.getName(), resource.getBytes(), form.getVersion());
            }
        }
    }

    /**
     * Records the latest deployed procedures and forms the catalog has no facts of: deployments made before the
     * catalog was written at deployment time. Costs two queries when nothing is missing.
     */
    void fillGaps(RepositoryService repository) {
        Set<String> recorded = facts.recordedDefinitionIds();
        int processes = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKeyLike("tthc-%").latestVersion().list()) {
            if (!recorded.contains(definition.getId())) {
                facts.processDeployed(definition.getResourceName(),
                        bytes(repository, definition.getDeploymentId(), definition.getResourceName()),
                        definition.getId(), definition.getVersion());
                processes++;
            }
        }
        Map<String, Integer> formVersions = facts.recordedFormVersions();
        int forms = 0;
        List<Map<String, Object>> latestForms = jdbc.queryForList("""
                select f.KEY_ as form_key, f.VERSION_ as version, f.DEPLOYMENT_ID_ as deployment_id,
                       f.RESOURCE_NAME_ as resource_name from ACT_RE_CAMFORMDEF f
                where f.VERSION_ = (select max(g.VERSION_) from ACT_RE_CAMFORMDEF g where g.KEY_ = f.KEY_)""");
        for (Map<String, Object> form : latestForms) {
            int latest = ((Number) form.get("version")).intValue();
            Integer version = formVersions.get((String) form.get("form_key"));
            if (version == null || version < latest) {
                String name = (String) form.get("resource_name");
                facts.formDeployed(name, bytes(repository, (String) form.get("deployment_id"), name), latest);
                forms++;
            }
        }
        if (processes + forms > 0) {
            log.info("Catalog: facts of {} process models and {} forms deployed before V55 recorded", processes, forms);
        }
    }

    /** The engine answers null, not an empty list, for a kind of model a deployment does not hold. */
    private static <T> List<T> orNone(List<T> deployed) {
        return deployed == null ? List.of() : deployed;
    }

    private static byte[] bytes(RepositoryService repository, String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
