package vn.motcua.input.internal;

import vn.motcua.problem.InvalidInputException;

import java.text.Normalizer;

/**
 * The rules for one piece of text: NFC; no control character (C0, DEL, C1; tab, line feed and carriage return only
 * where several lines are allowed); no unpaired surrogate; no U+FFFD, the mark a decoder leaves for malformed UTF-8;
 * no non-character U+FFFE/U+FFFF.
 */
public final class TextRules {

    private TextRules() {
    }

    public static String check(String field, String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw refused(field, "chứa nửa cặp ký tự UTF-16 không hợp lệ", "holds an unpaired surrogate", c);
            }
            if (Character.isLowSurrogate(c)) {
                throw refused(field, "chứa nửa cặp ký tự UTF-16 không hợp lệ", "holds an unpaired surrogate", c);
            }
            if (c == '\uFFFD') {
                throw refused(field, "chứa ký tự lỗi mã hoá (UTF-8 sai)", "holds the replacement character of malformed UTF-8", c);
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw refused(field, "chứa ký tự không hợp lệ", "holds a non-character", c);
            }
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                throw refused(field, multiLine ? "chứa ký tự điều khiển không được phép" : "chứa ký tự điều khiển (trường chỉ có một dòng)",
                        multiLine ? "holds a control character" : "holds a control character (single-line field)", c);
            }
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static InvalidInputException refused(String field, String vi, String en, char c) {
        String code = String.format("U+%04X", (int) c);
        return new InvalidInputException(field, "Văn bản " + vi + " (" + code + ")", "The text " + en + " (" + code + ")");
    }
}
