package vn.motcua.modelvalidation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.modelvalidation.ModelResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One Camunda Form on its own: a JSON object with an {@code id}, components, and each field key once. */
final class FormValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValidator() {
    }

    /** A form's id and its field keys (nested components included), in document order. */
    record ParsedForm(ModelResource resource, String id, List<String> keys) {
    }

    /** The form, checked, or null (and a finding) when it is no JSON object with an id. */
    static ParsedForm parseAndCheck(ModelResource resource, Findings findings) {
        String file = resource.name();
        JsonNode form;
        try {
            form = JSON.readTree(resource.content());
        } catch (Exception e) {
            findings.add(file, "", "không đọc được biểu mẫu (JSON)", "form cannot be parsed (JSON)", e);
            return null;
        }
        if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
            findings.add(file, "", "biểu mẫu phải là đối tượng JSON có \"id\"", "a form must be a JSON object with an \"id\"");
            return null;
        }
        String id = form.path("id").asText();
        if (!form.path("components").isArray()) {
            findings.add(file, id, "biểu mẫu không có \"components\"", "the form has no \"components\"");
        }
        List<String> keys = new ArrayList<>();
        collectKeys(form.path("components"), keys);
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                findings.add(file, key, "khóa trường bị trùng trong biểu mẫu", "field key used twice in the form");
            }
        }
        return new ParsedForm(resource, id, keys);
    }

    /** The form's id, or null when it has none or cannot be read. */
    static String formId(ModelResource resource) {
        try {
            JsonNode id = JSON.readTree(resource.content()).path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (Exception e) {
            return null; // not a definition
        }
    }

    private static void collectKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.path("key").isTextual()) {
                keys.add(component.path("key").asText());
            }
            if (component.has("components")) {
                collectKeys(component.path("components"), keys);
            }
        }
    }
}
