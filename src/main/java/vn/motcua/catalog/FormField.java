package vn.motcua.catalog;

import java.util.List;
import java.util.Map;

/**
 * One field of a procedure's intake form, as the analyst drew it in the Camunda Form
 * ({@code forms/form-<code>.form}). The API checks submitted form data against these. A document's upload field
 * ({@link Type#FILE}) carries how many originals and copies the procedure requires (its custom properties
 * {@code motcua.originals}, {@code motcua.copies}; {@code null} when the source does not say), for the receipt slip.
 */
public record FormField(String key, String label, Type type, boolean required, List<String> options,
                        Integer originals, Integer copies, Map<String, String> optionLabels) {

    public FormField {
        optionLabels = optionLabels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(optionLabels));
    }

    /** A field whose options carry no labels of their own (each option reads as its value). */
    public FormField(String key, String label, Type type, boolean required, List<String> options,
                     Integer originals, Integer copies) {
        this(key, label, type, required, options, originals, copies, Map.of());
    }

    /**
     * A field that is not a document's upload field.
     */
    public FormField(String key, String label, Type type, boolean required, List<String> options) {
        this(key, label, type, required, options, null, null);
    }

    /** What a person reads for a stored option value: the form's label ("Mẹ" for {@code me}), else the value. */
    public String labelOf(Object value) {
        String text = String.valueOf(value);
        return optionLabels.getOrDefault(text, text);
    }

    /** {@code FILE}: an upload field for one required document; its files travel as the dossier's attachments. */
    public enum Type { TEXT, NUMBER, DATE, CHOICE, BOOLEAN, FILE }
}
