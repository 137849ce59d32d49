package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.modelvalidation.Finding;
import vn.motcua.modelvalidation.KnownModels;
import vn.motcua.modelvalidation.ModelResource;
import vn.motcua.modelvalidation.ModelValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every deployment that does not come from the project tree — an analyst deploying from Camunda Modeler through
 * the engine's REST API ({@code POST /engine-rest/deployment/create}), Cockpit, any other client — runs through
 * the same {@link ModelValidator} as the build's whole-tree test, against what the engine already holds, before the
 * engine stores anything. A model with findings is refused: the engine's own {@link ParseException}, which its REST
 * API answers with 400 and, per resource, the findings (file, element, reason in Vietnamese and English) that
 * Camunda Modeler shows to the analyst. Nothing is deployed then; running dossiers are never touched by a
 * deployment anyway (each keeps the version it started with).
 *
 * <p>The models of the project tree ({@link ModelDeployment}, source {@code motcua}) are not checked again at
 * start-up: the build checks the whole tree ({@code WholeTreeIsValidTest}), and checking 4,700 models at every
 * start would cost minutes.
 */
@Component
class DeploymentValidation extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeploymentValidation.class);

    private final JdbcTemplate jdbc;

    DeploymentValidation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
    }

    /** Runs inside the engine's deployment command, in its transaction, before the engine's own deployers. */
    void check(DeploymentEntity deployment) {
        if (!deployment.isNew() || ModelDeployment.SOURCE.equals(deployment.getSource())
                || deployment.getResources() == null || deployment.getResources().isEmpty()) {
            return;
        }
        List<ModelResource> resources = deployment.getResources().values().stream()
                .map(resource -> new ModelResource(resource.getName(), resource.getBytes()))
                .toList();
        List<Finding> findings = new ModelValidator(deployed()).validate(resources);
        if (!findings.isEmpty()) {
            log.info("Deployment '{}' from '{}' refused: {}", deployment.getName(), deployment.getSource(), findings);
            throw new ModelsRefused(findings);
        }
    }

    /**
     * What the engine holds: definition keys (indexed, see {@link EngineIndexes}) and the procedure codes of the
     * processes named {@code tthc-<code>} (the validator requires that id for every procedure).
     */
    private KnownModels deployed() {
        Set<String> processes = new HashSet<>(jdbc.queryForList("select distinct KEY_ from ACT_RE_PROCDEF", String.class));
        Set<String> decisions = new HashSet<>(jdbc.queryForList("select distinct KEY_ from ACT_RE_DECISION_DEF", String.class));
        Set<String> forms = new HashSet<>(jdbc.queryForList("select distinct KEY_ from ACT_RE_CAMFORMDEF", String.class));
        Map<String, String> codes = new HashMap<>();
        for (String key : processes) {
            if (key.startsWith("tthc-")) {
                codes.put(key.substring("tthc-".length()), key);
            }
        }
        return new KnownModels(processes, decisions, forms, codes);
    }

    /** The engine's parse failure, with one report per refused resource, so its REST API shows every finding. */
    static final class ModelsRefused extends ParseException {

        ModelsRefused(List<Finding> findings) {
            super(message(findings), findings.get(0).resource(), List.of(), List.of());
            Map<String, List<Problem>> byResource = new LinkedHashMap<>();
            for (Finding finding : findings) {
                byResource.computeIfAbsent(finding.resource(), r -> new ArrayList<>()).add(new FindingProblem(finding));
            }
            List<ResourceReport> reports = new ArrayList<>();
            byResource.forEach((resource, problems) -> reports.add(new Report(resource, problems)));
            this.resorceReports = reports;
        }

        private static String message(List<Finding> findings) {
            return "Mô hình không hợp lệ, không triển khai / Invalid models, nothing deployed ("
                    + findings.size() + "): " + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
        }
    }

    private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    private record FindingProblem(Finding finding) implements Problem {
        @Override
        public String getMessage() {
            return finding.messageVi() + " / " + finding.messageEn();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return finding.element().isEmpty() ? null : finding.element();
        }

        @Override
        public List<String> getElementIds() {
            return finding.element().isEmpty() ? List.of() : List.of(finding.element());
        }
    }
}
