package vn.motcua.importer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fee as the export writes it ({@code phi_le_phi}: the fee cell run together with its description) into
 * an amount in VND.
 *
 * <ul>
 *   <li>{@code "Miễn phí…"} → 0;</li>
 *   <li>{@code "50,000 VNĐ(…)"}, {@code "2,000,000 Việt Nam Đồng(…)"} → the number (commas group thousands);</li>
 *   <li>{@code "Không có thông tin…"}, empty, free text, foreign currency ({@code "10 USD"}), a malformed number
 *       ({@code "1100,000 VNĐ"}) → {@link Kind#UNPARSED} with the reason;</li>
 *   <li>an amount of 1 to 999 VND ({@code "120 VNĐ(20.000 vnđ /tờ khai)"}) → {@link Kind#UNPARSED}: no Vietnamese fee is
 *       that small and the descriptions show the portal lost the thousands (e.g. {@code "150 VNĐ(150.000 đồng/lần)"}),
 *       so taking the number would be wrong and multiplying it a guess.</li>
 * </ul>
 */
public final class FeeParser {

    /** The smallest amount taken as written; below it the portal has evidently dropped the thousands. */
    public static final long SMALLEST_PLAUSIBLE_FEE = 1_000;

    private static final Pattern AMOUNT = Pattern.compile(
            "^(\\d{1,3}(?:,\\d{3})+|\\d+) ?(vnđ|vnd|việt nam đồng|đồng)(?![\\p{L}])");
    private static final Pattern FOREIGN = Pattern.compile("^[\\d.,]+ ?(usd|eur)\\b.*");

    /** What the parser made of one fee. */
    public enum Kind {
        PARSED,
        UNPARSED
    }

    /**
     * @param kind   what happened
     * @param amount the fee in VND when parsed, else {@code null}
     * @param source the text as read
     * @param note   why it could not be parsed, Vietnamese / English; {@code null} when parsed
     */
    public record Result(Kind kind, Long amount, String source, String note) {

        public boolean parsed() {
            return kind == Kind.PARSED;
        }
    }

    private FeeParser() {
    }

    public static Result parse(String text) {
        String source = text == null ? "" : text;
        String t = Normalizer.normalize(source, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return unparsed(source, "không ghi phí, lệ phí", "no fee written");
        }
        if (t.startsWith("miễn phí") || t.startsWith("miễn lệ phí")) {
            return new Result(Kind.PARSED, 0L, source, null);
        }
        if (t.startsWith("không có thông tin")) {
            return unparsed(source, "nguồn ghi \"Không có thông tin\"", "the source says \"no information\"");
        }
        if (FOREIGN.matcher(t).matches()) {
            return unparsed(source, "phí bằng ngoại tệ", "fee in a foreign currency");
        }
        Matcher m = AMOUNT.matcher(t);
        if (m.find()) {
            long amount = Long.parseLong(m.group(1).replace(",", ""));
            if (amount > 0 && amount < SMALLEST_PLAUSIBLE_FEE) {
                return unparsed(source, "số tiền " + amount + " đồng không hợp lý (cổng DVCQG có lẽ đã bỏ mất hàng nghìn)",
                        "an amount of " + amount + " VND is implausible (the portal probably lost the thousands)");
            }
            return new Result(Kind.PARSED, amount, source, null);
        }
        if (t.matches("^[\\d.,]+ ?(vnđ|vnd|việt nam đồng|đồng).*")) {
            return unparsed(source, "số tiền viết sai định dạng", "malformed amount");
        }
        return unparsed(source, "văn bản tự do, không phải số tiền", "free text, not an amount");
    }

    private static Result unparsed(String source, String vi, String en) {
        return new Result(Kind.UNPARSED, null, source, vi + " / " + en);
    }
}
