package vn.motcua.importer.internal;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.TermsProperties;

import java.util.Map;

/**
 * Writes {@code processes/catalog/tthc-<code>.bpmn}: the shape of the hand-modelled procedures
 * ({@code tthc-1.001612.bpmn} for commune level; {@code tthc-1.012783.bpmn} without its consultation for province
 * level), with the same diagram coordinates, so the file opens in Camunda Modeler like the others.
 *
 * <p>Start (intake form) → {@code Task_DetermineAuthority} (DMN {@code authority-<code>}, one output mapping per
 * routing variable) → {@code Call_Receive} → {@code Gateway_Received} → [province: {@code Event_HandedOver}, the
 * handover to the competent department (form 06)] → {@code Call_Decide} → {@code Call_Return} →
 * {@code End_ResultReturned}; {@code End_NotAccepted}; the interrupting event sub-process {@code SubProcess_Withdrawal}
 * on message {@code WithdrawalRequested}. No consultation step: the catalog has no reliable data for it.
 */
final class BpmnGenerator {

    static final String EXPORTER = "motcua catalog importer";
    static final String EXPORTER_VERSION = "1.0";

    private BpmnGenerator() {
    }

    /** The model, with an empty {@code motcua.generated} mark (see {@link GeneratedMarker#seal}). */
    static String generate(ProcedureFacts f) {
        String code = f.code();
        String id = Xml.idPart(code);
        boolean province = f.level() == ImplementingLevel.PROVINCE;
        String processName = ProcedureFacts.fit(f.name(), ProcedureFacts.MAX_ENGINE_NAME);
        StringBuilder x = new StringBuilder(16_000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" id=\"Definitions_Tthc")
                .append(id).append("\" targetNamespace=\"http://motcua.vn/bpmn\" exporter=\"").append(EXPORTER)
                .append("\" exporterVersion=\"").append(EXPORTER_VERSION)
                .append("\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n");
        x.append("  <bpmn:process id=\"tthc-").append(Xml.attr(code)).append("\" name=\"").append(Xml.attr(processName))
                .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"365\">\n");
        x.append("    <bpmn:documentation>").append(Xml.text(documentation(f))).append("</bpmn:documentation>\n");
        x.append("    <bpmn:extensionElements>\n      <camunda:properties>\n");
        property(x, "motcua.code", code);
        if (!processName.equals(f.name())) {
            property(x, "motcua.name", f.name());
        }
        property(x, "motcua.field", f.field());
        property(x, "motcua.level", f.level().name());
        property(x, "motcua.agency", f.agency());
        for (Map.Entry<String, String> term : terms(f).entrySet()) {
            property(x, term.getKey(), term.getValue());
        }
        x.append("        <camunda:property name=\"motcua.generated\" value=\"\" />\n");
        x.append("      </camunda:properties>\n    </bpmn:extensionElements>\n");
        x.append("""
                    <bpmn:startEvent id="Start_DossierSubmitted" name="Hồ sơ được nộp" camunda:formRef="form-%1$s" camunda:formRefBinding="latest">
                      <bpmn:documentation>Người yêu cầu nộp hồ sơ (biểu mẫu form-%1$s) tại điểm tiếp nhận bất kỳ trong tỉnh, trực tuyến hoặc qua bưu chính, theo các kênh thủ tục cho phép (Nghị định 118/2025/NĐ-CP: tiếp nhận không phụ thuộc địa giới hành chính).</bpmn:documentation>
                      <bpmn:outgoing>Flow_ToDetermineAuthority</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_ToDetermineAuthority" sourceRef="Start_DossierSubmitted" targetRef="Task_DetermineAuthority" />
                    <bpmn:businessRuleTask id="Task_DetermineAuthority" name="Xác định cơ quan có thẩm quyền" camunda:decisionRef="authority-%1$s" camunda:decisionRefBinding="latest">
                      <bpmn:documentation>Bảng quyết định authority-%1$s (DMN) xác định loại cơ quan có thẩm quyền (competentBodyKind) và xã có cơ quan đó (competentCommuneCode) theo điểm tiếp nhận và nơi cư trú, trụ sở hoặc nơi có tài sản; competentBodies.unitCode tìm đơn vị cụ thể theo dữ liệu tổ chức của tỉnh (loại cơ quan, địa bàn phục vụ). Nhóm tiếp nhận là của điểm tiếp nhận, nhóm chuyên viên và lãnh đạo là của đơn vị có thẩm quyền. Không lưu nguyên bản kết quả quyết định. Không có quy tắc nào khớp nghĩa là điểm này không tiếp nhận thủ tục.</bpmn:documentation>
                      <bpmn:extensionElements>
                        <camunda:inputOutput>
                          <camunda:outputParameter name="competentBodyKind">${decisionResult.getSingleResult().competentBodyKind}</camunda:outputParameter>
                          <camunda:outputParameter name="competentCommuneCode">${decisionResult.getSingleResult().competentCommuneCode}</camunda:outputParameter>
                          <camunda:outputParameter name="competentUnitCode">${competentBodies.unitCode(competentBodyKind, competentCommuneCode)}</camunda:outputParameter>
                          <camunda:outputParameter name="receiverGroup">${receivingUnitCode}:receiver</camunda:outputParameter>
                          <camunda:outputParameter name="specialistGroup">${competentUnitCode}:specialist</camunda:outputParameter>
                          <camunda:outputParameter name="leaderGroup">${competentUnitCode}:leader</camunda:outputParameter>
                        </camunda:inputOutput>
                      </bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToDetermineAuthority</bpmn:incoming>
                      <bpmn:outgoing>Flow_ToReceive</bpmn:outgoing>
                    </bpmn:businessRuleTask>
                    <bpmn:sequenceFlow id="Flow_ToReceive" sourceRef="Task_DetermineAuthority" targetRef="Call_Receive" />
                    <bpmn:callActivity id="Call_Receive" name="Tiếp nhận hồ sơ" calledElement="motcua-receive" camunda:calledElementBinding="latest" camunda:variableMappingDelegateExpression="${partVariables}">
                      <bpmn:documentation>Tiếp nhận, kiểm tra hồ sơ theo quy trình dùng chung motcua-receive (Nghị định 118/2025/NĐ-CP): tiếp nhận (mẫu 01), hướng dẫn bổ sung một lần (mẫu 02) hoặc từ chối (mẫu 03). Trả về receiveOutcome.</bpmn:documentation>
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}" />
                      </bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToReceive</bpmn:incoming>
                      <bpmn:outgoing>Flow_ToGatewayReceived</bpmn:outgoing>
                    </bpmn:callActivity>
                    <bpmn:sequenceFlow id="Flow_ToGatewayReceived" sourceRef="Call_Receive" targetRef="Gateway_Received" />
                    <bpmn:exclusiveGateway id="Gateway_Received" name="Hồ sơ được tiếp nhận?">
                      <bpmn:incoming>Flow_ToGatewayReceived</bpmn:incoming>
                      <bpmn:outgoing>Flow_Received</bpmn:outgoing>
                      <bpmn:outgoing>Flow_NotReceived</bpmn:outgoing>
                    </bpmn:exclusiveGateway>
                    <bpmn:sequenceFlow id="Flow_Received" name="Đã tiếp nhận" sourceRef="Gateway_Received" targetRef="%2$s">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${receiveOutcome == 'ACCEPTED'}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="Flow_NotReceived" name="Không tiếp nhận / dừng xử lý" sourceRef="Gateway_Received" targetRef="End_NotAccepted">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${receiveOutcome != 'ACCEPTED'}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:endEvent id="End_NotAccepted" name="Hồ sơ không được tiếp nhận">
                      <bpmn:documentation>Từ chối tiếp nhận (NOT_ACCEPTED, mẫu 03) hoặc dừng xử lý vì quá hạn bổ sung (STOPPED); trạng thái đã được ghi trong motcua-receive.</bpmn:documentation>
                      <bpmn:incoming>Flow_NotReceived</bpmn:incoming>
                    </bpmn:endEvent>
                """.formatted(Xml.attr(code), province ? "Event_HandedOver" : "Call_Decide"));
        if (province) {
            x.append("""
                        <bpmn:intermediateThrowEvent id="Event_HandedOver" name="Chuyển hồ sơ đến cơ quan có thẩm quyền (mẫu 06)">
                          <bpmn:documentation>Bộ phận một cửa nơi tiếp nhận chuyển hồ sơ cho cơ quan có thẩm quyền cấp tỉnh (competentUnitCode, do bảng quyết định xác định), ghi Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06; Nghị định 118/2025/NĐ-CP). Khi motcua-decide bắt đầu, lệnh bàn giao lặp lại cho cùng đơn vị không ghi thêm gì.</bpmn:documentation>
                          <bpmn:extensionElements>
                            <camunda:executionListener expression="${dossierLifecycle.handOver(execution, competentUnitCode)}" event="start" />
                          </bpmn:extensionElements>
                          <bpmn:incoming>Flow_Received</bpmn:incoming>
                          <bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>
                        </bpmn:intermediateThrowEvent>
                        <bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="Event_HandedOver" targetRef="Call_Decide" />
                    """);
        }
        x.append("""
                    <bpmn:callActivity id="Call_Decide" name="Xử lý và phê duyệt" calledElement="motcua-decide" camunda:calledElementBinding="latest" camunda:variableMappingDelegateExpression="${partVariables}">
                      <bpmn:documentation>Chuyển hồ sơ cho cơ quan có thẩm quyền (Phiếu kiểm soát - mẫu 06), thẩm định và phê duyệt theo quy trình dùng chung motcua-decide (Nghị định 118/2025/NĐ-CP).</bpmn:documentation>
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}" />
                      </bpmn:extensionElements>
                      <bpmn:incoming>%1$s</bpmn:incoming>
                      <bpmn:outgoing>Flow_ToReturn</bpmn:outgoing>
                    </bpmn:callActivity>
                    <bpmn:sequenceFlow id="Flow_ToReturn" sourceRef="Call_Decide" targetRef="Call_Return" />
                    <bpmn:callActivity id="Call_Return" name="Trả kết quả" calledElement="motcua-return" camunda:calledElementBinding="latest" camunda:variableMappingDelegateExpression="${partVariables}">
                      <bpmn:documentation>Trả kết quả tại điểm đã tiếp nhận hồ sơ theo quy trình dùng chung motcua-return (Nghị định 118/2025/NĐ-CP).</bpmn:documentation>
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}" />
                      </bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToReturn</bpmn:incoming>
                      <bpmn:outgoing>Flow_ToResultReturned</bpmn:outgoing>
                    </bpmn:callActivity>
                    <bpmn:sequenceFlow id="Flow_ToResultReturned" sourceRef="Call_Return" targetRef="End_ResultReturned" />
                    <bpmn:endEvent id="End_ResultReturned" name="Đã trả kết quả">
                      <bpmn:incoming>Flow_ToResultReturned</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:subProcess id="SubProcess_Withdrawal" name="Người nộp rút hồ sơ" triggeredByEvent="true">
                      <bpmn:documentation>Người nộp hồ sơ có thể đề nghị rút hồ sơ bất cứ lúc nào trước khi có kết quả (trạng thái 7); mọi bước đang làm dừng lại và cơ quan giải quyết dừng xử lý (trạng thái 8, Phiếu dừng giải quyết hồ sơ mẫu 05) theo quy trình dùng chung motcua-withdraw (Nghị định 118/2025/NĐ-CP).</bpmn:documentation>
                      <bpmn:startEvent id="Start_WithdrawalRequested" name="Đề nghị rút hồ sơ" isInterrupting="true">
                        <bpmn:outgoing>Flow_ToWithdraw</bpmn:outgoing>
                        <bpmn:messageEventDefinition id="MessageEventDefinition_WithdrawalRequested" messageRef="Message_WithdrawalRequested" />
                      </bpmn:startEvent>
                      <bpmn:sequenceFlow id="Flow_ToWithdraw" sourceRef="Start_WithdrawalRequested" targetRef="Call_Withdraw" />
                      <bpmn:callActivity id="Call_Withdraw" name="Dừng xử lý hồ sơ" calledElement="motcua-withdraw" camunda:calledElementBinding="latest" camunda:variableMappingDelegateExpression="${partVariables}">
                        <bpmn:extensionElements>
                          <camunda:in businessKey="#{execution.processBusinessKey}" />
                        </bpmn:extensionElements>
                        <bpmn:incoming>Flow_ToWithdraw</bpmn:incoming>
                        <bpmn:outgoing>Flow_ToWithdrawn</bpmn:outgoing>
                      </bpmn:callActivity>
                      <bpmn:sequenceFlow id="Flow_ToWithdrawn" sourceRef="Call_Withdraw" targetRef="End_Withdrawn" />
                      <bpmn:endEvent id="End_Withdrawn" name="Đã dừng xử lý">
                        <bpmn:incoming>Flow_ToWithdrawn</bpmn:incoming>
                      </bpmn:endEvent>
                    </bpmn:subProcess>
                  </bpmn:process>
                  <bpmn:message id="Message_WithdrawalRequested" name="WithdrawalRequested" />
                """.formatted(province ? "Flow_ToDecide" : "Flow_Received"));
        x.append("  <bpmndi:BPMNDiagram id=\"BPMNDiagram_tthc_").append(id).append("\">\n");
        x.append("    <bpmndi:BPMNPlane id=\"BPMNPlane_tthc_").append(id).append("\" bpmnElement=\"tthc-").append(Xml.attr(code)).append("\">\n");
        diagram(x, province);
        x.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
        return x.toString();
    }

    /**
     * The {@code motcua.limit.*}, {@code motcua.fee.*} and {@code motcua.feeDiscount.*} properties of the facts, in
     * order (see {@link TermsProperties}); the validator's {@link CatalogAgreement} compares models with the same map.
     */
    static Map<String, String> terms(ProcedureFacts f) {
        Map<String, String> terms = new java.util.LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            TimeLimit limit = f.limits().get(channel);
            if (limit != null) {
                terms.put(TermsProperties.LIMIT + channel.name(), limit.code());
            } else if (f.unpublished().contains(channel)) {
                terms.put(TermsProperties.LIMIT + channel.name(), TermsProperties.UNPUBLISHED);
            }
        }
        for (Map.Entry<Channel, Fee> fee : f.fees().entrySet()) {
            Fee value = fee.getValue();
            terms.put(TermsProperties.FEE + fee.getKey().name(), switch (value.basis()) {
                case STATED -> Long.toString(value.amountVnd());
                case UNKNOWN -> TermsProperties.UNKNOWN;
                case PROVINCIAL_TABLE -> TermsProperties.PROVINCIAL;
            });
        }
        for (Map.Entry<Channel, Fee> fee : f.fees().entrySet()) {
            if (!fee.getValue().discounts().isEmpty()) {
                terms.put(TermsProperties.FEE_DISCOUNT + fee.getKey().name(), TermsProperties.discountsValue(fee.getValue().discounts()));
            }
        }
        return terms;
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("        <camunda:property name=\"").append(name).append("\" value=\"").append(Xml.attr(value)).append("\" />\n");
    }

    private static String documentation(ProcedureFacts f) {
        String competent = f.authority().byLevel().entrySet().stream()
                .map(e -> vn.motcua.organisation.BodyKinds.get(e.getValue().kind()).nameVi() + " (giải quyết ở " + e.getKey().labelVi() + ")")
                .collect(java.util.stream.Collectors.joining("; "))
                + ", theo bảng quyết định authority-" + f.code() + " và dữ liệu tổ chức của tỉnh (loại cơ quan, địa bàn phục vụ)";
        return f.name() + " (mã " + f.code() + ", " + f.level().labelVi() + "; lĩnh vực " + f.field()
                + "; cơ quan ban hành: " + f.issuingBody()
                + (f.decision().isBlank() ? "" : "; quyết định công bố " + f.decision()) + "). "
                + "Mô hình sinh tự động từ danh mục thủ tục hành chính (Cổng Dịch vụ công quốc gia) bởi "
                + "vn.motcua.importer.CatalogImportCommand: thời hạn, phí, lệ phí và thành phần hồ sơ lấy như danh mục ghi, "
                + "chưa đối chiếu văn bản pháp luật (unverified); những gì không đọc được ghi trong catalog-import-report.md. "
                + "Không có bước lấy ý kiến cơ quan khác: danh mục không có dữ liệu tin cậy về liên thông. "
                + "Cơ quan có thẩm quyền: " + competent + ". "
                + "Mô hình đã sửa bằng tay thì lần nhập sau không ghi đè (motcua.generated).";
    }

    private static void diagram(StringBuilder x, boolean province) {
        shape(x, "Start_DossierSubmitted", 182, 182, 36, 36, new int[]{160, 225, 80, 14}, false);
        shape(x, "Task_DetermineAuthority", 270, 160, 100, 80, null, false);
        shape(x, "Call_Receive", 420, 160, 100, 80, null, false);
        x.append("      <bpmndi:BPMNShape id=\"Gateway_Received_di\" bpmnElement=\"Gateway_Received\" isMarkerVisible=\"true\">\n")
                .append("        <dc:Bounds x=\"570\" y=\"175\" width=\"50\" height=\"50\" />\n")
                .append("        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"552\" y=\"138\" width=\"86\" height=\"27\" />\n        </bpmndi:BPMNLabel>\n")
                .append("      </bpmndi:BPMNShape>\n");
        int decideX = province ? 750 : 680;
        if (province) {
            shape(x, "Event_HandedOver", 662, 182, 36, 36, new int[]{635, 225, 90, 40}, false);
        }
        shape(x, "Call_Decide", decideX, 160, 100, 80, null, false);
        shape(x, "Call_Return", decideX + 150, 160, 100, 80, null, false);
        int endX = decideX + 302;
        shape(x, "End_ResultReturned", endX, 182, 36, 36, new int[]{endX - 17, 225, 70, 14}, false);
        shape(x, "End_NotAccepted", 682, 302, 36, 36, new int[]{655, 345, 90, 27}, false);
        edge(x, "Flow_ToDetermineAuthority", null, 218, 200, 270, 200);
        edge(x, "Flow_ToReceive", null, 370, 200, 420, 200);
        edge(x, "Flow_ToGatewayReceived", null, 520, 200, 570, 200);
        if (province) {
            edge(x, "Flow_Received", new int[]{622, 168, 40, 27}, 620, 200, 662, 200);
            edge(x, "Flow_ToDecide", null, 698, 200, 750, 200);
        } else {
            edge(x, "Flow_Received", new int[]{622, 182, 56, 14}, 620, 200, 680, 200);
        }
        edge(x, "Flow_NotReceived", new int[]{510, 262, 80, 27}, 595, 225, 595, 320, 682, 320);
        edge(x, "Flow_ToReturn", null, decideX + 100, 200, decideX + 150, 200);
        edge(x, "Flow_ToResultReturned", null, decideX + 250, 200, endX, 200);
        shape(x, "SubProcess_Withdrawal", 270, 435, 400, 160, null, true);
        shape(x, "Start_WithdrawalRequested", 312, 497, 36, 36, new int[]{290, 540, 80, 27}, false);
        shape(x, "Call_Withdraw", 410, 475, 100, 80, null, false);
        shape(x, "End_Withdrawn", 582, 497, 36, 36, new int[]{565, 540, 70, 14}, false);
        edge(x, "Flow_ToWithdraw", null, 348, 515, 410, 515);
        edge(x, "Flow_ToWithdrawn", null, 510, 515, 582, 515);
    }

    private static void shape(StringBuilder x, String element, int bx, int by, int w, int h, int[] label, boolean expanded) {
        x.append("      <bpmndi:BPMNShape id=\"").append(element).append("_di\" bpmnElement=\"").append(element).append('"')
                .append(expanded ? " isExpanded=\"true\"" : "").append(">\n");
        x.append("        <dc:Bounds x=\"").append(bx).append("\" y=\"").append(by).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" />\n");
        if (label != null) {
            x.append("        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"").append(label[0]).append("\" y=\"").append(label[1])
                    .append("\" width=\"").append(label[2]).append("\" height=\"").append(label[3]).append("\" />\n        </bpmndi:BPMNLabel>\n");
        }
        x.append("      </bpmndi:BPMNShape>\n");
    }

    private static void edge(StringBuilder x, String flow, int[] label, int... points) {
        x.append("      <bpmndi:BPMNEdge id=\"").append(flow).append("_di\" bpmnElement=\"").append(flow).append("\">\n");
        for (int i = 0; i < points.length; i += 2) {
            x.append("        <di:waypoint x=\"").append(points[i]).append("\" y=\"").append(points[i + 1]).append("\" />\n");
        }
        if (label != null) {
            x.append("        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"").append(label[0]).append("\" y=\"").append(label[1])
                    .append("\" width=\"").append(label[2]).append("\" height=\"").append(label[3]).append("\" />\n        </bpmndi:BPMNLabel>\n");
        }
        x.append("      </bpmndi:BPMNEdge>\n");
    }
}
