package vn.motcua.importer.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark a generated model carries so that a later run can tell whether an analyst edited it: the SHA-256 of the
 * file's own content, computed with the mark's value empty.
 *
 * <ul>
 *   <li>BPMN: the process's extension property {@code <camunda:property name="motcua.generated" value="…" />};</li>
 *   <li>DMN: the comment {@code <!-- motcua.generated: … -->} after the XML declaration (no Camunda namespace needed);</li>
 *   <li>form: the top-level property {@code "motcuaGenerated": "…"} (the engine reads only the form's {@code id}, form-js
 *       ignores unknown top-level properties; a test deploys such a form on the engine).</li>
 * </ul>
 * A file whose content no longer hashes to its recorded value, or that has no mark, was edited (or not generated):
 * the importer keeps it unless told to overwrite edited models.
 */
public enum GeneratedMarker {

    BPMN(Pattern.compile("(<camunda:property name=\"motcua\\.generated\" value=\")([0-9a-f]*)(\")")),
    DMN(Pattern.compile("(<!-- motcua\\.generated: )([0-9a-f]*)( -->)")),
    FORM(Pattern.compile("(\"motcuaGenerated\"\\s*:\\s*\")([0-9a-f]*)(\")"));

    private final Pattern mark;

    GeneratedMarker(Pattern mark) {
        this.mark = mark;
    }

    /** The marker for a model file name ({@code .bpmn}, {@code .dmn}, {@code .form}). */
    public static GeneratedMarker forFile(String fileName) {
        if (fileName.endsWith(".bpmn")) {
            return BPMN;
        }
        if (fileName.endsWith(".dmn")) {
            return DMN;
        }
        if (fileName.endsWith(".form")) {
            return FORM;
        }
        throw new IllegalArgumentException("Not a model file: " + fileName);
    }

    /** {@code content}, which carries the mark with an empty value, with the value set to the content's hash. */
    public String seal(String content) {
        Matcher m = mark.matcher(content);
        if (!m.find() || !m.group(2).isEmpty()) {
            throw new IllegalArgumentException("Generated content must carry exactly one empty " + name() + " mark");
        }
        String hash = sha256(content);
        return content.substring(0, m.start(2)) + hash + content.substring(m.end(2));
    }

    /** The hash the content records, if it carries the mark. */
    public Optional<String> recorded(String content) {
        Matcher m = mark.matcher(content);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** Whether the content carries the mark and still hashes to it: generated and not edited since. */
    public boolean untouched(String content) {
        Matcher m = mark.matcher(content);
        if (!m.find() || m.group(2).isEmpty()) {
            return false;
        }
        String recorded = m.group(2);
        String blank = content.substring(0, m.start(2)) + content.substring(m.end(2));
        return recorded.equals(sha256(blank));
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
