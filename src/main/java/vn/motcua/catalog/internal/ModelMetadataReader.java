package vn.motcua.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.TermsProperties;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalog facts from the procedure models with a streaming parser: the process's
 * {@code motcua.*} extension properties, its start form reference and that form's fields.
 * Shared lifecycle models (processes/shared) are not procedures and are not read.
 */
public class ModelMetadataReader {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String PREFIX = "motcua.";

    private final ResourcePatternResolver resources;
    private final XMLInputFactory xml;
    private final ObjectMapper json = new ObjectMapper();
    private final TimeLimit defaultLimit;
    private final ProvincialFeeTable fees;

    /**
     * @param defaultLimit the province's limit for channels whose source states none ({@code UNPUBLISHED})
     * @param feeTable     the province's People's Council fees ({@code PROVINCIAL}); may not exist (then empty)
     */
    public ModelMetadataReader(ResourcePatternResolver resources, TimeLimit defaultLimit, Resource feeTable) {
        this.resources = resources;
        this.defaultLimit = defaultLimit;
        this.fees = ProvincialFeeTable.read(feeTable);
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public List<Procedure> readAll() {
        try {
            Map<String, List<FormField>> forms = new HashMap<>();
            for (Resource form : resources.getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    forms.put(root.path("id").asText(), fields(root));
                }
            }
            List<Procedure> procedures = new ArrayList<>();
            for (Resource model : resources.getResources("classpath*:processes/**/*.bpmn")) {
                try (InputStream in = model.getInputStream()) {
                    ProcessFacts facts = read(in, model.getFilename());
                    if (facts.properties.containsKey(PREFIX + "code")) {
                        procedures.add(facts.toProcedure(forms, defaultLimit, fees));
                    }
                }
            }
            return procedures;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the procedure models", e);
        }
    }

    private ProcessFacts read(InputStream in, String file) {
        ProcessFacts facts = new ProcessFacts(file);
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                if (element.equals("process") && facts.processKey == null) {
                    facts.processKey = reader.getAttributeValue(null, "id");
                    facts.name = reader.getAttributeValue(null, "name");
                } else if (element.equals("startEvent") && facts.formKey == null) {
                    facts.formKey = reader.getAttributeValue(CAMUNDA_NS, "formRef");
                } else if (element.equals("businessRuleTask") && facts.decisionKey == null) {
                    facts.decisionKey = reader.getAttributeValue(CAMUNDA_NS, "decisionRef");
                } else if (element.equals("property") && CAMUNDA_NS.equals(reader.getNamespaceURI())) {
                    String name = reader.getAttributeValue(null, "name");
                    if (name != null && name.startsWith(PREFIX)) {
                        facts.properties.put(name, reader.getAttributeValue(null, "value"));
                    }
                }
            }
            reader.close();
            return facts;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Model " + file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<FormField> fields(JsonNode form) {
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return List.copyOf(fields);
    }

    private static void collect(JsonNode components, List<FormField> into) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                collect(c.path("components"), into);
            }
            String key = c.path("key").asText(null);
            FormField.Type type = switch (c.path("type").asText()) {
                case "textfield", "textarea" -> FormField.Type.TEXT;
                case "number" -> FormField.Type.NUMBER;
                case "datetime" -> FormField.Type.DATE;
                case "select", "radio" -> FormField.Type.CHOICE;
                case "checkbox" -> FormField.Type.BOOLEAN;
                case "filepicker" -> FormField.Type.FILE;
                default -> null;
            };
            if (key == null || type == null || c.path("readonly").asBoolean(false)) {
                continue;
            }
            List<String> options = new ArrayList<>();
            c.path("values").forEach(v -> options.add(v.path("value").asText()));
            // a date field carries its label as "dateLabel"
            JsonNode properties = c.path("properties");
            into.add(new FormField(key, c.path("label").asText(c.path("dateLabel").asText(key)), type,
                    c.path("validate").path("required").asBoolean(false), List.copyOf(options),
                    count(properties.path("motcua.originals")), count(properties.path("motcua.copies"))));
        }
    }

    private static Integer count(JsonNode value) {
        String text = value.asText("").strip();
        return text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
    }

    private static final class ProcessFacts {
        final String file;
        final Map<String, String> properties = new HashMap<>();
        String processKey;
        String name;
        String formKey;
        String decisionKey;

        ProcessFacts(String file) {
            this.file = file;
        }

        Procedure toProcedure(Map<String, List<FormField>> forms, TimeLimit defaultLimit, ProvincialFeeTable table) {
            Map<Channel, ChannelTerms> terms = new EnumMap<>(Channel.class);
            String code = properties.get(PREFIX + "code");
            for (Channel channel : Channel.values()) {
                String limit = properties.get(TermsProperties.LIMIT + channel.name());
                if (limit == null || limit.isBlank()) {
                    continue;
                }
                try {
                    boolean published = !TermsProperties.UNPUBLISHED.equals(limit.strip());
                    Fee fee = TermsProperties.fee(properties.getOrDefault(TermsProperties.FEE + channel.name(), TermsProperties.UNKNOWN));
                    if (fee.basis() == Fee.Basis.PROVINCIAL_TABLE) {
                        Fee stated = fee;
                        fee = table.find(code, channel)
                                .map(row -> new Fee(Fee.Basis.PROVINCIAL_TABLE, row.amountVnd(), row.decidedBy(), List.of()))
                                .orElse(stated);
                    }
                    fee = fee.withDiscounts(TermsProperties.discounts(properties.get(TermsProperties.FEE_DISCOUNT + channel.name())));
                    terms.put(channel, new ChannelTerms(channel, published ? TimeLimit.parse(limit.trim()) : defaultLimit, published, fee));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Model " + file + ": bad limit or fee for " + channel + ": " + e.getMessage(), e);
                }
            }
            String documents = properties.getOrDefault(PREFIX + "documents", "");
            List<FormField> fields = formKey == null ? List.of() : forms.get(formKey);
            if (fields == null) {
                throw new IllegalStateException("Model " + file + " refers to form " + formKey + " which is not in forms/");
            }
            // the engine's name column holds 255 characters; a longer official name is kept whole in motcua.name
            String officialName = properties.getOrDefault(PREFIX + "name", name);
            return new Procedure(properties.get(PREFIX + "code"), officialName, properties.getOrDefault(PREFIX + "field", ""),
                    properties.getOrDefault(PREFIX + "level", ""), properties.getOrDefault(PREFIX + "agency", ""),
                    processKey, decisionKey, formKey, java.util.Collections.unmodifiableMap(terms),
                    documents.isBlank() ? List.of() : Arrays.stream(documents.split("\\|")).map(String::trim).toList(),
                    fields);
        }
    }
}
