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
 *   <li>a text that says the provincial People's Council sets the fee ({@code "Miễn phí(Mức lệ phí cụ thể do Hội đồng
 *       nhân dân tỉnh … quyết định…)"}, no amount of its own) → {@link Kind#PROVINCIAL}: not free;</li>
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
        /** Set by the provincial People's Council: the amount is in the province's fee table, not in the source. */
        PROVINCIAL,
        UNPARSED
    }

    private static final Pattern PEOPLES_COUNCIL = Pattern.compile(
            "(?:do|theo|của) (?:nghị quyết |quy định |quyết định )?(?:của )?(?:hội đồng nhân dân|hđnd) (?:cấp )?(?:các )?(?:tỉnh|thành phố)"
                    + "|(?:hội đồng nhân dân|hđnd) (?:cấp )?(?:tỉnh|thành phố)[^.;]{0,80}?(?:quyết định|quy định)(?! điều chỉnh)");
    private static final Pattern DISCOUNT = Pattern.compile(
            "kể từ ngày (\\d{1,2})/(\\d{1,2})/(\\d{4}) đến hết ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})([^.]{0,240}?)(bằng|giảm) (\\d{1,3}) ?%");

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
        if (PEOPLES_COUNCIL.matcher(t).find() && !AMOUNT.matcher(t).find()) {
            // "Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định…)": not free, the province sets it
            return new Result(Kind.PROVINCIAL, null, source, "do Hội đồng nhân dân tỉnh quyết định / set by the provincial People's Council");
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

    /**
     * The discounts the fee text states for a period ("Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu … bằng 50%
     * mức thu …" → 50 % off; "giảm 30%" → 30 % off). A sentence that names the online channel ("trực tuyến", also
     * misspelt "trực tuyển") applies to it only; the others to every channel.
     *
     * @param online whether the fee is the online channel's
     */
    public static java.util.List<vn.motcua.catalog.Fee.Discount> discounts(String text, boolean online) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        java.util.List<vn.motcua.catalog.Fee.Discount> found = new java.util.ArrayList<>();
        Matcher m = DISCOUNT.matcher(t);
        while (m.find()) {
            boolean onlineOnly = m.group(7).contains("trực tuy");
            int percent = Integer.parseInt(m.group(9));
            int off = m.group(8).equals("bằng") ? 100 - percent : percent;
            if ((onlineOnly && !online) || off <= 0 || off > 100) {
                continue;
            }
            try {
                vn.motcua.catalog.Fee.Discount d = new vn.motcua.catalog.Fee.Discount(off,
                        java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
                        java.time.LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4))));
                if (!found.contains(d)) {
                    found.add(d);
                }
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                // an impossible date in the source: no discount rather than a wrong one
            }
        }
        return found;
    }

    private static Result unparsed(String source, String vi, String en) {
        return new Result(Kind.UNPARSED, null, source, vi + " / " + en);
    }
}
