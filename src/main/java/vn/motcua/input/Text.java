package vn.motcua.input;

import vn.motcua.input.internal.TextRules;
import vn.motcua.problem.InvalidInputException;

/** The text rules for text that does not come through JSON or request parameters (an uploaded file's name). */
public final class Text {

    private Text() {
    }

    /**
     * {@code value} in NFC, or {@link InvalidInputException} naming {@code field} when it holds a control character,
     * an unpaired surrogate or the replacement character of malformed UTF-8. Null stays null.
     */
    public static String singleLine(String field, String value) {
        return TextRules.check(field, value, false);
    }
}
