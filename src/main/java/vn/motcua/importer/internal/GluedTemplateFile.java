package vn.motcua.importer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the template file name off a document's name where the export glued the two table cells together.
 *
 * <p>The export writes "Tên giấy tờ" and "Mẫu đơn, tờ khai" with nothing between them: {@code "Đơn đề nghị theo mẫu quy
 * định;văn bản đề nghị.docx"}, {@code "… theo mẫu quy địnhbáo cáo kết quả khảo sát.docx"}, {@code "…
 * TT-BNNMTMẫu số 03.docx"}, {@code "… NĐ -CPmau so 12.doc"}, {@code "… quy định1.4. Don de nghi.docx"}. The file name
 * starts at a <em>seam</em>, a place where two words touch that no Vietnamese text writes:
 * <ul>
 *   <li>a lower-case letter or closing punctuation followed by a capital ({@code "mẫuTK"}, {@code ")Phlc1"});</li>
 *   <li>a run of capitals followed by a capitalised word ({@code "BNNMTMẫu"}) or by a lower-case syllable that the last
 *       capital cannot start ({@code "CPmau"}; one letter stays with the acronym: {@code "QĐ-TTg"}, {@code "VIb"});</li>
 *   <li>an acronym written twice ({@code "GMSGMS - Gia hạn.docx"});</li>
 *   <li>a {@code ;} or {@code .} followed directly by a letter ({@code "định;văn"}, {@code "trắng.mau"}), or after a word
 *       by a digit ({@code "Bộ Công an.12-Mẫu"}), or {@code )} followed by a digit ({@code "(mẫu NA17)101-Mau"});</li>
 *   <li>two Vietnamese syllables written as one word, the first with a diacritic ({@code "địnhbáo"}, {@code "nợmẫu"}).</li>
 * </ul>
 * Of the seams in the last {@link #MAX_FILE_NAME} characters before the extension the first is taken: the file name
 * itself holds seams ({@code "Phlc|IV"}), the name before it rarely near its end. Only where there is none, a weak seam
 * is taken (see {@link #isWeakSeam}). Several files glued one after the other ({@code "….docMau 06-….docx"}) end the
 * name at the first. Where no seam is found, only the last word (the one with the extension) is cut, and the result says
 * it is uncertain so that the import report lists it.
 */
final class GluedTemplateFile {

    /** Template file names in the export are up to about 100 characters; a little room above it. */
    static final int MAX_FILE_NAME = 120;

    private static final Pattern EXTENSION = Pattern.compile("\\.(docx?|pdf|xlsx?|rar|zip|rtf|odt)$", Pattern.CASE_INSENSITIVE);
    /** An extension with more text glued after it: another template file follows. */
    private static final Pattern GLUED_EXTENSION = Pattern.compile("\\.(docx?|pdf|xlsx?|rar|zip|rtf|odt)(?=[\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");

    /**
     * @param name      the document's name without the template file
     * @param certain   whether the file name was cut at a seam (not only its last word)
     */
    record Cut(String name, boolean certain) {
    }

    private GluedTemplateFile() {
    }

    /**
     * The name without the glued template file (or files: {@code "…khai thácMau 05-….docMau 06-….docx"}); {@code text}
     * unchanged (and certain) when it ends with none.
     */
    static Cut cut(String text) {
        if (!EXTENSION.matcher(text).find()) {
            return new Cut(text, true);
        }
        Matcher glued = GLUED_EXTENSION.matcher(text);
        return cutOne(glued.find() ? text.substring(0, glued.end()) : text); // the first of several files ends the name
    }

    private static Cut cutOne(String text) {
        Matcher extension = EXTENSION.matcher(text);
        extension.find();
        int from = Math.max(1, text.length() - MAX_FILE_NAME);
        int to = extension.start(); // the extension's own dot is no seam
        OptionalInt seam = firstSeam(text, from, to, GluedTemplateFile::isSeam);
        if (seam.isEmpty()) {
            seam = firstSeam(text, from, to, GluedTemplateFile::isWeakSeam);
        }
        if (seam.isPresent()) {
            return new Cut(text.substring(0, seam.getAsInt()).replaceAll("[\\s;:,.]+$", ""), true);
        }
        return new Cut(text.replaceAll("(?i)\\S*\\.(docx?|pdf|xlsx?|rar|zip|rtf|odt)$", ""), false);
    }

    private interface SeamTest {
        boolean at(String s, int i);
    }

    private static OptionalInt firstSeam(String s, int from, int to, SeamTest test) {
        for (int i = from; i < to; i++) {
            if (test.at(s, i)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the template file could start at {@code i}. */
    private static boolean isSeam(String s, int i) {
        char before = s.charAt(i - 1);
        char at = s.charAt(i);
        if (Character.isUpperCase(at) && (Character.isLowerCase(before) || ");,.:".indexOf(before) >= 0)) {
            return true;
        }
        if ((before == ';' || before == '.') && Character.isLetter(at)) {
            return true;
        }
        if (Character.isDigit(at) && (before == ')' || ((before == ';' || before == '.') && i >= 2
                && (Character.isLetter(s.charAt(i - 2)) || s.charAt(i - 2) == ')')))) {
            // "(mẫu NA17)101-Mau …", "… Bộ Công an.12-Mẫu …", "… con nuôi;1.nxin….doc"
            return true;
        }
        if (Character.isUpperCase(at) && Character.isUpperCase(before) && doubledAcronymMiddle(s, i)) {
            return true; // "GMSGMS - Gia hạn.docx": the acronym written again as the file's first word
        }
        if (Character.isUpperCase(before) && Character.isUpperCase(at)) {
            // "BNNMTMẫu", "BNNMTMus03": the capital after the acronym starts the file's first word …
            String rest = lowerCaseRun(s, i + 1);
            return rest.length() >= 2 && !acronymEnding(at, rest);
        }
        if (Character.isLowerCase(at) && Character.isUpperCase(before) && i >= 2 && Character.isUpperCase(s.charAt(i - 2))) {
            // … unless the lower-case letters are a word of their own and the capital cannot start it: "CPmau"
            // ("TTg", "VIb": one letter belongs to the acronym)
            return acronymEnding(before, lowerCaseRun(s, i));
        }
        if (Character.isLowerCase(at) && Character.isLowerCase(before)) {
            return twoSyllables(s, i);
        }
        return false;
    }

    /**
     * A seam only where no clear one is: a number followed by a capitalised syllable ({@code "năm 2026Mẫu số 11"},
     * {@code "TP-QTV-02Mẫu TP-QTV-02"}) or a capitalised word with a number ({@code "15/5/2024Mus02.docx"}), or a
     * word of two or more letters followed by a digit ({@code "định1.4. Don"}).
     * Names write the first ("Phụ lục 01Thông tư"), file names the second ({@code "Mau57"}, {@code "Phulucso05a"}), so
     * they yield to any other seam.
     */
    private static boolean isWeakSeam(String s, int i) {
        char before = s.charAt(i - 1);
        char at = s.charAt(i);
        if (Character.isDigit(before) && Character.isUpperCase(at) && i + 1 < s.length()
                && Character.isLowerCase(s.charAt(i + 1))) {
            String rest = lowerCaseRun(s, i + 1);
            int after = i + 1 + rest.length();
            // "2026Mẫu số", or a file-like word with its number: "2024Mus02.docx"
            return syllable(at + rest) || (after < s.length() && Character.isDigit(s.charAt(after)));
        }
        return Character.isDigit(at) && Character.isLowerCase(before) && i >= 2 && Character.isLetter(s.charAt(i - 2));
    }

    /** Whether the run of capitals around {@code i} is one acronym written twice, {@code i} its middle. */
    private static boolean doubledAcronymMiddle(String s, int i) {
        int start = i;
        while (start > 0 && Character.isUpperCase(s.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < s.length() && Character.isUpperCase(s.charAt(end))) {
            end++;
        }
        int half = i - start;
        return half >= 2 && end - i == half && s.regionMatches(start, s, i, half);
    }

    /** Whether {@code rest} is a word of its own that {@code capital} cannot start ("CP" + "mau", not "M" + "ẫu"). */
    private static boolean acronymEnding(char capital, String rest) {
        return rest.length() >= 2 && syllable(rest) && !syllable(capital + rest);
    }

    /** The lower-case letters from {@code i}. */
    private static String lowerCaseRun(String s, int i) {
        int end = i;
        while (end < s.length() && Character.isLowerCase(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    /** The letters from {@code i} up to the next non-letter. */
    private static String word(String s, int i) {
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    /**
     * Whether {@code s} is one word made of two syllables split at {@code i}: the lower-case letters of the word before
     * {@code i} are one syllable with a diacritic (loanwords such as "online" have none), and those from {@code i} are
     * another, and the whole is no syllable.
     */
    private static boolean twoSyllables(String s, int i) {
        int start = i;
        while (start > 0 && Character.isLowerCase(s.charAt(start - 1))) {
            start--;
        }
        String first = s.substring(start, i);
        String second = word(s, i);
        if (second.chars().anyMatch(Character::isUpperCase) || syllable(first + second)) {
            return false;
        }
        boolean diacritic = first.chars().anyMatch(c -> c > 0x7f);
        return diacritic && syllable(first) && syllable(second) && !isVowel(second.charAt(0));
    }

    private static boolean syllable(String word) {
        return !word.isEmpty() && SYLLABLE.matcher(base(word)).matches();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(base(String.valueOf(c)).charAt(0)) >= 0;
    }

    /** Lower case, without tones and vowel marks, đ as d: "Địnhbáo" → "dinhbao". */
    private static String base(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
