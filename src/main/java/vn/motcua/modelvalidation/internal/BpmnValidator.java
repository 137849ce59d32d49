package vn.motcua.modelvalidation.internal;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.TermsProperties;
import vn.motcua.modelvalidation.ModelResource;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.motcua.modelvalidation.internal.Findings.blank;

/**
 * One BPMN file on its own: it parses and validates against the schema with the engine's model API; it has a diagram
 * with a shape per flow node and an edge per sequence flow; every process has a history time to live and a name the
 * engine can store; every user task has candidate groups and a form. A procedure's process ({@code motcua.code}) has
 * the id {@code tthc-<code>}, a known level, and limits and fees per existing channel that parse.
 */
final class BpmnValidator {

    private BpmnValidator() {
    }

    /** The file's model, or null (and a finding) when the model API cannot read it. */
    static ParsedBpmn parse(ModelResource resource, Findings findings) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
        } catch (RuntimeException e) {
            findings.add(resource.name(), "", "không đọc được BPMN", "BPMN cannot be parsed", e);
            return null;
        }
        try {
            Bpmn.validateModel(model);
        } catch (RuntimeException e) {
            findings.add(resource.name(), "", "BPMN không hợp lệ theo lược đồ", "BPMN is not valid against the schema", e);
        }
        return new ParsedBpmn(resource, model, List.copyOf(model.getModelElementsByType(Process.class)));
    }

    static void check(ParsedBpmn bpmn, Findings findings) {
        String file = bpmn.file();
        for (Process process : bpmn.processes()) {
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                findings.noHistoryTimeToLive(file, process.getId());
            }
            findings.nameTooLong(file, process.getId(), process.getName(), "quy trình", "process");
            Map<String, String> properties = ParsedBpmn.properties(process);
            if (properties.containsKey(ParsedBpmn.CODE)) {
                checkCatalogFacts(file, process, properties, findings);
            }
        }
        for (UserTask task : bpmn.model().getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaCandidateGroups())) {
                findings.add(file, task.getId(), "nhiệm vụ người dùng không có nhóm ứng viên (candidateGroups)",
                        "user task has no candidate groups");
            }
            if (blank(task.getCamundaFormRef())) {
                findings.add(file, task.getId(), "nhiệm vụ người dùng không có biểu mẫu (camunda:formRef)",
                        "user task has no form (camunda:formRef)");
            }
        }
        checkDiagram(file, bpmn.model(), findings);
    }

    /** Modeler shows only what the diagram draws: a model without it, or an element missing from it, is hidden. */
    private static void checkDiagram(String file, BpmnModelInstance model, Findings findings) {
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            findings.add(file, "", "không có sơ đồ (BPMNDiagram): Modeler không hiển thị được",
                    "no diagram (BPMNDiagram): Modeler cannot show it");
            return;
        }
        Set<String> shapes = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                shapes.add(shape.getBpmnElement().getId());
            }
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                edges.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                findings.add(file, node.getId(), "phần tử không có hình trên sơ đồ (BPMNShape)",
                        "flow node has no shape in the diagram (BPMNShape)");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                findings.add(file, flow.getId(), "luồng không có cạnh trên sơ đồ (BPMNEdge)",
                        "sequence flow has no edge in the diagram (BPMNEdge)");
            }
        }
    }

    /** The catalog facts a procedure's process carries as properties, read by the catalog when it is deployed. */
    private static void checkCatalogFacts(String file, Process process, Map<String, String> p, Findings findings) {
        String code = p.get(ParsedBpmn.CODE);
        String id = process.getId();
        if (blank(code)) {
            findings.add(file, id, "motcua.code rỗng", "motcua.code is empty");
            return;
        }
        if (!id.equals("tthc-" + code.strip())) {
            findings.add(file, id, "mã quy trình phải là tthc-" + code + " (theo motcua.code)",
                    "the process id must be tthc-" + code + " (from motcua.code)");
        }
        String level = p.get("motcua.level");
        if (!"COMMUNE".equals(level) && !"PROVINCE".equals(level)) {
            findings.add(file, id, "motcua.level phải là COMMUNE hoặc PROVINCE, đang là \"" + level + "\"",
                    "motcua.level must be COMMUNE or PROVINCE, is \"" + level + "\"");
        }
        Set<String> channels = Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet());
        p.forEach((name, value) -> {
            if (name.startsWith("motcua.limit.") || name.startsWith("motcua.fee.") || name.startsWith(TermsProperties.FEE_DISCOUNT)) {
                String channel = name.substring(name.lastIndexOf('.') + 1);
                if (!channels.contains(channel)) {
                    findings.add(file, id, name + ": kênh không tồn tại (COUNTER, ONLINE, POSTAL)",
                            name + ": unknown channel (COUNTER, ONLINE, POSTAL)");
                }
            }
            if (name.startsWith(TermsProperties.FEE_DISCOUNT)) {
                try {
                    TermsProperties.discounts(value);
                } catch (IllegalArgumentException e) {
                    findings.add(file, id, name + " không phải mức giảm (vd. 50%:2025-01-01/2025-12-31): \"" + value + "\"",
                            name + " is not a discount (e.g. 50%:2025-01-01/2025-12-31): \"" + value + "\"");
                }
            }
            if (name.startsWith("motcua.limit.") && !TermsProperties.UNPUBLISHED.equals(value == null ? null : value.strip())) {
                try {
                    TimeLimit.parse(value);
                } catch (IllegalArgumentException e) {
                    findings.add(file, id, name + " không phải thời hạn (vd. 5WD, 30CD, 0WD): \"" + value + "\"",
                            name + " is not a time limit (e.g. 5WD, 30CD, 0WD): \"" + value + "\"");
                }
            }
            if (name.startsWith("motcua.fee.") && !TermsProperties.validFee(value)) {
                findings.add(file, id, name + " không phải số tiền (đồng, số nguyên), UNKNOWN hay PROVINCIAL: \"" + value + "\"",
                        name + " is not an amount (whole VND), UNKNOWN or PROVINCIAL: \"" + value + "\"");
            }
        });
    }
}
