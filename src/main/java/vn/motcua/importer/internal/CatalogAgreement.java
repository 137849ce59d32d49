package vn.motcua.importer.internal;

import vn.motcua.modelvalidation.Finding;
import vn.motcua.modelvalidation.ModelResource;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Limits and fees agree with the catalog": for each generated procedure model that no analyst has edited (its
 * {@link GeneratedMarker} still holds), the {@code motcua.limit.*} and {@code motcua.fee.*} it carries are exactly what
 * the importer's parsers make of its row in the catalog export today. A finding means the export or the parsers
 * changed since the models were generated: re-run the importer. Edited models are the analysts' word and are not
 * compared.
 */
public final class CatalogAgreement {

    private static final Pattern PROPERTY = Pattern.compile(
            "<camunda:property name=\"motcua\\.(code|level|limit|fee|feeDiscount)(?:\\.(\\w+))?\" value=\"([^\"]*)\"");

    private CatalogAgreement() {
    }

    /**
     * @param resources the models (only generated, unedited BPMN among them are compared)
     * @param export    the export file or its folder ({@code ../shared/data/tthc-catalog})
     */
    public static List<Finding> check(Collection<ModelResource> resources, Path export) {
        Map<String, CatalogRow> rows = new HashMap<>();
        for (CatalogRow row : CatalogSource.read(export)) {
            rows.putIfAbsent(row.code(), row);
        }
        List<Finding> findings = new ArrayList<>();
        for (ModelResource resource : resources) {
            if (resource.kind() != ModelResource.Kind.BPMN) {
                continue;
            }
            String text = resource.text();
            if (GeneratedMarker.BPMN.recorded(text).isEmpty() || !GeneratedMarker.BPMN.untouched(text)) {
                continue;
            }
            String code = null;
            String level = null;
            Map<String, String> limits = new TreeMap<>();
            Map<String, String> fees = new TreeMap<>();
            Matcher m = PROPERTY.matcher(text);
            while (m.find()) {
                switch (m.group(1)) {
                    case "code" -> code = m.group(3);
                    case "level" -> level = m.group(3);
                    case "limit" -> limits.put("motcua.limit." + m.group(2), m.group(3));
                    default -> fees.put("motcua." + m.group(1) + "." + m.group(2), m.group(3));
                }
            }
            String element = code == null ? "" : "tthc-" + code;
            CatalogRow row = code == null ? null : rows.get(code);
            if (row == null) {
                findings.add(new Finding(resource.name(), element, "mô hình sinh tự động nhưng mã " + code + " không có trong danh mục",
                        "generated model, but code " + code + " is not in the catalog export"));
                continue;
            }
            ImplementingLevel expectedLevel = ImplementingLevel.of(row.levels()).orElse(null);
            if (expectedLevel == null || !expectedLevel.name().equals(level)) {
                findings.add(new Finding(resource.name(), element, "cấp thực hiện " + level + " khác danh mục (" + row.levels() + ")",
                        "level " + level + " disagrees with the catalog (" + row.levels() + ")"));
                continue;
            }
            // the agency fallback does not affect limits and fees: no official list needed here
            ProcedureFacts facts = ProcedureInterpreter.interpret(row, expectedLevel, null);
            Map<String, String> expectedLimits = new TreeMap<>();
            Map<String, String> expectedFees = new TreeMap<>();
            BpmnGenerator.terms(facts).forEach((name, value) -> (name.startsWith("motcua.limit.") ? expectedLimits : expectedFees).put(name, value));
            if (!expectedLimits.equals(limits)) {
                findings.add(new Finding(resource.name(), element, "thời hạn " + limits + " khác danh mục " + expectedLimits
                        + " (chạy lại " + CatalogImporter.class.getSimpleName() + ")",
                        "limits " + limits + " disagree with the catalog " + expectedLimits + " (re-run the importer)"));
            }
            if (!expectedFees.equals(fees)) {
                findings.add(new Finding(resource.name(), element, "phí " + fees + " khác danh mục " + expectedFees,
                        "fees " + fees + " disagree with the catalog " + expectedFees + " (re-run the importer)"));
            }
        }
        return findings;
    }
}
