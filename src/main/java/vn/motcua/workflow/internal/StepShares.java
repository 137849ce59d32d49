package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of the province's internal process ("quy trình nội bộ") and each one's share of the legal time limit.
 * The province's default is data ({@code motcua.deadlines.steps}); a procedure's model overrides it with the extension
 * property {@value #MODEL_PROPERTY} on its process, written the same way ({@code receive=5,review=70,approve=20,return=5}).
 */
final class StepShares {

    /** The extension property of a procedure's process that overrides the provincial split. */
    static final String MODEL_PROPERTY = "motcua.steps";

    /** The steps, in order; every user task of the shared lifecycle with a step deadline names one of them. */
    static final List<String> STEPS = List.of("RECEIVE", "REVIEW", "APPROVE", "RETURN");

    private StepShares() {
    }

    /**
     * Parses {@code receive=10,review=60,approve=25,return=5}: every step once, non-negative whole numbers with a
     * positive total (any unit: percentages, hours).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<Integer> parse(String text) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("Step shares \"" + text + "\": expected step=share pairs, e.g. receive=10,review=60,approve=25,return=5");
            }
            String step = pair[0].strip().toUpperCase(Locale.ROOT);
            if (!STEPS.contains(step)) {
                throw new IllegalArgumentException("Step shares \"" + text + "\": unknown step " + pair[0].strip() + " (steps: " + STEPS + ")");
            }
            try {
                int share = Integer.parseInt(pair[1].strip());
                if (share < 0 || shares.put(step, share) != null) {
                    throw new IllegalArgumentException("Step shares \"" + text + "\": " + step + " is negative or given twice");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Step shares \"" + text + "\": " + pair[1].strip() + " is not a whole number", e);
            }
        }
        if (!shares.keySet().containsAll(STEPS) || shares.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("Step shares \"" + text + "\": every step " + STEPS + " needs a share, with a positive total");
        }
        List<Integer> ordered = new ArrayList<>();
        STEPS.forEach(step -> ordered.add(shares.get(step)));
        return List.copyOf(ordered);
    }

    /** The procedure's process instance: the root process that called the shared step. */
    static DelegateExecution procedure(DelegateExecution execution) {
        DelegateExecution root = execution.getProcessInstance();
        while (root.getSuperExecution() != null) {
            root = root.getSuperExecution().getProcessInstance();
        }
        return root;
    }

    /**
     * The override in the model of the procedure (the root process that called the shared step), if any. Read from the
     * model on every call; {@link DossierDeadlines} keeps what it found per process definition.
     */
    static String modelOverride(DelegateExecution execution) {
        DelegateExecution root = procedure(execution);
        BaseElement process = root.getBpmnModelInstance().getModelElementById(root.getProcessDefinitionId().split(":")[0]);
        if (process == null) {
            return null;
        }
        ExtensionElements extensions = process.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (MODEL_PROPERTY.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }
}
