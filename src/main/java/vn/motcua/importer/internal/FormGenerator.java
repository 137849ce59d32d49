package vn.motcua.importer.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;

/**
 * Writes {@code forms/catalog/form-<code>.form}: the intake form, a Camunda Form (form-js schema 16, Camunda Platform
 * 7.24.0) like the hand-modelled ones: a heading with the procedure's name and required documents, then generic
 * fields the applicant fills in.
 *
 * <p>The field keys ({@link #FIELD_KEYS}) must never be process variable names of the lifecycle
 * ({@code vn.motcua.catalog.ProcessVariables}): the submitted form data become process variables.
 */
final class FormGenerator {

    /** The keys of the generated fields: subject and contact address required, a note optional. */
    static final List<String> FIELD_KEYS = List.of("subject", "applicantAddress", "note");

    private FormGenerator() {
    }

    /** The form, with an empty {@code motcuaGenerated} mark (see {@link GeneratedMarker#seal}). */
    static String generate(ProcedureFacts f) {
        StringBuilder heading = new StringBuilder();
        heading.append("### ").append(markdown(f.name())).append('\n');
        heading.append("Thủ tục ").append(markdown(f.code())).append(" - ").append(markdown(f.field()))
                .append(f.agency().isBlank() ? "" : ". Cơ quan thực hiện: " + markdown(f.agency())).append(".\n\n");
        heading.append("**Thành phần hồ sơ:**\n");
        List<String> documents = f.documents().isEmpty() ? List.of(ProcedureInterpreter.NO_DOCUMENTS) : f.documents();
        for (String document : documents) {
            heading.append("\n- ").append(markdown(document));
        }
        return """
                {
                  "components": [
                    {
                      "text": %s,
                      "type": "text",
                      "id": "Text_Heading"
                    },
                    {
                      "label": "Nội dung đề nghị",
                      "type": "textfield",
                      "id": "Field_Subject",
                      "key": "subject",
                      "description": "Điều anh/chị đề nghị cơ quan giải quyết",
                      "validate": {
                        "required": true
                      }
                    },
                    {
                      "label": "Địa chỉ liên hệ",
                      "type": "textfield",
                      "id": "Field_ApplicantAddress",
                      "key": "applicantAddress",
                      "validate": {
                        "required": true
                      }
                    },
                    {
                      "label": "Ghi chú",
                      "type": "textarea",
                      "id": "Field_Note",
                      "key": "note"
                    }
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
                """.formatted(quote(heading.toString()), quote("form-" + f.code()), BpmnGenerator.EXPORTER,
                BpmnGenerator.EXPORTER_VERSION);
    }

    private static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /** Characters markdown would take as formatting, escaped. */
    private static String markdown(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
