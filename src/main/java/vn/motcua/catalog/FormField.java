package vn.motcua.catalog;

import java.util.List;

/**
 * One field of a procedure's intake form, as the analyst drew it in the Camunda Form
 * ({@code forms/form-<code>.form}). The API checks submitted form data against these.
 */
public record FormField(String key, String label, Type type, boolean required, List<String> options) {

    /** {@code FILE}: an upload field for one required document; its files travel as the dossier's attachments. */
    public enum Type { TEXT, NUMBER, DATE, CHOICE, BOOLEAN, FILE }
}
