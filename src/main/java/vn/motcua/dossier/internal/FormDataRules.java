package vn.motcua.dossier.internal;

import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.problem.InvalidInputException.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks submitted form data against the procedure's own intake form: required fields present, values of
 * the field's type, choices among the form's options, no field the form does not have.
 */
final class FormDataRules {

    static final int MAX_TEXT = 2000;

    private FormDataRules() {
    }

    /**
     * @param reserved names the form may not use because the lifecycle relies on them
     */
    static List<Violation> check(Procedure procedure, Map<String, Object> data, Set<String> reserved) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> values = data == null ? Map.of() : data;
        Set<String> known = procedure.fields().stream().map(FormField::key).collect(Collectors.toSet());
        for (String key : values.keySet()) {
            if (ProcessVariables.PLACE_INPUTS.contains(key)) {
                // the authority decisions' place inputs: a documented contract, whether or not the form asks yet
                if (!(values.get(key) instanceof String s) || !s.strip().matches("\\d{5}")) {
                    violations.add(new Violation("formData." + key, "Mã xã phải gồm 5 chữ số (mã đơn vị hành chính)",
                            "A commune code has 5 digits (the official administrative unit code)"));
                }
                continue;
            }
            if (!known.contains(key) || reserved.contains(key)) {
                violations.add(new Violation("formData." + key, "Biểu mẫu của thủ tục không có trường này",
                        "The procedure's form has no such field"));
            }
        }
        for (FormField field : procedure.fields()) {
            if (field.type() == FormField.Type.FILE) {
                continue; // the document's files are the dossier's attachments (AttachmentRules), not form data
            }
            if (ProcessVariables.PLACE_INPUTS.contains(field.key())) {
                if (field.required() && values.get(field.key()) == null) {
                    violations.add(new Violation("formData." + field.key(), "Bắt buộc phải nhập: " + field.label(), "Required: " + field.label()));
                }
                continue;
            }
            Object value = values.get(field.key());
            String path = "formData." + field.key();
            if (value == null || (value instanceof String s && s.isBlank())) {
                if (field.required()) {
                    violations.add(new Violation(path, "Bắt buộc phải nhập: " + field.label(), "Required: " + field.label()));
                }
                continue;
            }
            typeProblem(field, value).ifPresent(p -> violations.add(new Violation(path, p[0], p[1])));
        }
        return violations;
    }

    private static java.util.Optional<String[]> typeProblem(FormField field, Object value) {
        return switch (field.type()) {
            case TEXT -> value instanceof String s
                    ? (s.length() > MAX_TEXT ? problem("Quá dài (tối đa " + MAX_TEXT + " ký tự)", "Too long (at most " + MAX_TEXT + " characters)") : ok())
                    : problem("Phải là chuỗi ký tự", "Must be text");
            case NUMBER -> value instanceof Number ? ok() : problem("Phải là số", "Must be a number");
            case BOOLEAN -> value instanceof Boolean ? ok() : problem("Phải là true hoặc false", "Must be true or false");
            case DATE -> value instanceof String s && isDate(s) ? ok()
                    : problem("Phải là ngày dạng YYYY-MM-DD, từ năm 1900 đến 2199", "Must be a date as YYYY-MM-DD, from 1900 to 2199");
            case FILE -> ok();
            case CHOICE -> field.options().contains(String.valueOf(value)) && value instanceof String ? ok()
                    : problem("Chọn một trong: " + String.join(", ", field.options()),
                    "Choose one of: " + String.join(", ", field.options()));
        };
    }

    /** A date as YYYY-MM-DD within the plausible range of every date the app reads (1900–2199). */
    private static boolean isDate(String s) {
        try {
            return s.equals(s.strip()) && vn.motcua.input.Dates.date("", s) != null;
        } catch (vn.motcua.problem.InvalidInputException e) {
            return false;
        }
    }

    private static java.util.Optional<String[]> ok() {
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String[]> problem(String vi, String en) {
        return java.util.Optional.of(new String[] {vi, en});
    }
}
