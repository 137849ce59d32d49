package vn.motcua.catalog.internal;

import vn.motcua.catalog.Procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The intake forms themselves (Camunda Forms, {@code forms/**}/<form key>.form), as the portal renders them with the
 * form-js viewer: the very model the analysts edit and the submission is checked against. Read on first use and kept.
 */
@Component
class IntakeForms {

    private final ResourcePatternResolver resources;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> byKey = new ConcurrentHashMap<>();

    IntakeForms(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    /** The form schema of the procedure's start event, or empty if the procedure has none. */
    Optional<JsonNode> of(Procedure procedure) {
        String key = procedure.intakeFormKey();
        if (key == null || !key.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.computeIfAbsent(key, this::read));
    }

    private JsonNode read(String key) {
        try {
            for (Resource form : resources.getResources("classpath*:forms/**/" + key + ".form")) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    if (key.equals(root.path("id").asText())) {
                        return root;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + key, e);
        }
    }
}
