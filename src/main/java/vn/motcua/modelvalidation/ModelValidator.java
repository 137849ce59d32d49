package vn.motcua.modelvalidation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcessVariables;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the models the application would deploy ({@code processes/**\/*.bpmn}, {@code decisions/**\/*.dmn},
 * {@code forms/**\/*.form}), alone and against each other, and returns a {@link Finding} per problem (file, element,
 * reason in Vietnamese and English). Works on files ({@link ModelResource#loadTree}) or on a deployment in memory,
 * with what is already deployed passed as {@link KnownModels}.
 *
 * <p>Per model:
 * <ul>
 *   <li>BPMN parses with the engine's model API and validates against the schema ({@code Bpmn.readModelFromStream},
 *       {@code Bpmn.validateModel}); a diagram exists with a shape per flow node and an edge per sequence flow; every
 *       process has a history time to live (the engine refuses a deployment without one) and a name the engine can
 *       store (255 characters); every user task has candidate groups and a Camunda Form ({@code formRef}).</li>
 *   <li>A procedure process (one with {@code motcua.code}) has id {@code tthc-<code>}, a known level, limits that
 *       parse as {@link TimeLimit} and fees that are whole VND amounts, per channel of {@link Channel}.</li>
 *   <li>DMN parses with the model API and with the DMN engine
 *       ({@code DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine().parseDecisions}); it has a
 *       DMNDI shape per decision and a history time to live; an authority decision ({@code authority-*}) has the
 *       routing outputs and evaluates for a commune and for the provincial centre without error.</li>
 *   <li>A form is a JSON object with an {@code id} and unique field keys.</li>
 * </ul>
 * Across the set (plus {@link KnownModels}): no duplicate process, decision or form id, no procedure code on two
 * processes; every referenced form, decision and called process exists; every procedure has its decision
 * {@code authority-<code>} and its intake form, whose keys are not lifecycle variable names.
 */
public final class ModelValidator {

    /** Outputs every authority decision gives (the procedure models map them to process variables). */
    public static final List<String> ROUTING_OUTPUTS = List.of(ProcessVariables.COMPETENT_UNIT_CODE,
            ProcessVariables.RECEIVER_GROUP, ProcessVariables.SPECIALIST_GROUP, ProcessVariables.LEADER_GROUP);

    /** Largest name the engine stores (ACT_RE_PROCDEF.NAME_, ACT_RE_DECISION_DEF.NAME_ are varchar(255)). */
    public static final int MAX_NAME = 255;

    private static final String CODE = "motcua.code";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile DmnEngine dmnEngine;

    private final KnownModels known;

    public ModelValidator() {
        this(KnownModels.NONE);
    }

    /** @param known what already exists besides the resources to validate (e.g. the deployed models) */
    public ModelValidator(KnownModels known) {
        this.known = known;
    }

    /** Every problem of the given resources, sorted by resource, element and message. */
    public List<Finding> validate(Collection<ModelResource> resources) {
        List<Finding> findings = new ArrayList<>();
        List<ParsedBpmn> processes = new ArrayList<>();
        List<ParsedDmn> decisions = new ArrayList<>();
        List<ParsedForm> forms = new ArrayList<>();
        for (ModelResource resource : resources) {
            switch (resource.kind()) {
                case BPMN -> {
                    ParsedBpmn parsed = parseBpmn(resource, findings);
                    if (parsed != null) {
                        processes.add(parsed);
                        checkBpmn(parsed, findings);
                    }
                }
                case DMN -> {
                    ParsedDmn parsed = parseDmn(resource, findings);
                    if (parsed != null) {
                        decisions.add(parsed);
                    }
                }
                case FORM -> {
                    ParsedForm parsed = parseForm(resource, findings);
                    if (parsed != null) {
                        forms.add(parsed);
                    }
                }
                case OTHER -> { }
            }
        }
        crossCheck(processes, decisions, forms, findings);
        findings.sort(Comparator.comparing(Finding::resource).thenComparing(Finding::element).thenComparing(Finding::messageEn));
        return List.copyOf(findings);
    }

    // ---- BPMN ----

    private record ParsedBpmn(ModelResource resource, BpmnModelInstance model, List<Process> processes) {
    }

    private static ParsedBpmn parseBpmn(ModelResource resource, List<Finding> findings) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
        } catch (RuntimeException e) {
            findings.add(new Finding(resource.name(), "", "không đọc được BPMN: " + message(e), "BPMN cannot be parsed: " + message(e)));
            return null;
        }
        try {
            Bpmn.validateModel(model);
        } catch (RuntimeException e) {
            findings.add(new Finding(resource.name(), "", "BPMN không hợp lệ theo lược đồ: " + message(e),
                    "BPMN is not valid against the schema: " + message(e)));
        }
        return new ParsedBpmn(resource, model, List.copyOf(model.getModelElementsByType(Process.class)));
    }

    private static void checkBpmn(ParsedBpmn bpmn, List<Finding> findings) {
        String file = bpmn.resource().name();
        BpmnModelInstance model = bpmn.model();
        for (Process process : bpmn.processes()) {
            if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                findings.add(new Finding(file, process.getId(), "thiếu camunda:historyTimeToLive: engine từ chối triển khai",
                        "no camunda:historyTimeToLive: the engine refuses the deployment"));
            }
            if (process.getName() != null && process.getName().length() > MAX_NAME) {
                findings.add(new Finding(file, process.getId(), "tên quy trình dài hơn " + MAX_NAME + " ký tự: engine không lưu được",
                        "process name longer than " + MAX_NAME + " characters: the engine cannot store it"));
            }
            Map<String, String> properties = properties(process);
            if (properties.containsKey(CODE)) {
                checkCatalogFacts(file, process, properties, findings);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaCandidateGroups())) {
                findings.add(new Finding(file, task.getId(), "nhiệm vụ người dùng không có nhóm ứng viên (candidateGroups)",
                        "user task has no candidate groups"));
            }
            if (blank(task.getCamundaFormRef())) {
                findings.add(new Finding(file, task.getId(), "nhiệm vụ người dùng không có biểu mẫu (camunda:formRef)",
                        "user task has no form (camunda:formRef)"));
            }
        }
        List<BpmnDiagram> diagrams = List.copyOf(model.getModelElementsByType(BpmnDiagram.class));
        if (diagrams.isEmpty()) {
            findings.add(new Finding(file, "", "không có sơ đồ (BPMNDiagram): Modeler không hiển thị được",
                    "no diagram (BPMNDiagram): Modeler cannot show it"));
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
                findings.add(new Finding(file, node.getId(), "phần tử không có hình trên sơ đồ (BPMNShape)",
                        "flow node has no shape in the diagram (BPMNShape)"));
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                findings.add(new Finding(file, flow.getId(), "luồng không có cạnh trên sơ đồ (BPMNEdge)",
                        "sequence flow has no edge in the diagram (BPMNEdge)"));
            }
        }
    }

    private static void checkCatalogFacts(String file, Process process, Map<String, String> p, List<Finding> findings) {
        String code = p.get(CODE);
        String id = process.getId();
        if (blank(code)) {
            findings.add(new Finding(file, id, "motcua.code rỗng", "motcua.code is empty"));
            return;
        }
        if (!id.equals("tthc-" + code.strip())) {
            findings.add(new Finding(file, id, "mã quy trình phải là tthc-" + code + " (theo motcua.code)",
                    "the process id must be tthc-" + code + " (from motcua.code)"));
        }
        String level = p.get("motcua.level");
        if (!"COMMUNE".equals(level) && !"PROVINCE".equals(level)) {
            findings.add(new Finding(file, id, "motcua.level phải là COMMUNE hoặc PROVINCE, đang là \"" + level + "\"",
                    "motcua.level must be COMMUNE or PROVINCE, is \"" + level + "\""));
        }
        Set<String> channels = Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet());
        p.forEach((name, value) -> {
            if (name.startsWith("motcua.limit.") || name.startsWith("motcua.fee.")) {
                String channel = name.substring(name.lastIndexOf('.') + 1);
                if (!channels.contains(channel)) {
                    findings.add(new Finding(file, id, name + ": kênh không tồn tại (COUNTER, ONLINE, POSTAL)",
                            name + ": unknown channel (COUNTER, ONLINE, POSTAL)"));
                }
            }
            if (name.startsWith("motcua.limit.")) {
                try {
                    TimeLimit.parse(value);
                } catch (IllegalArgumentException e) {
                    findings.add(new Finding(file, id, name + " không phải thời hạn (vd. 5WD, 30CD, 0WD): \"" + value + "\"",
                            name + " is not a time limit (e.g. 5WD, 30CD, 0WD): \"" + value + "\""));
                }
            }
            if (name.startsWith("motcua.fee.") && (value == null || !value.strip().matches("\\d{1,15}"))) {
                findings.add(new Finding(file, id, name + " không phải số tiền (đồng, số nguyên): \"" + value + "\"",
                        name + " is not an amount (whole VND): \"" + value + "\""));
            }
        });
    }

    // ---- DMN ----

    private record ParsedDmn(ModelResource resource, List<Decision> decisions) {
    }

    private static ParsedDmn parseDmn(ModelResource resource, List<Finding> findings) {
        String file = resource.name();
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
        } catch (RuntimeException e) {
            findings.add(new Finding(file, "", "không đọc được DMN: " + message(e), "DMN cannot be parsed: " + message(e)));
            return null;
        }
        List<DmnDecision> parsed;
        try {
            parsed = dmnEngine().parseDecisions(model);
        } catch (RuntimeException e) {
            findings.add(new Finding(file, "", "DMN engine không đọc được bảng quyết định: " + message(e),
                    "the DMN engine cannot parse the decisions: " + message(e)));
            parsed = List.of();
        }
        List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
        Set<String> shapes = dmnShapes(model);
        for (Decision decision : decisions) {
            String id = decision.getId();
            if (!shapes.contains(id)) {
                findings.add(new Finding(file, id, "bảng quyết định không có hình DMNDI (DMNShape): Modeler không hiển thị được",
                        "decision has no DMNDI shape (DMNShape): Modeler cannot show it"));
            }
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                findings.add(new Finding(file, id, "thiếu camunda:historyTimeToLive: engine từ chối triển khai",
                        "no camunda:historyTimeToLive: the engine refuses the deployment"));
            }
            if (decision.getName() != null && decision.getName().length() > MAX_NAME) {
                findings.add(new Finding(file, id, "tên bảng quyết định dài hơn " + MAX_NAME + " ký tự: engine không lưu được",
                        "decision name longer than " + MAX_NAME + " characters: the engine cannot store it"));
            }
            if (id.startsWith("authority-") && decision.getExpression() instanceof DecisionTable table) {
                Set<String> outputs = table.getOutputs().stream().map(Output::getName).collect(Collectors.toSet());
                for (String output : ROUTING_OUTPUTS) {
                    if (!outputs.contains(output)) {
                        findings.add(new Finding(file, id, "bảng thẩm quyền thiếu đầu ra " + output,
                                "authority decision lacks the output " + output));
                    }
                }
            }
        }
        for (DmnDecision decision : parsed) {
            if (decision.getKey().startsWith("authority-") && decision.isDecisionTable()) {
                evaluate(file, decision, "H36.24781", "COMMUNE", findings);
                evaluate(file, decision, "H36.20", "PROVINCE", findings);
            }
        }
        return new ParsedDmn(resource, decisions);
    }

    private static void evaluate(String file, DmnDecision decision, String unit, String level, List<Finding> findings) {
        try {
            DmnDecisionResult result = dmnEngine().evaluateDecision(decision, Variables.createVariables()
                    .putValue(ProcessVariables.RECEIVING_UNIT_CODE, unit).putValue(ProcessVariables.RECEIVING_UNIT_LEVEL, level));
            for (DmnDecisionResultEntries entries : result) {
                for (String output : ROUTING_OUTPUTS) {
                    if (entries.containsKey(output) && !(entries.get(output) instanceof String)) {
                        findings.add(new Finding(file, decision.getKey(), "đầu ra " + output + " không phải chuỗi khi tiếp nhận tại " + unit,
                                "output " + output + " is not a string when received at " + unit));
                    }
                }
            }
        } catch (RuntimeException e) {
            findings.add(new Finding(file, decision.getKey(), "lỗi khi đánh giá với điểm tiếp nhận " + unit + " (" + level + "): " + message(e),
                    "evaluation fails for receiving point " + unit + " (" + level + "): " + message(e)));
        }
    }

    /** The decisions drawn in the model's DMNDI (read from the model's own DOM: no second parse). */
    private static Set<String> dmnShapes(DmnModelInstance model) {
        Set<String> shapes = new HashSet<>();
        for (DomElement child : model.getDocument().getRootElement().getChildElements()) {
            if ("DMNDI".equals(child.getLocalName())) {
                collectShapes(child, shapes);
            }
        }
        return shapes;
    }

    private static void collectShapes(DomElement element, Set<String> shapes) {
        for (DomElement child : element.getChildElements()) {
            if ("DMNShape".equals(child.getLocalName())) {
                String ref = child.getAttribute("dmnElementRef");
                if (ref != null) {
                    shapes.add(ref.startsWith("#") ? ref.substring(1) : ref);
                }
            } else {
                collectShapes(child, shapes);
            }
        }
    }

    private static DmnEngine dmnEngine() {
        DmnEngine engine = dmnEngine;
        if (engine == null) {
            synchronized (ModelValidator.class) {
                engine = dmnEngine;
                if (engine == null) {
                    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
                    dmnEngine = engine;
                }
            }
        }
        return engine;
    }

    // ---- forms ----

    private record ParsedForm(ModelResource resource, String id, List<String> keys) {
    }

    private static ParsedForm parseForm(ModelResource resource, List<Finding> findings) {
        String file = resource.name();
        JsonNode form;
        try {
            form = JSON.readTree(resource.content());
        } catch (Exception e) {
            findings.add(new Finding(file, "", "không đọc được biểu mẫu (JSON): " + message(e), "form cannot be parsed (JSON): " + message(e)));
            return null;
        }
        if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
            findings.add(new Finding(file, "", "biểu mẫu phải là đối tượng JSON có \"id\"", "a form must be a JSON object with an \"id\""));
            return null;
        }
        String id = form.path("id").asText();
        if (!form.path("components").isArray()) {
            findings.add(new Finding(file, id, "biểu mẫu không có \"components\"", "the form has no \"components\""));
        }
        List<String> keys = new ArrayList<>();
        collectKeys(form.path("components"), keys);
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                findings.add(new Finding(file, key, "khóa trường bị trùng trong biểu mẫu", "field key used twice in the form"));
            }
        }
        return new ParsedForm(resource, id, keys);
    }

    private static void collectKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.path("key").isTextual()) {
                keys.add(component.path("key").asText());
            }
            if (component.has("components")) {
                collectKeys(component.path("components"), keys);
            }
        }
    }

    // ---- across the set ----

    private void crossCheck(List<ParsedBpmn> bpmns, List<ParsedDmn> dmns, List<ParsedForm> forms, List<Finding> findings) {
        Map<String, List<String>> processOwners = new TreeMap<>();
        Map<String, List<String>> codeOwners = new TreeMap<>();
        for (ParsedBpmn bpmn : bpmns) {
            for (Process process : bpmn.processes()) {
                processOwners.computeIfAbsent(process.getId(), k -> new ArrayList<>()).add(bpmn.resource().name());
                String code = properties(process).get(CODE);
                if (!blank(code)) {
                    codeOwners.computeIfAbsent(code.strip(), k -> new ArrayList<>()).add(process.getId());
                }
            }
        }
        Map<String, List<String>> decisionOwners = new TreeMap<>();
        for (ParsedDmn dmn : dmns) {
            dmn.decisions().forEach(d -> decisionOwners.computeIfAbsent(d.getId(), k -> new ArrayList<>()).add(dmn.resource().name()));
        }
        Map<String, List<ParsedForm>> formOwners = new TreeMap<>();
        forms.forEach(f -> formOwners.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f));

        duplicates("quy trình", "process", processOwners, findings);
        duplicates("bảng quyết định", "decision", decisionOwners, findings);
        Map<String, List<String>> formFiles = new TreeMap<>();
        formOwners.forEach((id, list) -> formFiles.put(id, list.stream().map(f -> f.resource().name()).toList()));
        duplicates("biểu mẫu", "form", formFiles, findings);

        Set<String> processIds = union(processOwners.keySet(), known.processIds());
        Set<String> decisionIds = union(decisionOwners.keySet(), known.decisionIds());
        Set<String> formIds = union(formOwners.keySet(), known.formIds());
        Set<String> reserved = reservedVariableNames();

        for (ParsedBpmn bpmn : bpmns) {
            String file = bpmn.resource().name();
            BpmnModelInstance model = bpmn.model();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                reference(file, task.getId(), task.getCamundaFormRef(), formIds, "biểu mẫu", "form", findings);
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                reference(file, start.getId(), start.getCamundaFormRef(), formIds, "biểu mẫu", "form", findings);
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                reference(file, task.getId(), task.getCamundaDecisionRef(), decisionIds, "bảng quyết định", "decision", findings);
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                reference(file, call.getId(), call.getCalledElement(), processIds, "quy trình được gọi", "called process", findings);
            }
            for (Process process : bpmn.processes()) {
                String code = properties(process).get(CODE);
                if (blank(code)) {
                    continue;
                }
                code = code.strip();
                List<String> owners = new ArrayList<>(codeOwners.getOrDefault(code, List.of()));
                String knownOwner = known.procedureCodes().get(code);
                if (knownOwner != null && !owners.contains(knownOwner)) {
                    owners.add(knownOwner);
                }
                if (owners.size() > 1) {
                    findings.add(new Finding(file, process.getId(), "mã thủ tục " + code + " trùng ở các quy trình " + owners,
                            "procedure code " + code + " is used by the processes " + owners));
                }
                String decision = "authority-" + code;
                if (!decisionIds.contains(decision)) {
                    findings.add(new Finding(file, process.getId(), "thủ tục không có bảng quyết định thẩm quyền " + decision,
                            "the procedure has no authority decision " + decision));
                }
                StartEvent intake = noneStart(process);
                String form = intake == null ? null : intake.getCamundaFormRef();
                if (blank(form)) {
                    findings.add(new Finding(file, intake == null ? process.getId() : intake.getId(),
                            "thủ tục không có biểu mẫu tiếp nhận (camunda:formRef trên sự kiện bắt đầu)",
                            "the procedure has no intake form (camunda:formRef on its start event)"));
                } else {
                    for (ParsedForm f : formOwners.getOrDefault(form, List.of())) {
                        for (String key : f.keys()) {
                            if (reserved.contains(key)) {
                                findings.add(new Finding(f.resource().name(), key,
                                        "khóa trường của biểu mẫu tiếp nhận trùng tên biến của quy trình (ProcessVariables)",
                                        "intake form key is a lifecycle process variable name (ProcessVariables)"));
                            }
                        }
                    }
                }
            }
        }
    }

    private static StartEvent noneStart(Process process) {
        for (ModelElementInstance child : process.getChildElementsByType(StartEvent.class)) {
            StartEvent start = (StartEvent) child;
            if (start.getEventDefinitions().isEmpty()) {
                return start;
            }
        }
        return null;
    }

    private static void reference(String file, String element, String ref, Set<String> existing, String whatVi,
                                  String whatEn, List<Finding> findings) {
        if (blank(ref) || ref.contains("${") || ref.contains("#{")) {
            return;
        }
        if (!existing.contains(ref)) {
            findings.add(new Finding(file, element, "không có " + whatVi + " " + ref, "no " + whatEn + " " + ref + " exists"));
        }
    }

    private static void duplicates(String whatVi, String whatEn, Map<String, List<String>> owners, List<Finding> findings) {
        owners.forEach((id, files) -> {
            if (files.size() > 1) {
                for (String file : new TreeSet<>(files)) {
                    findings.add(new Finding(file, id, "mã " + whatVi + " " + id + " trùng ở " + files,
                            "duplicate " + whatEn + " id " + id + " in " + files));
                }
            }
        });
    }

    // ---- helpers ----

    /** The ids and procedure codes that the resources define (see {@link KnownModels#of}). */
    static KnownModels definitions(Collection<ModelResource> resources) {
        Set<String> processes = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        Set<String> forms = new HashSet<>();
        Map<String, String> codes = new HashMap<>();
        List<Finding> ignored = new ArrayList<>();
        for (ModelResource resource : resources) {
            switch (resource.kind()) {
                case BPMN -> {
                    ParsedBpmn parsed = parseBpmn(resource, ignored);
                    if (parsed != null) {
                        for (Process p : parsed.processes()) {
                            processes.add(p.getId());
                            String code = properties(p).get(CODE);
                            if (!blank(code)) {
                                codes.putIfAbsent(code.strip(), p.getId());
                            }
                        }
                    }
                }
                case DMN -> {
                    try {
                        Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()))
                                .getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
                    } catch (RuntimeException e) {
                        // not a definition
                    }
                }
                case FORM -> {
                    try {
                        JsonNode id = JSON.readTree(resource.content()).path("id");
                        if (id.isTextual()) {
                            forms.add(id.asText());
                        }
                    } catch (Exception e) {
                        // not a definition
                    }
                }
                case OTHER -> { }
            }
        }
        return new KnownModels(processes, decisions, forms, codes);
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

    /** The lifecycle's process variable names: an intake form key must not be one of them. */
    static Set<String> reservedVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : ProcessVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String message(Throwable e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
        }
        String m = best == null ? e.getClass().getSimpleName() : best.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 299) + "…" : m;
    }
}
