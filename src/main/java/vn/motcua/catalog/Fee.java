package vn.motcua.catalog;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The fee (phí, lệ phí) of a procedure on one channel, as its model states it ({@code motcua.fee.<CHANNEL>}).
 *
 * <p>A fee the source does not state is {@link Basis#UNKNOWN}, never free: only a stated 0 is free. A fee the
 * provincial People's Council sets is {@link Basis#PROVINCIAL_TABLE}; its amount comes from the province's fee table
 * (data the administrator edits), and stays unknown while the table has no row for the procedure.
 *
 * @param basis     where the amount comes from
 * @param amountVnd the amount in VND before any discount, {@code null} when unknown
 * @param decidedBy for a table fee, the People's Council resolution the table row cites; otherwise {@code null}
 * @param discounts reductions in force for a period (e.g. 50% online until 31/12/2026), as the source states them
 */
public record Fee(Basis basis, Long amountVnd, String decidedBy, List<Discount> discounts) {

    public enum Basis {
        /** The amount the source states (0 = free). */
        STATED,
        /** The source states no usable amount: not published. */
        UNKNOWN,
        /** Set by the provincial People's Council: read from the province's fee table. */
        PROVINCIAL_TABLE
    }

    /** A reduction of {@code percent} % from {@code from} to {@code until}, both included. */
    public record Discount(int percent, LocalDate from, LocalDate until) {

        public Discount {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (percent <= 0 || percent > 100 || until.isBefore(from)) {
                throw new IllegalArgumentException("Discount must be 1..100 % over a period, was " + percent + "% " + from + ".." + until);
            }
        }

        public boolean appliesOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    public Fee {
        Objects.requireNonNull(basis, "basis");
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        if (basis == Basis.STATED && amountVnd == null) {
            throw new IllegalArgumentException("A stated fee needs an amount");
        }
        if (basis == Basis.UNKNOWN && amountVnd != null) {
            throw new IllegalArgumentException("An unknown fee has no amount");
        }
    }

    public static Fee stated(long amountVnd) {
        return new Fee(Basis.STATED, amountVnd, null, List.of());
    }

    public static Fee unknown() {
        return new Fee(Basis.UNKNOWN, null, null, List.of());
    }

    public boolean known() {
        return amountVnd != null;
    }

    /** Free only when the source (or the table) says 0. */
    public boolean free() {
        return amountVnd != null && amountVnd == 0;
    }

    /** The same fee with these discounts. */
    public Fee withDiscounts(List<Discount> discounts) {
        return new Fee(basis, amountVnd, decidedBy, discounts);
    }

    /** The largest discount in force on {@code day} (discounts of the same fee do not add up). */
    public Optional<Discount> discountOn(LocalDate day) {
        return discounts.stream().filter(d -> d.appliesOn(day)).max(Comparator.comparingInt(Discount::percent));
    }

    /** What is due on {@code day}: the amount less the discount in force, empty when unknown. */
    public Optional<Long> dueOn(LocalDate day) {
        if (amountVnd == null) {
            return Optional.empty();
        }
        return Optional.of(discountOn(day).map(d -> amountVnd * (100 - d.percent()) / 100).orElse(amountVnd));
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** For people: "70.000 đồng", "Miễn phí", "Chưa công bố", "Theo bảng phí của tỉnh: …", with the discounts. */
    public String describeVi() {
        String base = switch (basis) {
            case STATED -> free() ? "Miễn phí" : money(amountVnd, "vi") + " đồng";
            case UNKNOWN -> "Chưa công bố";
            case PROVINCIAL_TABLE -> amountVnd == null
                    ? "Do Hội đồng nhân dân tỉnh quyết định; chưa công bố mức thu"
                    : money(amountVnd, "vi") + " đồng (theo Nghị quyết của Hội đồng nhân dân tỉnh"
                    + (decidedBy == null || decidedBy.isBlank() ? "" : " " + decidedBy) + ")";
        };
        StringBuilder text = new StringBuilder(base);
        discounts.forEach(d -> text.append("; giảm ").append(d.percent()).append("% từ ").append(DAY.format(d.from()))
                .append(" đến hết ").append(DAY.format(d.until())));
        return text.toString();
    }

    public String describeEn() {
        String base = switch (basis) {
            case STATED -> free() ? "Free" : money(amountVnd, "en") + " VND";
            case UNKNOWN -> "Not published";
            case PROVINCIAL_TABLE -> amountVnd == null
                    ? "Set by the provincial People's Council; amount not published"
                    : money(amountVnd, "en") + " VND (set by the provincial People's Council"
                    + (decidedBy == null || decidedBy.isBlank() ? "" : ", " + decidedBy) + ")";
        };
        StringBuilder text = new StringBuilder(base);
        discounts.forEach(d -> text.append("; ").append(d.percent()).append("% off from ").append(DAY.format(d.from()))
                .append(" to ").append(DAY.format(d.until())).append(" inclusive"));
        return text.toString();
    }

    private static String money(long amount, String language) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi".equals(language) ? "vi-VN" : "en")).format(amount);
    }
}
