package vn.motcua.importer.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.organisation.BodyKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code forms/catalog/form-<code>.form}: the intake form, a Camunda Form (form-js schema 16, Camunda Platform
 * 7.24.0) like the hand-modelled ones: a heading with the procedure's name and required documents, then generic
 * fields the applicant fills in.
 *
 * <p>The field keys ({@link #FIELD_KEYS}) must never be process variable names of the lifecycle
 * ({@code vn.motcua.catalog.ProcessVariables}): the submitted form data become process variables.
 */
final class FormGenerator {

    /** The keys of the generic fields: subject and contact address required, a note optional. */
    static final List<String> FIELD_KEYS = List.of("subject", "applicantAddress", "note");
    /** The keys of the applicant fields. */
    static final List<String> APPLICANT_KEYS = List.of("applicantType", "organisationName", "enterpriseCode");

    private FormGenerator() {
    }

    /** The form, with an empty {@code motcuaGenerated} mark (see {@link GeneratedMarker#seal}). */
    static String generate(ProcedureFacts f) {
        StringBuilder heading = new StringBuilder();
        heading.append("### ").append(markdown(f.name())).append('\n');
        heading.append("Thủ tục ").append(markdown(f.code())).append(" - ").append(markdown(f.field()))
                .append(f.agency().isBlank() ? "" : ". Cơ quan thực hiện: " + markdown(f.agency())).append(".\n\n");
        // the documents are the upload fields below, one per document, and nowhere else in the form (each fact once)
        heading.append(f.documentItems().isEmpty() ? "**Thành phần hồ sơ:** " + markdown(ProcedureInterpreter.NO_DOCUMENTS) + "."
                : "**Thành phần hồ sơ:** mỗi giấy tờ một ô tải lên bên dưới.");
        if (!f.documentNotes().isEmpty()) {
            heading.append("\n\n**Lưu ý về hồ sơ:**\n");
            for (String note : f.documentNotes()) {
                heading.append("\n- ").append(markdown(note));
            }
        }
        List<String> components = new ArrayList<>();
        components.add(component(Map.of("text", heading.toString(), "type", "text", "id", "Text_Heading")));
        components.addAll(applicantFields());
        components.addAll(placeFields(f));
        components.addAll(documentFields(f));
        components.add("""
                    {
                      "label": "Nội dung đề nghị",
                      "type": "textfield",
                      "id": "Field_Subject",
                      "key": "subject",
                      "description": "Điều anh/chị đề nghị cơ quan giải quyết",
                      "validate": {
                        "required": true
                      }
                    }""");
        components.add("""
                    {
                      "label": "Địa chỉ liên hệ",
                      "type": "textfield",
                      "id": "Field_ApplicantAddress",
                      "key": "applicantAddress",
                      "validate": {
                        "required": true
                      }
                    }""");
        components.add("""
                    {
                      "label": "Ghi chú",
                      "type": "textarea",
                      "id": "Field_Note",
                      "key": "note"
                    }""");
        return """
                {
                  "components": [
                %s
                  ],
                  "type": "default",
                  "id": %s,
                  "executionPlatform": "Camunda Platform",
                  "executionPlatformVersion": "7.24.0",
                  "exporter": {
                    "name": "%s",
                    "version": "%s"
                  },
                  "schemaVersion": 16,
                  "motcuaGenerated": ""
                }
                """.formatted(String.join(",\n", components), quote("form-" + f.code()), BpmnGenerator.EXPORTER,
                BpmnGenerator.EXPORTER_VERSION);
    }

    /**
     * Who applies: a citizen (the ID number is the dossier's applicant's, checked against the National Population
     * Database) or an organisation, which adds its name and enterprise / tax code (10 or 13 digits, Decree
     * 168/2025/NĐ-CP: the enterprise code is the tax code). Not required on the server: a counter officer may leave it.
     */
    private static List<String> applicantFields() {
        return List.of("""
                    {
                      "label": "Người nộp là",
                      "type": "radio",
                      "id": "Field_ApplicantType",
                      "key": "applicantType",
                      "defaultValue": "CITIZEN",
                      "values": [
                        { "label": "Công dân (số định danh cá nhân ở phần người nộp)", "value": "CITIZEN" },
                        { "label": "Tổ chức, doanh nghiệp", "value": "ORGANISATION" }
                      ]
                    }""", """
                    {
                      "label": "Tên tổ chức, doanh nghiệp",
                      "type": "textfield",
                      "id": "Field_OrganisationName",
                      "key": "organisationName",
                      "conditional": { "hide": "=applicantType != \\"ORGANISATION\\"" }
                    }""", """
                    {
                      "label": "Mã số doanh nghiệp / mã số thuế",
                      "type": "textfield",
                      "id": "Field_EnterpriseCode",
                      "key": "enterpriseCode",
                      "description": "10 chữ số (đơn vị phụ thuộc: 13 chữ số, dạng 0123456789-001)",
                      "conditional": { "hide": "=applicantType != \\"ORGANISATION\\"" },
                      "validate": { "pattern": "^\\\\d{10}(-?\\\\d{3})?$" }
                    }""");
    }

    /**
     * The places the authority decision takes (its inputs, {@link ProcessVariables#PLACE_INPUTS}): the commune of the
     * applicant's residence or head office, and where the land, building or business is. Left empty, the receiving
     * point's commune counts (the submission's documented fallback), so they are not required.
     */
    private static List<String> placeFields(ProcedureFacts f) {
        Set<BodyKind.Territory> territories = new LinkedHashSet<>();
        f.authority().byLevel().values().forEach(d -> territories.add(d.territory()));
        List<String> fields = new ArrayList<>();
        if (territories.contains(BodyKind.Territory.APPLICANT)) {
            fields.add(place("Field_ApplicantCommuneCode", ProcessVariables.APPLICANT_COMMUNE_CODE,
                    "Mã xã, phường nơi cư trú (cá nhân) hoặc đặt trụ sở (tổ chức)"));
        }
        if (territories.contains(BodyKind.Territory.PROPERTY)) {
            fields.add(place("Field_PropertyCommuneCode", ProcessVariables.PROPERTY_COMMUNE_CODE,
                    "Mã xã, phường nơi có đất, nhà, công trình hoặc cơ sở kinh doanh"));
        }
        return fields;
    }

    private static String place(String id, String key, String label) {
        return """
                    {
                      "label": %s,
                      "type": "textfield",
                      "id": "%s",
                      "key": "%s",
                      "description": "Mã đơn vị hành chính cấp xã (5 chữ số); để trống nếu là xã của nơi nộp hồ sơ",
                      "validate": { "pattern": "^\\\\d{5}$" }
                    }""".formatted(quote(label), id, key);
    }

    /**
     * One upload field per required document: its name, and original / copy and how many as far as the source says
     * (custom properties {@code motcua.originals} / {@code motcua.copies}, read by the slips). A document the source
     * makes conditional ("nếu có", "trường hợp") is not required.
     */
    private static List<String> documentFields(ProcedureFacts f) {
        List<String> fields = new ArrayList<>();
        int n = 0;
        for (DocumentListParser.Document d : f.documentItems()) {
            n++;
            String id = "%02d".formatted(n);
            String lower = d.name().toLowerCase(java.util.Locale.ROOT);
            boolean conditional = lower.contains("nếu có") || lower.contains("trường hợp") || lower.contains("(nếu");
            String quantity = !d.quantityKnown() ? "Số lượng: theo hướng dẫn của cơ quan tiếp nhận"
                    : "Bản chính: " + d.originals() + ", bản sao: " + d.copies();
            fields.add("""
                        {
                          "label": %s,
                          "type": "filepicker",
                          "id": "Field_Document%s",
                          "key": "%s%s",
                          "description": %s,
                          "multiple": true,
                          "accept": ".pdf,.jpg,.jpeg,.png",
                          "properties": {
                            "motcua.document": %s,
                            "motcua.originals": "%s",
                            "motcua.copies": "%s"
                          },
                          "validate": {
                            "required": %s
                          }
                        }""".formatted(quote(ProcedureFacts.fit(d.name(), 200)), id, DOCUMENT_KEY, id, quote(quantity), quote(d.name()),
                    d.originals() == null ? "" : d.originals(), d.copies() == null ? "" : d.copies(), !conditional));
        }
        return fields;
    }

    /** Prefix of the document upload fields' keys ({@code document01}…): files, not form data. */
    static final String DOCUMENT_KEY = "document";

    private static String component(Map<String, String> values) {
        return "    {\n" + values.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(k -> k.equals("text") ? 0 : k.equals("type") ? 1 : 2)))
                .map(e -> "      \"" + e.getKey() + "\": " + quote(e.getValue())).collect(java.util.stream.Collectors.joining(",\n")) + "\n    }";
    }

    private static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /** Characters markdown would take as formatting, escaped. */
    static String markdown(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
