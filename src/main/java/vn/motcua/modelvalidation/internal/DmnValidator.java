package vn.motcua.modelvalidation.internal;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.DomElement;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.modelvalidation.ModelResource;
import vn.motcua.organisation.BodyKinds;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.motcua.modelvalidation.internal.Findings.blank;

/**
 * One DMN file on its own: it parses with the model API and with the DMN engine (the parsers the engine deploys with);
 * every decision has a DMNDI shape, a history time to live and a name the engine can store; an authority decision
 * ({@code authority-*}) has the routing outputs and evaluates for a receiving point at commune and at province level without error, naming a known kind of body.
 */
final class DmnValidator {

    /** Outputs every authority decision gives (the procedure models map them to process variables). */
    static final List<String> ROUTING_OUTPUTS = List.of(ProcessVariables.COMPETENT_BODY_KIND,
            ProcessVariables.COMPETENT_COMMUNE_CODE);

    /** Built once: building a DMN engine (its FEEL engine) costs more than checking a file. */
    private static volatile DmnEngine dmnEngine;

    private DmnValidator() {
    }

    /** A DMN file's decisions. */
    record ParsedDmn(ModelResource resource, List<Decision> decisions) {
    }

    /** The file's decisions, checked, or null (and a finding) when the model API cannot read it. */
    static ParsedDmn parseAndCheck(ModelResource resource, Findings findings) {
        String file = resource.name();
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
        } catch (RuntimeException e) {
            findings.add(file, "", "không đọc được DMN", "DMN cannot be parsed", e);
            return null;
        }
        List<DmnDecision> parsed;
        try {
            parsed = dmnEngine().parseDecisions(model);
        } catch (RuntimeException e) {
            findings.add(file, "", "DMN engine không đọc được bảng quyết định", "the DMN engine cannot parse the decisions", e);
            parsed = List.of();
        }
        List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
        Set<String> shapes = dmnShapes(model);
        for (Decision decision : decisions) {
            String id = decision.getId();
            if (!shapes.contains(id)) {
                findings.add(file, id, "bảng quyết định không có hình DMNDI (DMNShape): Modeler không hiển thị được",
                        "decision has no DMNDI shape (DMNShape): Modeler cannot show it");
            }
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                findings.noHistoryTimeToLive(file, id);
            }
            findings.nameTooLong(file, id, decision.getName(), "bảng quyết định", "decision");
            if (id.startsWith("authority-") && decision.getExpression() instanceof DecisionTable table) {
                Set<String> outputs = table.getOutputs().stream().map(Output::getName).collect(Collectors.toSet());
                for (String output : ROUTING_OUTPUTS) {
                    if (!outputs.contains(output)) {
                        findings.add(file, id, "bảng thẩm quyền thiếu đầu ra " + output,
                                "authority decision lacks the output " + output);
                    }
                }
            }
        }
        for (DmnDecision decision : parsed) {
            if (decision.getKey().startsWith("authority-") && decision.isDecisionTable()) {
                evaluate(file, decision, "COMMUNE", findings);
                evaluate(file, decision, "PROVINCE", findings);
            }
        }
        return new ParsedDmn(resource, decisions);
    }

    /** The ids of the decisions the file defines; none when it cannot be read. */
    static Set<String> decisionIds(ModelResource resource) {
        Set<String> ids = new HashSet<>();
        try {
            Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()))
                    .getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId()));
        } catch (RuntimeException e) {
            // not a definition
        }
        return ids;
    }

    /**
     * Evaluates an authority decision for a receiving point of {@code level} with sample places (no province's codes:
     * any five-digit commune codes do): every answer must name a known kind of body (organisation/body-kinds.csv) and a
     * commune as text, so that the resolver can find the unit.
     */
    private static void evaluate(String file, DmnDecision decision, String level, Findings findings) {
        try {
            DmnDecisionResult result = dmnEngine().evaluateDecision(decision, Variables.createVariables()
                    .putValue(ProcessVariables.RECEIVING_UNIT_CODE, "sample receiving point")
                    .putValue(ProcessVariables.RECEIVING_UNIT_LEVEL, level)
                    .putValue(ProcessVariables.RECEIVING_COMMUNE_CODE, "00001")
                    .putValue(ProcessVariables.APPLICANT_COMMUNE_CODE, "00002")
                    .putValue(ProcessVariables.PROPERTY_COMMUNE_CODE, "00003"));
            for (DmnDecisionResultEntries entries : result) {
                for (String output : ROUTING_OUTPUTS) {
                    if (entries.containsKey(output) && !(entries.get(output) instanceof String)) {
                        findings.add(file, decision.getKey(), "đầu ra " + output + " không phải chuỗi khi tiếp nhận ở cấp " + level,
                                "output " + output + " is not a string when received at " + level + " level");
                    }
                }
                Object kind = entries.get(ProcessVariables.COMPETENT_BODY_KIND);
                if (kind instanceof String k && BodyKinds.find(k).isEmpty()) {
                    findings.add(file, decision.getKey(), "loại cơ quan " + k + " không có trong " + BodyKinds.RESOURCE,
                            "kind of body " + k + " is not in " + BodyKinds.RESOURCE);
                }
            }
        } catch (RuntimeException e) {
            findings.add(file, decision.getKey(), "lỗi khi đánh giá với điểm tiếp nhận cấp " + level,
                    "evaluation fails for a receiving point at " + level + " level", e);
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
            synchronized (DmnValidator.class) {
                engine = dmnEngine;
                if (engine == null) {
                    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
                    dmnEngine = engine;
                }
            }
        }
        return engine;
    }
}
