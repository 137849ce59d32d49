package vn.motcua.importer.internal;

/**
 * Writes {@code decisions/catalog/authority-<code>.dmn}: DMN 1.3 with its DMNDI, hit policy UNIQUE, inputs
 * {@code receivingUnitCode} and {@code receivingUnitLevel}, the four routing outputs of the hand-modelled decisions
 * (output entries are FEEL expressions, as there).
 *
 * <ul>
 *   <li>{@link ImplementingLevel#COMMUNE}: received at a commune → that commune is competent; its receiver, specialist
 *       and leader groups handle it. Received at province level: no rule matches (the point does not take it).</li>
 *   <li>{@link ImplementingLevel#PROVINCE}: received anywhere in the province (Decree 118/2025/NĐ-CP, regardless of
 *       administrative boundaries) → the {@link ProvincialDepartment} of the issuing ministry; the receiving point's
 *       receivers receive and return.</li>
 * </ul>
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
        boolean commune = f.level() == ImplementingLevel.COMMUNE;
        ProvincialDepartment d = f.department();
        String description = commune
                ? "Xác định cơ quan có thẩm quyền và các nhóm cán bộ theo điểm tiếp nhận. Thủ tục cấp xã: Ủy ban nhân dân cấp xã nơi tiếp nhận giải quyết. Nhóm cán bộ có dạng mã đơn vị + \":\" + vai trò (receiver, specialist, leader). Tiếp nhận tại cấp tỉnh: không có quy tắc nào khớp (kết quả rỗng), ứng dụng hiểu là điểm tiếp nhận này không nhận thủ tục. Bảng sinh tự động từ danh mục TTHC (vn.motcua.importer)."
                : "Chuyển hồ sơ nhận tại bất kỳ điểm tiếp nhận nào trong tỉnh (không phụ thuộc địa giới hành chính, Nghị định 118/2025/NĐ-CP) đến " + d.nameVi() + " (" + d.unitCode() + "), cơ quan cấp tỉnh giải quyết thủ tục do " + f.issuingBody() + " công bố. Nhóm tiếp nhận, trả kết quả là của điểm đã nhận hồ sơ. Mã đơn vị là mã minh họa theo cấu trúc Quyết định 20/2020/QĐ-TTg (vn.motcua.importer.internal.ProvincialDepartment). Bảng sinh tự động từ danh mục TTHC (vn.motcua.importer).";
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
                      <input id="Input_ReceivingUnitCode" label="Mã đơn vị tiếp nhận">
                        <inputExpression id="InputExpression_ReceivingUnitCode" typeRef="string">
                          <text>receivingUnitCode</text>
                        </inputExpression>
                      </input>
                      <input id="Input_ReceivingUnitLevel" label="Cấp của đơn vị tiếp nhận (COMMUNE | PROVINCE)">
                        <inputExpression id="InputExpression_ReceivingUnitLevel" typeRef="string">
                          <text>receivingUnitLevel</text>
                        </inputExpression>
                      </input>
                      <output id="Output_CompetentUnitCode" label="Cơ quan có thẩm quyền giải quyết" name="competentUnitCode" typeRef="string" />
                      <output id="Output_ReceiverGroup" label="Nhóm cán bộ tiếp nhận, trả kết quả" name="receiverGroup" typeRef="string" />
                      <output id="Output_SpecialistGroup" label="Nhóm chuyên viên xử lý" name="specialistGroup" typeRef="string" />
                      <output id="Output_LeaderGroup" label="Nhóm lãnh đạo phê duyệt" name="leaderGroup" typeRef="string" />
                """);
        if (commune) {
            rule(x, "Rule_ReceivedAtCommune",
                    "Hồ sơ tiếp nhận tại Trung tâm phục vụ hành chính công cấp xã (xã, phường, đặc khu): Ủy ban nhân dân cấp xã nơi tiếp nhận giải quyết (thủ tục cấp xã theo danh mục TTHC, " + f.issuingBody()
                            + (f.decision().isBlank() ? "" : ", Quyết định " + f.decision()) + "). Tiếp nhận, xử lý và trả kết quả đều tại xã đó.",
                    "", "\"COMMUNE\"", "receivingUnitCode", "receivingUnitCode + \":receiver\"",
                    "receivingUnitCode + \":specialist\"", "receivingUnitCode + \":leader\"");
        } else {
            String unit = d.unitCode();
            rule(x, "Rule_ReceivedAnywhere",
                    "Hồ sơ nộp tại bất kỳ điểm tiếp nhận nào trong tỉnh (xã, phường, đặc khu hoặc Trung tâm phục vụ hành chính công tỉnh): chuyển "
                            + d.nameVi() + " (" + unit + ") giải quyết (thủ tục cấp tỉnh theo danh mục TTHC, " + f.issuingBody()
                            + (f.decision().isBlank() ? "" : ", Quyết định " + f.decision()) + "; Nghị định 118/2025/NĐ-CP).",
                    "", "", "\"" + unit + "\"", "receivingUnitCode + \":receiver\"",
                    "\"" + unit + ":specialist\"", "\"" + unit + ":leader\"");
        }
        x.append("    </decisionTable>\n  </decision>\n");
        x.append("  <dmndi:DMNDI>\n    <dmndi:DMNDiagram id=\"DMNDiagram_Authority\">\n");
        x.append("      <dmndi:DMNShape id=\"DMNShape_Authority\" dmnElementRef=\"authority-").append(Xml.attr(code)).append("\">\n");
        x.append("        <dc:Bounds height=\"80\" width=\"180\" x=\"160\" y=\"100\" />\n");
        x.append("      </dmndi:DMNShape>\n    </dmndi:DMNDiagram>\n  </dmndi:DMNDI>\n</definitions>\n");
        return x.toString();
    }

    private static void rule(StringBuilder x, String id, String description, String unitEntry, String levelEntry,
                             String competent, String receiver, String specialist, String leader) {
        x.append("      <rule id=\"").append(id).append("\">\n");
        x.append("        <description>").append(Xml.text(description)).append("</description>\n");
        entry(x, "inputEntry", id + "_UnitCode", unitEntry);
        entry(x, "inputEntry", id + "_UnitLevel", levelEntry);
        entry(x, "outputEntry", id + "_CompetentUnitCode", competent);
        entry(x, "outputEntry", id + "_ReceiverGroup", receiver);
        entry(x, "outputEntry", id + "_SpecialistGroup", specialist);
        entry(x, "outputEntry", id + "_LeaderGroup", leader);
        x.append("      </rule>\n");
    }

    private static void entry(StringBuilder x, String element, String id, String text) {
        x.append("        <").append(element).append(" id=\"").append(id).append("\">\n");
        x.append("          <text>").append(Xml.text(text)).append("</text>\n");
        x.append("        </").append(element).append(">\n");
    }
}
