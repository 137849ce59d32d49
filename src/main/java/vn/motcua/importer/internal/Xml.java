package vn.motcua.importer.internal;

/** Escaping for the generated XML (attribute values and text). */
final class Xml {

    private Xml() {
    }

    /**
     * An attribute value: {@code & < > "} escaped, line breaks and tabs as spaces (a parser would normalise them anyway),
     * characters XML 1.0 forbids dropped.
     */
    static String attr(String value) {
        return escape(value.replaceAll("\\s+", " ").strip(), true);
    }

    /** Element text: {@code & < >} escaped, forbidden characters dropped. */
    static String text(String value) {
        return escape(value, false);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** An id fragment: characters other than letters, digits and underscore become underscores. */
    static String idPart(String value) {
        return value.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
