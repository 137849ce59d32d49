package vn.motcua.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormField;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.TermsProperties;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalog facts from a procedure model with a streaming parser: the process's {@code motcua.*} extension
 * properties, its start form reference and its authority decision; and from an intake form, its fields and the
 * documents it asks for. Shared lifecycle models (processes/shared) carry no {@code motcua.code} and are no procedures.
 */
public final class ModelMetadataReader {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String PREFIX = "motcua.";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private ModelMetadataReader() {
    }

    /** What a BPMN file says of its (first) process; {@link ProcessFacts#code()} is null for a non-procedure. */
    public static ProcessFacts readProcess(byte[] bpmn, String file) {
        Map<String, String> properties = new LinkedHashMap<>();
        String processKey = null;
        String name = null;
        String formKey = null;
        String decisionKey = null;
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(bpmn));
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                if (element.equals("process") && processKey == null) {
                    processKey = reader.getAttributeValue(null, "id");
                    name = reader.getAttributeValue(null, "name");
                } else if (element.equals("startEvent") && formKey == null) {
                    formKey = reader.getAttributeValue(CAMUNDA_NS, "formRef");
                } else if (element.equals("businessRuleTask") && decisionKey == null) {
                    decisionKey = reader.getAttributeValue(CAMUNDA_NS, "decisionRef");
                } else if (element.equals("property") && CAMUNDA_NS.equals(reader.getNamespaceURI())) {
                    String property = reader.getAttributeValue(null, "name");
                    if (property != null && property.startsWith(PREFIX)) {
                        properties.put(property, reader.getAttributeValue(null, "value"));
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Model " + file + " is not well-formed XML: " + e.getMessage(), e);
        }
        return new ProcessFacts(file, processKey, name, formKey, decisionKey, Collections.unmodifiableMap(properties));
    }

    /**
     * The facts of one procedure model.
     *
     * @param properties its {@code motcua.*} extension properties, as the analyst sees them in Modeler
     */
    public record ProcessFacts(String file, String processKey, String name, String formKey, String decisionKey,
                               Map<String, String> properties) {

        public String code() {
            return properties.get(PREFIX + "code");
        }

        /** The official name: the engine's name column holds 255 characters, motcua.name keeps a longer one whole. */
        public String officialName() {
            return properties.getOrDefault(PREFIX + "name", name == null ? processKey : name);
        }

        /**
         * The limit and fee per channel; a bad value names the model and the channel. A limit the source does not
         * publish ({@code UNPUBLISHED}) counts as the province's {@code defaultLimit}; a People's Council fee
         * ({@code PROVINCIAL}) takes its amount from the province's fee {@code table} when it has one.
         */
        public Map<Channel, ChannelTerms> terms(TimeLimit defaultLimit, ProvincialFeeTable table) {
            Map<Channel, ChannelTerms> terms = new EnumMap<>(Channel.class);
            String code = code();
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
            return Collections.unmodifiableMap(terms);
        }

        /**
         * The procedure as the catalog serves it, with its intake form ({@code null} when that form is not deployed:
         * no fields then). The documents are the form's upload fields, one per document: the one place an analyst
         * edits them.
         */
        public Procedure toProcedure(JsonNode form, TimeLimit defaultLimit, ProvincialFeeTable table) {
            List<FormField> fields = form == null ? List.of() : fields(form);
            List<String> documents = form == null ? List.of() : documents(form);
            return new Procedure(code(), officialName(), properties.getOrDefault(PREFIX + "field", ""),
                    properties.getOrDefault(PREFIX + "level", ""), properties.getOrDefault(PREFIX + "agency", ""),
                    processKey, decisionKey, formKey, terms(defaultLimit, table), documents, fields);
        }
    }

    /** The form's input fields (read-only ones left out), upload fields with their original and copy counts. */
    public static List<FormField> fields(JsonNode form) {
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return List.copyOf(fields);
    }

    /** The documents the form asks for: the name of each upload ({@code filepicker}) field, in order. */
    public static List<String> documents(JsonNode form) {
        List<String> documents = new ArrayList<>();
        collectDocuments(form.path("components"), documents);
        return List.copyOf(documents);
    }

    private static void collectDocuments(JsonNode components, List<String> into) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                collectDocuments(c.path("components"), into);
            }
            if ("filepicker".equals(c.path("type").asText()) && !c.path("label").asText("").isBlank()) {
                // the document's whole name where the label had to be shortened for the page
                String name = c.path("properties").path("motcua.document").asText("");
                into.add((name.isBlank() ? c.path("label").asText() : name).strip());
            }
        }
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
            java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
            c.path("values").forEach(v -> {
                options.add(v.path("value").asText());
                if (!v.path("label").asText("").isBlank()) {
                    labels.put(v.path("value").asText(), v.path("label").asText().strip());
                }
            });
            // a date field carries its label as "dateLabel"
            JsonNode properties = c.path("properties");
            into.add(new FormField(key, c.path("label").asText(c.path("dateLabel").asText(key)), type,
                    c.path("validate").path("required").asBoolean(false), List.copyOf(options),
                    count(properties.path("motcua.originals")), count(properties.path("motcua.copies")), labels));
        }
    }

    private static Integer count(JsonNode value) {
        String text = value.asText("").strip();
        return text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
    }
}
