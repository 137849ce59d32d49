package vn.motcua.modelvalidation.internal;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.modelvalidation.KnownModels;
import vn.motcua.modelvalidation.internal.DmnValidator.ParsedDmn;
import vn.motcua.modelvalidation.internal.FormValidator.ParsedForm;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static vn.motcua.modelvalidation.internal.Findings.blank;

/**
 * The files against each other, plus what is already known ({@link KnownModels}): no process, decision or form id
 * twice, no procedure code on two processes; every form a task or start event names, every decision a business rule
 * task names and every process a call activity calls exists; every procedure has its authority decision
 * {@code authority-<code>} and an intake form, whose keys are not lifecycle variable names (a form field would
 * overwrite the variable). References made of expressions ({@code ${…}}, {@code #{…}}) are resolved at run time and
 * not checked.
 */
final class CrossSetValidator {

    /** The lifecycle's process variable names: an intake form key must not be one of them. */
    private static final Set<String> RESERVED = reservedVariableNames();

    private final KnownModels known;

    CrossSetValidator(KnownModels known) {
        this.known = known;
    }

    void check(List<ParsedBpmn> bpmns, List<ParsedDmn> dmns, List<ParsedForm> forms, Findings findings) {
        Map<String, List<String>> processOwners = new TreeMap<>();
        Map<String, List<String>> codeOwners = new TreeMap<>();
        for (ParsedBpmn bpmn : bpmns) {
            for (Process process : bpmn.processes()) {
                processOwners.computeIfAbsent(process.getId(), k -> new ArrayList<>()).add(bpmn.file());
                String code = ParsedBpmn.procedureCode(process);
                if (code != null) {
                    codeOwners.computeIfAbsent(code, k -> new ArrayList<>()).add(process.getId());
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
        for (ParsedBpmn bpmn : bpmns) {
            checkReferences(bpmn, processIds, decisionIds, formIds, findings);
            for (Process process : bpmn.processes()) {
                String code = ParsedBpmn.procedureCode(process);
                if (code != null) {
                    checkProcedure(bpmn.file(), process, code, codeOwners, decisionIds, formOwners, findings);
                }
            }
        }
    }

    private static void checkReferences(ParsedBpmn bpmn, Set<String> processIds, Set<String> decisionIds,
                                        Set<String> formIds, Findings findings) {
        String file = bpmn.file();
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
    }

    /** A procedure's process: its code is its own, its authority decision and its intake form exist. */
    private void checkProcedure(String file, Process process, String code, Map<String, List<String>> codeOwners,
                                Set<String> decisionIds, Map<String, List<ParsedForm>> formOwners, Findings findings) {
        List<String> owners = new ArrayList<>(codeOwners.getOrDefault(code, List.of()));
        String knownOwner = known.procedureCodes().get(code);
        if (knownOwner != null && !owners.contains(knownOwner)) {
            owners.add(knownOwner);
        }
        if (owners.size() > 1) {
            findings.add(file, process.getId(), "mã thủ tục " + code + " trùng ở các quy trình " + owners,
                    "procedure code " + code + " is used by the processes " + owners);
        }
        String decision = "authority-" + code;
        if (!decisionIds.contains(decision)) {
            findings.add(file, process.getId(), "thủ tục không có bảng quyết định thẩm quyền " + decision,
                    "the procedure has no authority decision " + decision);
        }
        StartEvent intake = noneStart(process);
        String form = intake == null ? null : intake.getCamundaFormRef();
        if (blank(form)) {
            findings.add(file, intake == null ? process.getId() : intake.getId(),
                    "thủ tục không có biểu mẫu tiếp nhận (camunda:formRef trên sự kiện bắt đầu)",
                    "the procedure has no intake form (camunda:formRef on its start event)");
            return;
        }
        for (ParsedForm f : formOwners.getOrDefault(form, List.of())) {
            for (String key : f.keys()) {
                if (RESERVED.contains(key)) {
                    findings.add(f.resource().name(), key,
                            "khóa trường của biểu mẫu tiếp nhận trùng tên biến của quy trình (ProcessVariables)",
                            "intake form key is a lifecycle process variable name (ProcessVariables)");
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
                                  String whatEn, Findings findings) {
        if (blank(ref) || ref.contains("${") || ref.contains("#{")) {
            return;
        }
        if (!existing.contains(ref)) {
            findings.add(file, element, "không có " + whatVi + " " + ref, "no " + whatEn + " " + ref + " exists");
        }
    }

    private static void duplicates(String whatVi, String whatEn, Map<String, List<String>> owners, Findings findings) {
        owners.forEach((id, files) -> {
            if (files.size() > 1) {
                for (String file : new TreeSet<>(files)) {
                    findings.add(file, id, "mã " + whatVi + " " + id + " trùng ở " + files,
                            "duplicate " + whatEn + " id " + id + " in " + files);
                }
            }
        });
    }

    private static Set<String> reservedVariableNames() {
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
        // the authority decision's place inputs are the documented contract an intake form may carry (the applicant
        // gives the commune of residence or of the land), so a form that asks for them is right, not a clash
        names.removeAll(ProcessVariables.PLACE_INPUTS);
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
