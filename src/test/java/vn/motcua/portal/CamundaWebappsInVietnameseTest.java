package vn.motcua.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers and administrators read Camunda's Tasklist, Cockpit and Admin in Vietnamese: each app's
 * {@code locales/vi.json} (ours, beside its {@code config.js}) is checked against the {@code en.json} that ships in
 * Camunda's webjar, so a Camunda upgrade that adds labels, or an edit that loses a placeholder, fails here.
 */
class CamundaWebappsInVietnameseTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /** English texts that are right in Vietnamese too: names, identifiers, formats and symbols. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of(
            "", "Camunda", "Cockpit", "Tasklist", "Camunda Cockpit", "Optimize", "ID", "CSV", "JSON", "Endpoint",
            "case", "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=");

    /** Interpolations and markup that must survive translation: {{ name }}, {}, %s, tags and entities. */
    private static final Pattern KEPT = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|b|strong|em|code|br|span|i|p|ul|li|div|small)\\b[^>]*>|&[a-z]+;|&#\\d+;");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void everyCamundaLabelHasAVietnameseTextWithTheSamePlaceholdersAndMarkup(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");

        assertThat(names(vietnamese)).containsExactlyInAnyOrderElementsOf(names(english));
        List<String> lost = new ArrayList<>();
        for (String key : names(english)) {
            if (!kept(english.get(key).asText()).equals(kept(vietnamese.get(key).asText()))) {
                lost.add(key + ": " + english.get(key).asText() + " -> " + vietnamese.get(key).asText());
            }
        }
        assertThat(lost).as("labels whose placeholders or markup changed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void onlyNamesIdentifiersAndSymbolsStayInEnglish(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");

        List<String> untranslated = new ArrayList<>();
        for (String key : names(english)) {
            String text = english.get(key).asText();
            if (text.equals(vietnamese.path(key).asText(null)) && !SAME_IN_VIETNAMESE.contains(text)) {
                untranslated.add(key + ": " + text);
            }
        }
        assertThat(untranslated).as("labels still in English").isEmpty();
    }

    private JsonNode labels(String app, String language) throws IOException {
        String name = LOCALES.formatted(app, language);
        List<URL> found = Collections.list(getClass().getClassLoader().getResources(name));
        // en.json comes only from Camunda's webjar, vi.json only from this project
        assertThat(found).as(name).hasSize(1);
        try (InputStream in = found.get(0).openStream()) {
            return json.readTree(in).get("labels");
        }
    }

    private static List<String> names(JsonNode labels) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }

    private static List<String> kept(String text) {
        List<String> kept = new ArrayList<>();
        Matcher matcher = KEPT.matcher(text);
        while (matcher.find()) {
            kept.add(matcher.group().replaceAll("\\s+", ""));
        }
        Collections.sort(kept);
        return kept;
    }
}
