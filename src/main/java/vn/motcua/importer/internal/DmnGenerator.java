package vn.motcua.importer.internal;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.organisation.BodyKind;
import vn.motcua.organisation.BodyKinds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code decisions/catalog/authority-<code>.dmn}: DMN 1.3 with its DMNDI, hit policy UNIQUE. The decision says
 * <em>which kind of body</em> is competent ({@code competentBodyKind}, a code of {@link BodyKinds}) and <em>which
 * commune's</em> body it is ({@code competentCommuneCode}); the application's one resolver turns the two into the unit
 * from the province's data (units' kinds and service areas), so the table holds no province's codes and serves every
 * province unchanged.
 *
 * <p>Inputs: the receiving point's level ({@code receivingUnitLevel}) and the commune(s) competence depends on
 * ({@link ProcessVariables#RECEIVING_COMMUNE_CODE}, {@link ProcessVariables#APPLICANT_COMMUNE_CODE},
 * {@link ProcessVariables#PROPERTY_COMMUNE_CODE}): the decision's required inputs, the contract the intake form meets.
 * One rule per receiving level:
 * <ul>
 *   <li>received at a provincial service centre or branch: only when the source lists "Cấp tỉnh"; the body that decides
 *       at province level;</li>
 *   <li>received at a commune: the body that decides at commune level when the source lists "Cấp xã", else the
 *       province-level body (received regardless of administrative boundaries and transferred, Decree 118/2025/NĐ-CP).</li>
 * </ul>
 * The kinds come from the reviewed classification of the source's agency texts ({@link Authority}); which commune
 * decides comes from the kind ({@link BodyKind#territory()}), the property's commune for land and building fields.
 */
final class DmnGenerator {

    private DmnGenerator() {
    }

    /** The decision, with an empty {@code motcua.generated} comment (see {@link GeneratedMarker#seal}). */
    static String generate(ProcedureFacts f) {
        String code = f.code();
        String id = Xml.idPart(code);
        String suffix = " (" + code + ")";
        String prefix = "Thẩm quyền giải quyết - ";
        String name = prefix + ProcedureFacts.fit(f.name(), ProcedureFacts.MAX_ENGINE_NAME - prefix.length() - suffix.length()) + suffix;
        Authority authority = f.authority();
        List<RuleSpec> rules = rules(f);
        Set<BodyKind.Territory> territories = new LinkedHashSet<>();
        rules.forEach(r -> territories.add(r.decision.territory()));

        String source = authority.text().isBlank() ? "nguồn không ghi cơ quan có thẩm quyền"
                : "nguồn ghi (" + authority.column() + "): \"" + ProcedureInterpreter.shorten(authority.text()) + "\"";
        String description = "Xác định LOẠI cơ quan có thẩm quyền và XÃ có cơ quan đó theo " + source + "; cấp thực hiện: "
                + String.join(", ", authority.byLevel().keySet().stream().map(ImplementingLevel::labelVi).toList()) + ". Ứng dụng tìm đơn vị cụ thể theo dữ liệu tổ chức của tỉnh (loại cơ quan và địa bàn phục vụ), "
                + "nên bảng không chứa mã đơn vị của tỉnh nào. Đầu vào cần có: " + inputsVi(territories)
                + ". Bảng sinh tự động từ danh mục TTHC và bảng phân loại đã duyệt " + CompetentBodyClassification.RESOURCE
                + " (vn.motcua.importer).";
        StringBuilder x = new StringBuilder(6_000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- motcua.generated:  -->\n");
        x.append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" xmlns:dmndi=\"https://www.omg.org/spec/DMN/20191111/DMNDI/\" xmlns:dc=\"http://www.omg.org/spec/DMN/20180521/DC/\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" id=\"Definitions_Authority_")
                .append(id).append("\" name=\"").append(Xml.attr(name)).append("\" namespace=\"http://motcua.vn/dmn\" exporter=\"")
                .append(BpmnGenerator.EXPORTER).append("\" exporterVersion=\"").append(BpmnGenerator.EXPORTER_VERSION)
                .append("\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n");
        x.append("  <decision id=\"authority-").append(Xml.attr(code)).append("\" name=\"").append(Xml.attr(name))
                .append("\" camunda:historyTimeToLive=\"365\">\n");
        x.append("    <description>").append(Xml.text(description)).append("</description>\n");
        x.append("""
                    <decisionTable id="DecisionTable_Authority" hitPolicy="UNIQUE">
                      <input id="Input_ReceivingUnitLevel" label="Cấp của điểm tiếp nhận (PROVINCE: trung tâm tỉnh và chi nhánh | COMMUNE: xã, phường, đặc khu)">
                        <inputExpression id="InputExpression_ReceivingUnitLevel" typeRef="string">
                          <text>receivingUnitLevel</text>
                        </inputExpression>
                      </input>
                """);
        for (BodyKind.Territory territory : territories) {
            x.append("      <input id=\"Input_").append(inputId(territory)).append("\" label=\"").append(Xml.attr(labelVi(territory))).append("\">\n");
            x.append("        <inputExpression id=\"InputExpression_").append(inputId(territory)).append("\" typeRef=\"string\">\n");
            x.append("          <text>").append(variable(territory)).append("</text>\n");
            x.append("        </inputExpression>\n      </input>\n");
        }
        x.append("""
                      <output id="Output_CompetentBodyKind" label="Loại cơ quan có thẩm quyền (organisation/body-kinds.csv)" name="competentBodyKind" typeRef="string" />
                      <output id="Output_CompetentCommuneCode" label="Xã có cơ quan có thẩm quyền (mã xã)" name="competentCommuneCode" typeRef="string" />
                """);
        for (RuleSpec rule : rules) {
            BodyKind body = BodyKinds.get(rule.decision.kind());
            String where = rule.level == ImplementingLevel.PROVINCE
                    ? "Hồ sơ tiếp nhận tại Trung tâm phục vụ hành chính công tỉnh hoặc chi nhánh"
                    : "Hồ sơ tiếp nhận tại Trung tâm phục vụ hành chính công cấp xã bất kỳ trong tỉnh";
            String settled = rule.settledAt == rule.level ? ""
                    : " (thủ tục cấp tỉnh: tiếp nhận không phụ thuộc địa giới hành chính rồi chuyển, Nghị định 118/2025/NĐ-CP)";
            String text = where + settled + ": " + body.nameVi() + " " + territoryVi(rule.decision.territory())
                    + " giải quyết. Căn cứ phân loại: " + rule.decision.reason() + ". Cơ sở: " + body.basis()
                    + (f.decision().isBlank() ? "" : "; Quyết định công bố " + f.decision()) + ".";
            x.append("      <rule id=\"").append(rule.id).append("\">\n");
            x.append("        <description>").append(Xml.text(text)).append("</description>\n");
            entry(x, "inputEntry", rule.id + "_ReceivingUnitLevel", "\"" + rule.level.name() + "\"");
            for (BodyKind.Territory territory : territories) {
                entry(x, "inputEntry", rule.id + "_" + inputId(territory), "");
            }
            entry(x, "outputEntry", rule.id + "_CompetentBodyKind", "\"" + body.code() + "\"");
            entry(x, "outputEntry", rule.id + "_CompetentCommuneCode", variable(rule.decision.territory()));
            x.append("      </rule>\n");
        }
        x.append("    </decisionTable>\n  </decision>\n");
        x.append("  <dmndi:DMNDI>\n    <dmndi:DMNDiagram id=\"DMNDiagram_Authority\">\n");
        x.append("      <dmndi:DMNShape id=\"DMNShape_Authority\" dmnElementRef=\"authority-").append(Xml.attr(code)).append("\">\n");
        x.append("        <dc:Bounds height=\"80\" width=\"180\" x=\"160\" y=\"100\" />\n");
        x.append("      </dmndi:DMNShape>\n    </dmndi:DMNDiagram>\n  </dmndi:DMNDI>\n</definitions>\n");
        return x.toString();
    }

    private record RuleSpec(String id, ImplementingLevel level, ImplementingLevel settledAt, Authority.Decision decision) {
    }

    /** One rule per receiving level that takes the procedure (see the class comment). */
    static List<RuleSpec> rules(ProcedureFacts f) {
        var byLevel = f.authority().byLevel();
        List<RuleSpec> rules = new ArrayList<>();
        if (byLevel.containsKey(ImplementingLevel.PROVINCE)) {
            rules.add(new RuleSpec("Rule_ReceivedAtProvince", ImplementingLevel.PROVINCE, ImplementingLevel.PROVINCE,
                    byLevel.get(ImplementingLevel.PROVINCE)));
        }
        ImplementingLevel communeSettles = byLevel.containsKey(ImplementingLevel.COMMUNE) ? ImplementingLevel.COMMUNE : ImplementingLevel.PROVINCE;
        rules.add(new RuleSpec("Rule_ReceivedAtCommune", ImplementingLevel.COMMUNE, communeSettles, byLevel.get(communeSettles)));
        return rules;
    }

    static String variable(BodyKind.Territory territory) {
        return switch (territory) {
            case RECEIVING -> ProcessVariables.RECEIVING_COMMUNE_CODE;
            case APPLICANT -> ProcessVariables.APPLICANT_COMMUNE_CODE;
            case PROPERTY -> ProcessVariables.PROPERTY_COMMUNE_CODE;
        };
    }

    private static String inputId(BodyKind.Territory territory) {
        return switch (territory) {
            case RECEIVING -> "ReceivingCommune";
            case APPLICANT -> "ApplicantCommune";
            case PROPERTY -> "PropertyCommune";
        };
    }

    private static String labelVi(BodyKind.Territory territory) {
        return switch (territory) {
            case RECEIVING -> "Xã nơi đặt điểm tiếp nhận";
            case APPLICANT -> "Xã nơi cư trú (cá nhân) hoặc đặt trụ sở (tổ chức) của người nộp";
            case PROPERTY -> "Xã nơi có đất, nhà, công trình hoặc trụ sở cơ sở kinh doanh";
        };
    }

    private static String territoryVi(BodyKind.Territory territory) {
        return switch (territory) {
            case RECEIVING -> "(cơ quan của tỉnh, phục vụ toàn tỉnh)";
            case APPLICANT -> "phục vụ xã nơi người nộp cư trú hoặc đặt trụ sở";
            case PROPERTY -> "phục vụ xã nơi có đất, nhà, công trình hoặc cơ sở kinh doanh";
        };
    }

    private static String inputsVi(Set<BodyKind.Territory> territories) {
        List<String> inputs = new ArrayList<>(List.of("receivingUnitLevel"));
        territories.forEach(t -> inputs.add(variable(t)));
        return String.join(", ", inputs);
    }

    private static void entry(StringBuilder x, String element, String id, String text) {
        x.append("        <").append(element).append(" id=\"").append(id).append("\">\n");
        x.append("          <text>").append(Xml.text(text)).append("</text>\n");
        x.append("        </").append(element).append(">\n");
    }
}
