package vn.motcua.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a procedure's model writes its terms per channel, the contract between the importer, the validator and the
 * catalog:
 * <ul>
 *   <li>{@code motcua.limit.<CHANNEL>}: a time limit ({@code 5WD}, {@code 30CD}, {@code 0WD}, {@code 6WD+30CD}) or
 *       {@value #UNPUBLISHED}: the source states none, the province's default ({@code motcua.catalog.default-limit})
 *       applies and citizens are told the limit is not published;</li>
 *   <li>{@code motcua.fee.<CHANNEL>}: whole VND ({@code 0} = free as the source says), {@value #UNKNOWN} (the source
 *       states no usable amount) or {@value #PROVINCIAL} (set by the provincial People's Council: the province's fee
 *       table);</li>
 *   <li>{@code motcua.feeDiscount.<CHANNEL>}: discounts in force for a period, {@code 50%:2025-01-01/2025-12-31},
 *       several joined by {@code ;}.</li>
 * </ul>
 */
public final class TermsProperties {

    public static final String LIMIT = "motcua.limit.";
    public static final String FEE = "motcua.fee.";
    public static final String FEE_DISCOUNT = "motcua.feeDiscount.";
    public static final String UNPUBLISHED = "UNPUBLISHED";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String PROVINCIAL = "PROVINCIAL";

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}");
    private static final Pattern DISCOUNT = Pattern.compile("(\\d{1,3})%:(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    private TermsProperties() {
    }

    /** Whether a {@code motcua.fee.*} value is one of the forms above. */
    public static boolean validFee(String value) {
        String v = value == null ? "" : value.strip();
        return AMOUNT.matcher(v).matches() || UNKNOWN.equals(v) || PROVINCIAL.equals(v);
    }

    /**
     * The fee a {@code motcua.fee.*} value states; a {@value #PROVINCIAL} fee without its amount (the catalog looks it
     * up in the province's table).
     *
     * @throws IllegalArgumentException when the value is none of the forms above
     */
    public static Fee fee(String value) {
        String v = value == null ? "" : value.strip();
        if (UNKNOWN.equals(v)) {
            return Fee.unknown();
        }
        if (PROVINCIAL.equals(v)) {
            return new Fee(Fee.Basis.PROVINCIAL_TABLE, null, null, List.of());
        }
        if (!AMOUNT.matcher(v).matches()) {
            throw new IllegalArgumentException("Not a fee: \"" + value + "\"; expected whole VND, " + UNKNOWN + " or " + PROVINCIAL);
        }
        return Fee.stated(Long.parseLong(v));
    }

    /** @throws IllegalArgumentException when the value is not {@code P%:from/until[;…]} */
    public static List<Fee.Discount> discounts(String value) {
        List<Fee.Discount> discounts = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return discounts;
        }
        for (String part : value.split(";")) {
            Matcher m = DISCOUNT.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a discount: \"" + part + "\"; expected e.g. 50%:2025-01-01/2025-12-31");
            }
            try {
                discounts.add(new Fee.Discount(Integer.parseInt(m.group(1)), LocalDate.parse(m.group(2)), LocalDate.parse(m.group(3))));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a discount: \"" + part + "\": " + e.getMessage(), e);
            }
        }
        return discounts;
    }

    /** The property value of discounts, as {@link #discounts(String)} reads it. */
    public static String discountsValue(List<Fee.Discount> discounts) {
        return String.join(";", discounts.stream().map(d -> d.percent() + "%:" + d.from() + "/" + d.until()).toList());
    }
}
