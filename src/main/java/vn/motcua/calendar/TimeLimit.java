package vn.motcua.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A processing time limit of a procedure (thời hạn giải quyết), e.g. "5 ngày làm việc" or "30 ngày".
 *
 * <p>Written compactly as a number followed by {@code WD} (working days) or {@code CD} (calendar days):
 * {@code "5WD"}, {@code "30CD"}. {@code "0WD"} is a same-day procedure: a dossier received on a working day before
 * the cut-off (15:00 by default) is due the same day, otherwise the next working day (Decree 118/2025/NĐ-CP; Law on
 * Civil Status art. 16 for civil-status procedures). How a limit turns into a due date is decided by
 * {@link WorkingCalendar#dueAt(java.time.LocalDateTime, TimeLimit)}.
 *
 * <p>A limit in stages counted one after the other, as some procedures state it ("06 ngày làm việc và 30 ngày": six
 * working days, then thirty days), is written with {@code +}: {@code "6WD+30CD"}; each stage starts at the end of the
 * previous one.
 *
 * @param amount number of days, {@code 0..}{@value #MAX_AMOUNT}; 0 only with {@link DayCount#WORKING_DAYS}
 * @param count  how the days are counted
 * @param then   the next stage, counted from the end of this one, or {@code null}
 */
public record TimeLimit(int amount, DayCount count, TimeLimit then) {

    /** Largest amount accepted (a little over 27 years; real limits are at most a few hundred days). */
    public static final int MAX_AMOUNT = 9999;

    private static final Pattern CODE = Pattern.compile("(\\d{1,4})(WD|CD)");

    /** A same-day limit ({@code 0WD}). */
    public static final TimeLimit SAME_DAY = new TimeLimit(0, DayCount.WORKING_DAYS);

    /** A limit of one stage. */
    public TimeLimit(int amount, DayCount count) {
        this(amount, count, null);
    }

    public TimeLimit {
        Objects.requireNonNull(count, "count");
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("Time limit amount must be between 0 and " + MAX_AMOUNT + ", was " + amount);
        }
        if (amount == 0 && count == DayCount.CALENDAR_DAYS) {
            throw new IllegalArgumentException("A calendar-day time limit must be at least 1 day; write 0WD for a same-day procedure");
        }
    }

    /** {@code amount} working days. */
    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, DayCount.WORKING_DAYS);
    }

    /** {@code amount} calendar days. */
    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, DayCount.CALENDAR_DAYS);
    }

    /**
     * Parses the compact form: digits followed by {@code WD} or {@code CD} ({@code "5WD"}, {@code "30CD"},
     * {@code "0WD"}). Surrounding blanks and lower-case suffixes are accepted; nothing else is.
     *
     * @throws IllegalArgumentException with a message that quotes the input, when it is not such a limit
     */
    public static TimeLimit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Time limit is empty: expected e.g. \"5WD\" (working days), \"30CD\" (calendar days) or \"0WD\" (same day)");
        }
        int plus = text.indexOf('+');
        if (plus == 0 || plus == text.length() - 1) {
            throw new IllegalArgumentException("Not a time limit: \"" + text
                    + "\"; a staged limit is two limits joined by +, e.g. \"6WD+30CD\"");
        }
        if (plus > 0) {
            TimeLimit first = parse(text.substring(0, plus));
            TimeLimit rest = parse(text.substring(plus + 1));
            if (first.sameDay() || rest.sameDay()) {
                throw new IllegalArgumentException("Not a time limit: \"" + text + "\": a stage of a staged limit cannot be same-day");
            }
            return new TimeLimit(first.amount, first.count, rest);
        }
        Matcher m = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a time limit: \"" + text
                    + "\"; expected a number of days (0-" + MAX_AMOUNT + ") followed by WD (working days) or CD (calendar days), e.g. \"5WD\", \"30CD\", \"0WD\" (same day)");
        }
        int amount = Integer.parseInt(m.group(1));
        DayCount count = m.group(2).equals("WD") ? DayCount.WORKING_DAYS : DayCount.CALENDAR_DAYS;
        try {
            return new TimeLimit(amount, count);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a time limit: \"" + text + "\": " + e.getMessage(), e);
        }
    }

    /** A same-day limit: {@code amount == 0 && count == WORKING_DAYS} (the 15:00 rule applies). */
    public boolean sameDay() {
        return amount == 0 && count == DayCount.WORKING_DAYS && then == null;
    }

    /** Two limits of one stage each, the second counted from the end of the first. */
    public TimeLimit followedBy(TimeLimit next) {
        return new TimeLimit(amount, count, then == null ? next : then.followedBy(next));
    }

    /** The compact form, inverse of {@link #parse(String)}: {@code "5WD"}, {@code "30CD"}, {@code "0WD"}. */
    public String code() {
        return amount + count.suffix() + (then == null ? "" : "+" + then.code());
    }

    /** Vietnamese wording as on the receipt slip: "5 ngày làm việc", "30 ngày", same-day wording. */
    public String describeVi() {
        if (sameDay()) {
            return "Trong ngày (sau 15 giờ: ngày làm việc tiếp theo)";
        }
        return amount + (count == DayCount.WORKING_DAYS ? " ngày làm việc" : " ngày") + (then == null ? "" : " và " + then.describeVi());
    }

    /** English wording: "5 working days", "30 calendar days", "1 working day", same-day wording. */
    public String describeEn() {
        if (sameDay()) {
            return "Same day (after 15:00: next working day)";
        }
        String unit = count == DayCount.WORKING_DAYS ? "working day" : "calendar day";
        return amount + " " + unit + (amount == 1 ? "" : "s") + (then == null ? "" : " then " + then.describeEn());
    }

    @Override
    public String toString() {
        return code();
    }
}
