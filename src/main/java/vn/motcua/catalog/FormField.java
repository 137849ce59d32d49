package vn.motcua.catalog;

import java.util.List;

/**
 * One field of a procedure's intake form, as the analyst drew it in the Camunda Form
 * ({@code forms/form-<code>.form}). The API checks submitted form data against these. A document's upload field
 * ({@link Type#FILE}) carries how many originals and copies the procedure requires (its custom properties
 * {@code motcua.originals}, {@code motcua.copies}; {@code null} when the source does not say), for the receipt slip.
 */
public record FormField(String key, String label, Type type, boolean required, List<String> options,
                        Integer originals, Integer copies) {

    /**
     * A field that is not a document's upload field.
     */
    public FormField(String key, String label, Type type, boolean required, List<String> options) {
        this(key, label, type, required, options, null, null);
    }

    /** {@code FILE}: an upload field for one required document; its files travel as the dossier's attachments. */
    public enum Type { TEXT, NUMBER, DATE, CHOICE, BOOLEAN, FILE }
}
