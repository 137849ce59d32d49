package vn.motcua.modelvalidation.internal;

import org.camunda.bpm.model.bpmn.instance.Process;
import vn.motcua.modelvalidation.Finding;
import vn.motcua.modelvalidation.KnownModels;
import vn.motcua.modelvalidation.ModelResource;
import vn.motcua.modelvalidation.internal.DmnValidator.ParsedDmn;
import vn.motcua.modelvalidation.internal.FormValidator.ParsedForm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the validators over a set of resources: each file by its kind ({@link BpmnValidator}, {@link DmnValidator},
 * {@link FormValidator}), then the files that parsed against each other ({@link CrossSetValidator}). The one entry of
 * this package, behind {@link vn.motcua.modelvalidation.ModelValidator} and {@link KnownModels#of}.
 */
public final class ModelSetValidator {

    private ModelSetValidator() {
    }

    /** Every problem of the resources, with {@code known} resolving references outside them, sorted. */
    public static List<Finding> validate(Collection<ModelResource> resources, KnownModels known) {
        Findings findings = new Findings();
        List<ParsedBpmn> processes = new ArrayList<>();
        List<ParsedDmn> decisions = new ArrayList<>();
        List<ParsedForm> forms = new ArrayList<>();
        for (ModelResource resource : resources) {
            switch (resource.kind()) {
                case BPMN -> {
                    ParsedBpmn parsed = BpmnValidator.parse(resource, findings);
                    if (parsed != null) {
                        processes.add(parsed);
                        BpmnValidator.check(parsed, findings);
                    }
                }
                case DMN -> addIfParsed(decisions, DmnValidator.parseAndCheck(resource, findings));
                case FORM -> addIfParsed(forms, FormValidator.parseAndCheck(resource, findings));
                case OTHER -> { }
            }
        }
        new CrossSetValidator(known).check(processes, decisions, forms, findings);
        return findings.sorted();
    }

    /** The ids and procedure codes that the resources define; what cannot be read defines nothing. */
    public static KnownModels definitions(Collection<ModelResource> resources) {
        Set<String> processes = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        Set<String> forms = new HashSet<>();
        Map<String, String> codes = new HashMap<>();
        for (ModelResource resource : resources) {
            switch (resource.kind()) {
                case BPMN -> {
                    ParsedBpmn parsed = BpmnValidator.parse(resource, new Findings());
                    for (Process p : parsed == null ? List.<Process>of() : parsed.processes()) {
                        processes.add(p.getId());
                        String code = ParsedBpmn.procedureCode(p);
                        if (code != null) {
                            codes.putIfAbsent(code, p.getId());
                        }
                    }
                }
                case DMN -> decisions.addAll(DmnValidator.decisionIds(resource));
                case FORM -> {
                    String id = FormValidator.formId(resource);
                    if (id != null) {
                        forms.add(id);
                    }
                }
                case OTHER -> { }
            }
        }
        return new KnownModels(processes, decisions, forms, codes);
    }

    private static <T> void addIfParsed(List<T> parsed, T model) {
        if (model != null) {
            parsed.add(model);
        }
    }
}
