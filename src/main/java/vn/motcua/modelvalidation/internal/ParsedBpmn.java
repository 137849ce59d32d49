package vn.motcua.modelvalidation.internal;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import vn.motcua.modelvalidation.ModelResource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A BPMN file the model API could read, with its processes. */
record ParsedBpmn(ModelResource resource, BpmnModelInstance model, List<Process> processes) {

    /** The property that makes a process a procedure's: its code in the national catalog. */
    static final String CODE = "motcua.code";

    String file() {
        return resource.name();
    }

    /** The process's {@code camunda:property} values by name, in document order. */
    static Map<String, String> properties(Process process) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (process.getExtensionElements() == null) {
            return properties;
        }
        for (CamundaProperties list : process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : list.getCamundaProperties()) {
                if (property.getCamundaName() != null) {
                    properties.put(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return properties;
    }

    /** The process's procedure code ({@value #CODE}) without surrounding blanks, or null when it has none. */
    static String procedureCode(Process process) {
        String code = properties(process).get(CODE);
        return Findings.blank(code) ? null : code.strip();
    }
}
