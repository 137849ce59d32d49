package vn.motcua.slips.internal;

import java.text.NumberFormat;

/**
 * An amount of đồng as a receipt writes it: in figures "1.500.000 đ" and in words "Một triệu năm trăm nghìn đồng"
 * (the usual reading: "linh" for a zero ten, "mốt" and "lăm" after a ten, "không trăm" inside a number). Pure.
 */
final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    private AmountInWords() {
    }

    /** "1.500.000 đ": integer đồng, thousands separated by dots. */
    static String figures(long vnd) {
        return NumberFormat.getIntegerInstance(SlipPdf.VI).format(vnd) + " đ";
    }

    /** "Một triệu năm trăm nghìn đồng"; "Không đồng" for 0. */
    static String words(long vnd) {
        if (vnd < 0) {
            throw new IllegalArgumentException("A negative amount: " + vnd);
        }
        if (vnd == 0) {
            return "Không đồng";
        }
        String text = read(vnd, true).strip() + " đồng";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Groups of three digits from the left; above a thousand billion the billions repeat ("nghìn tỷ"). */
    private static String read(long n, boolean leading) {
        if (n >= 1_000_000_000_000L) {
            long high = n / 1_000_000_000L;
            long low = n % 1_000_000_000L;
            return read(high, leading) + " tỷ" + (low == 0 ? "" : read(low, false));
        }
        StringBuilder out = new StringBuilder();
        long[] groups = {n / 1_000_000_000L, n / 1_000_000L % 1000, n / 1000 % 1000, n % 1000};
        boolean started = !leading;
        for (int i = 0; i < groups.length; i++) {
            int g = (int) groups[i];
            if (g == 0) {
                continue;
            }
            out.append(' ').append(three(g, started)).append(GROUPS[groups.length - 1 - i]);
            started = true;
        }
        return out.toString();
    }

    /** Three digits; {@code full} when digits come before them (then "không trăm", "linh" are said). */
    private static String three(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0 || full) {
            s.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0 && s.length() > 0) {
                s.append(" linh");
            }
        } else if (tens == 1) {
            s.append(s.length() > 0 ? " " : "").append("mười");
        } else {
            s.append(s.length() > 0 ? " " : "").append(DIGITS[tens]).append(" mươi");
        }
        if (units > 0) {
            String unit = units == 1 && tens >= 2 ? "mốt" : units == 5 && tens >= 1 ? "lăm" : DIGITS[units];
            s.append(s.length() > 0 ? " " : "").append(unit);
        }
        return s.toString();
    }
}
