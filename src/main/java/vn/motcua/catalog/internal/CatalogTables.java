package vn.motcua.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deployed catalog's tables (V55): {@code catalog_procedure}, {@code catalog_form} and the revision every change
 * bumps. Writes run in the caller's transaction (the engine's deployment command); reads build a {@link Snapshot}
 * that a node keeps until the revision moves, so no node serves facts another node has replaced.
 */
@Component
public class CatalogTables {

    private static final Logger log = LoggerFactory.getLogger(CatalogTables.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PROPERTIES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    /** The province's limit for a channel whose source publishes none, and its People's Council fee table (data). */
    private final TimeLimit defaultLimit;
    private final ProvincialFeeTable fees;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

    CatalogTables(JdbcTemplate jdbc, Environment environment, ResourceLoader resources) {
        this.jdbc = jdbc;
        this.defaultLimit = TimeLimit.parse(environment.getProperty(ProcedureCatalog.DEFAULT_LIMIT, "10WD"));
        this.fees = ProvincialFeeTable.read(resources.getResource(
                environment.getProperty(ProcedureCatalog.PROVINCIAL_FEES, "classpath:catalog/provincial-fees.csv")));
    }

    /** Everything the catalog serves, as of one revision. */
    public record Snapshot(long revision, Map<String, Procedure> byCode, Map<String, JsonNode> forms) {
    }

    /**
     * Records a deployed procedure model unless a newer version of it is recorded. Returns false for a model that is
     * no procedure (no {@code motcua.code}: the shared lifecycle models).
     */
    public boolean recordProcess(String resourceName, byte[] bpmn, String definitionId, int version) {
        ModelMetadataReader.ProcessFacts facts = ModelMetadataReader.readProcess(bpmn, resourceName);
        if (facts.code() == null) {
            return false;
        }
        facts.terms(defaultLimit, fees); // a bad limit or fee refuses the deployment here, in its transaction
        String properties = json(facts.properties());
        Timestamp now = Timestamp.from(Instant.now());
        bumpRevision(); // first: the revision row's lock orders concurrent deployments
        List<Integer> recorded = jdbc.queryForList("select version from catalog_procedure where code = ?", Integer.class,
                facts.code());
        if (recorded.isEmpty()) {
            jdbc.update("""
                    insert into catalog_procedure (code, process_key, definition_id, version, name, decision_key, form_key,
                        properties, resource_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    facts.code(), facts.processKey(), definitionId, version, facts.officialName(), facts.decisionKey(),
                    facts.formKey(), properties, resourceName, now);
        } else if (definitionId != null && version >= recorded.get(0)) {
            jdbc.update("""
                    update catalog_procedure set process_key = ?, definition_id = ?, version = ?, name = ?, decision_key = ?,
                        form_key = ?, properties = ?, resource_name = ?, recorded_at = ? where code = ?""",
                    facts.processKey(), definitionId, version, facts.officialName(), facts.decisionKey(), facts.formKey(),
                    properties, resourceName, now, facts.code());
        }
        return true;
    }

    /** Records a deployed intake form (any form: task forms are small) unless a newer version of it is recorded. */
    public void recordForm(String resourceName, byte[] form, int version) {
        JsonNode schema = readJson(form, resourceName);
        String key = schema.path("id").asText("");
        if (key.isBlank()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        bumpRevision();
        List<Integer> recorded = jdbc.queryForList("select version from catalog_form where form_key = ?", Integer.class, key);
        String text = new String(form, StandardCharsets.UTF_8);
        if (recorded.isEmpty()) {
            jdbc.update("insert into catalog_form (form_key, version, form_schema, resource_name, recorded_at) values (?, ?, ?, ?, ?)",
                    key, version, text, resourceName, now);
        } else if (version >= recorded.get(0)) {
            jdbc.update("update catalog_form set version = ?, form_schema = ?, resource_name = ?, recorded_at = ? where form_key = ?",
                    version, text, resourceName, now, key);
        }
    }

    /**
     * Lists models that are deliberately not deployed (the test suite's contexts leave the generated catalog out) so
     * the catalog still shows them; a procedure or form already recorded is left as it is.
     */
    public void listUndeployed(Map<String, byte[]> models) {
        java.util.Set<String> codes = new java.util.HashSet<>(jdbc.queryForList("select code from catalog_procedure", String.class));
        java.util.Set<String> formKeys = new java.util.HashSet<>(jdbc.queryForList("select form_key from catalog_form", String.class));
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> procedures = new java.util.ArrayList<>();
        List<Object[]> forms = new java.util.ArrayList<>();
        models.forEach((name, bytes) -> {
            if (name.endsWith(".bpmn")) {
                ModelMetadataReader.ProcessFacts facts = ModelMetadataReader.readProcess(bytes, name);
                if (facts.code() != null && codes.add(facts.code())) {
                    procedures.add(new Object[] {facts.code(), facts.processKey(), facts.officialName(), facts.decisionKey(),
                            facts.formKey(), json(facts.properties()), name, now});
                }
            } else if (name.endsWith(".form")) {
                String key = readJson(bytes, name).path("id").asText("");
                if (!key.isBlank() && formKeys.add(key)) {
                    forms.add(new Object[] {key, new String(bytes, StandardCharsets.UTF_8), name, now});
                }
            }
        });
        if (procedures.isEmpty() && forms.isEmpty()) {
            return;
        }
        bumpRevision();
        jdbc.batchUpdate("insert into catalog_procedure (code, process_key, definition_id, version, name, decision_key, "
                + "form_key, properties, resource_name, recorded_at) values (?, ?, null, 0, ?, ?, ?, ?, ?, ?)", procedures);
        jdbc.batchUpdate("insert into catalog_form (form_key, version, form_schema, resource_name, recorded_at) values (?, 0, ?, ?, ?)",
                forms);
    }

    /**
     * The recorded procedure whose deployed definition was deleted: its facts are replaced by those of the latest
     * version still deployed ({@code replacement}, whatever its version number), or removed when none is left.
     */
    public void supersedeProcess(String definitionId, ProcedureFacts.DeployedModel replacement) {
        bumpRevision();
        if (replacement == null) {
            jdbc.update("delete from catalog_procedure where definition_id = ?", definitionId);
            return;
        }
        ModelMetadataReader.ProcessFacts facts = ModelMetadataReader.readProcess(replacement.bytes(), replacement.resourceName());
        jdbc.update("""
                update catalog_procedure set process_key = ?, definition_id = ?, version = ?, name = ?, decision_key = ?,
                    form_key = ?, properties = ?, resource_name = ?, recorded_at = ? where definition_id = ?""",
                facts.processKey(), replacement.definitionId(), replacement.version(), facts.officialName(),
                facts.decisionKey(), facts.formKey(), json(facts.properties()), replacement.resourceName(),
                Timestamp.from(Instant.now()), definitionId);
    }

    /**
     * The recorded form whose deployed version was deleted: replaced by the latest version still deployed
     * ({@code replacement}), or removed when none is left.
     */
    public void supersedeForm(String formKey, ProcedureFacts.DeployedModel replacement) {
        bumpRevision();
        if (replacement == null) {
            jdbc.update("delete from catalog_form where form_key = ?", formKey);
            return;
        }
        jdbc.update("update catalog_form set version = ?, form_schema = ?, resource_name = ?, recorded_at = ? where form_key = ?",
                replacement.version(), new String(replacement.bytes(), StandardCharsets.UTF_8), replacement.resourceName(),
                Timestamp.from(Instant.now()), formKey);
    }

    /** The engine's process definition ids the catalog was written from. */
    public java.util.Set<String> recordedDefinitionIds() {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select definition_id from catalog_procedure where definition_id is not null", String.class));
    }

    /** The engine's process definition ids the catalog was written from, with their process keys. */
    public Map<String, String> recordedDefinitions() {
        Map<String, String> keys = new HashMap<>();
        jdbc.query("select definition_id, process_key from catalog_procedure where definition_id is not null", rs -> {
            keys.put(rs.getString(1), rs.getString(2));
        });
        return keys;
    }

    /** The recorded version of each form. */
    public Map<String, Integer> recordedFormVersions() {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.query("select form_key, version from catalog_form", rs -> {
            versions.put(rs.getString(1), rs.getInt(2));
        });
        return versions;
    }

    /**
     * The catalog as of the current revision: re-read when another deployment (on any node) moved it. Within a
     * transaction, the snapshot its first look-up saw: a submission asks the catalog at each of its checks and at each
     * part its process calls, and all of them see the same facts for the price of one revision read.
     */
    public Snapshot current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return latest();
        }
        Snapshot held = (Snapshot) TransactionSynchronizationManager.getResource(snapshotKey);
        if (held != null) {
            return held;
        }
        Snapshot latest = latest();
        TransactionSynchronizationManager.bindResource(snapshotKey, latest);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            // a transaction started inside this one (REQUIRES_NEW) looks the catalog up for itself
            private Object suspended;

            @Override
            public void suspend() {
                suspended = TransactionSynchronizationManager.unbindResourceIfPossible(snapshotKey);
            }

            @Override
            public void resume() {
                if (suspended != null && !TransactionSynchronizationManager.hasResource(snapshotKey)) {
                    TransactionSynchronizationManager.bindResource(snapshotKey, suspended);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(snapshotKey);
            }
        });
        return latest;
    }

    /** The key under which a transaction keeps the snapshot it saw (one per catalog, so per application context). */
    private final Object snapshotKey = new Object();

    private Snapshot latest() {
        long revision = readRevision();
        Snapshot seen = snapshot;
        if (seen.revision() == revision) {
            return seen;
        }
        synchronized (this) {
            if (snapshot.revision() != revision) {
                snapshot = read();
            }
            return snapshot;
        }
    }

    private Snapshot read() {
        long started = System.nanoTime();
        // the revision first: a change committed while reading makes the next call read again
        long revision = readRevision();
        Map<String, JsonNode> forms = new HashMap<>();
        jdbc.query("select form_key, form_schema from catalog_form", rs -> {
            forms.put(rs.getString(1), readJson(rs.getString(2).getBytes(StandardCharsets.UTF_8), rs.getString(1)));
        });
        Map<String, Procedure> byCode = new HashMap<>();
        jdbc.query("select code, process_key, name, decision_key, form_key, properties, resource_name from catalog_procedure", rs -> {
            Map<String, String> properties = readProperties(rs.getString("properties"));
            ModelMetadataReader.ProcessFacts facts = new ModelMetadataReader.ProcessFacts(rs.getString("resource_name"),
                    rs.getString("process_key"), rs.getString("name"), rs.getString("form_key"), rs.getString("decision_key"),
                    properties);
            byCode.put(rs.getString("code"), facts.toProcedure(facts.formKey() == null ? null : forms.get(facts.formKey()), defaultLimit, fees));
        });
        Map<String, Procedure> sorted = byCode.values().stream().sorted(Comparator.comparing(Procedure::code))
                .collect(Collectors.toMap(Procedure::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        log.info("Procedure catalog revision {}: {} procedures, {} forms, read in {} ms", revision, sorted.size(),
                forms.size(), (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(revision, Collections.unmodifiableMap(sorted), Collections.unmodifiableMap(forms));
    }

    /** The deployed form with this key. */
    public Optional<JsonNode> form(String key) {
        return Optional.ofNullable(current().forms().get(key));
    }

    private void bumpRevision() {
        jdbc.update("update catalog_revision set revision = revision + 1 where id = 1");
        // this transaction sees its own change from now on
        TransactionSynchronizationManager.unbindResourceIfPossible(snapshotKey);
    }

    private long readRevision() {
        return jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
    }

    private static String json(Map<String, String> properties) {
        try {
            return JSON.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readProperties(String text) {
        try {
            return Collections.unmodifiableMap(JSON.readValue(text, PROPERTIES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bad catalog properties: " + e.getMessage(), e);
        }
    }

    private static JsonNode readJson(byte[] bytes, String name) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Form " + name + " is not JSON", e);
        }
    }
}
