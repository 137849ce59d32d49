package vn.motcua.catalog;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.internal.CatalogTables;

import java.util.Map;
import java.util.Set;

/**
 * Where the catalog learns what was deployed. The engine adapter calls it from inside each deployment, in the
 * deployment's own transaction, with the models the engine has just stored: so the catalog (portal, API, fees, due
 * dates) follows the latest deployed version of every procedure on every node, whether the model came from the
 * application's jar or from Camunda Modeler, and a deployment that fails leaves the catalog as it was.
 *
 * <p>Each fact is read where the analyst edits it: limits, fees, field, level and agency from the process model's
 * {@code motcua.*} properties; the fields and the documents asked for from the intake form.
 */
@Component
public class ProcedureFacts {

    private final CatalogTables tables;

    ProcedureFacts(CatalogTables tables) {
        this.tables = tables;
    }

    /**
     * A process model the engine deployed as {@code definitionId}, version {@code version}. A model that is no
     * procedure (no {@code motcua.code}) is ignored; a bad limit or fee throws, refusing the deployment.
     */
    public void processDeployed(String resourceName, byte[] bpmn, String definitionId, int version) {
        tables.recordProcess(resourceName, bpmn, definitionId, version);
    }

    /** A form the engine deployed as version {@code version}. */
    public void formDeployed(String resourceName, byte[] form, int version) {
        tables.recordForm(resourceName, form, version);
    }

    /**
     * Models left undeployed on purpose ({@code motcua.models.deploy-generated-catalog=false}, the test suite's
     * contexts): listed so the catalog still shows them, never over a deployed one.
     */
    public void listedUndeployed(Map<String, byte[]> models) {
        tables.listUndeployed(models);
    }

    /**
     * The deployed process definition {@code definitionId} the catalog holds facts of was deleted (Cockpit, REST):
     * the procedure's facts become those of the latest version still deployed, given as {@code replacement}
     * (resource name, bytes, definition id, version), or leave the catalog when {@code replacement} is null.
     */
    public void processDeleted(String definitionId, DeployedModel replacement) {
        tables.supersedeProcess(definitionId, replacement);
    }

    /** The recorded version of form {@code formKey} was deleted: the latest still deployed replaces it, or none. */
    public void formDeleted(String formKey, DeployedModel replacement) {
        tables.supersedeForm(formKey, replacement);
    }

    /** The engine's process definition ids the catalog holds facts of (to find deployments made before V55). */
    public Set<String> recordedDefinitionIds() {
        return tables.recordedDefinitionIds();
    }

    /** The engine's process definition ids the catalog holds facts of, with their process keys. */
    public Map<String, String> recordedDefinitions() {
        return tables.recordedDefinitions();
    }

    /** The recorded version of each form, by form key. */
    public Map<String, Integer> recordedFormVersions() {
        return tables.recordedFormVersions();
    }

    /**
     * A model still deployed: its resource name, bytes, the engine's definition id (null for a form) and version.
     */
    public record DeployedModel(String resourceName, byte[] bytes, String definitionId, int version) {
    }
}
