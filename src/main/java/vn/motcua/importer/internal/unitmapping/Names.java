package vn.motcua.importer.internal.unitmapping;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Comparing Vietnamese unit names as the published texts spell them. Two keys: {@link #exact} keeps the letters'
 * marks but not where the tone mark sits ("Hòa" = "Hoà"), nor case, spaces or apostrophes ("Cư K’nia" = "Cư Knia"),
 * so that "Lộc Thanh" and "Lộc Thành" stay two communes; {@link #loose} also drops every mark ("Đam Bri" = "Đạm
 * Bri"), used only when the exact key finds nothing.
 */
final class Names {

    private static final Pattern KIND = Pattern.compile("^(?iu)(thị trấn|phường|xã|đặc khu)\\s+");
    private static final Pattern AREA_KIND = Pattern.compile("^(?iu)(thành phố|thị xã|huyện|quận|tỉnh)\\s+");
    /** Grave, acute, tilde, hook above, dot below: the tone marks (not the vowels' own circumflex, breve, horn). */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Names() {
    }

    static String exact(String name) {
        return Arrays.stream(nfc(name).split("\\s+")).map(Names::exactWord).collect(Collectors.joining());
    }

    private static String exactWord(String word) {
        String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char ch : d.toCharArray()) {
            if (TONES.indexOf(ch) >= 0) {
                tones.append(ch);
            } else if (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK) {
                letters.append(ch);
            }
        }
        return Normalizer.normalize(letters.toString(), Normalizer.Form.NFC) + tones;
    }

    static String loose(String name) {
        String s = Normalizer.normalize(nfc(name), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** The name without its kind: "Phường 1" gives "1", "Thị trấn Liên Hương" gives "Liên Hương". */
    static String withoutKind(String name) {
        return KIND.matcher(nfc(name)).replaceFirst("");
    }

    /** A district or province name without its kind: "huyện Tuy Phong" and "thành phố Đà Lạt" give "Tuy Phong", "Đà Lạt". */
    static String withoutAreaKind(String name) {
        return AREA_KIND.matcher(nfc(name)).replaceFirst("");
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
