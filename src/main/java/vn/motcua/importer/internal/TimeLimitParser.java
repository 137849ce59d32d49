package vn.motcua.importer.internal;

import vn.motcua.calendar.TimeLimit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a processing time limit as the National Public Service Portal export writes it ({@code thoi_han} of
 * {@code cach_thuc_thuc_hien}) into a {@link TimeLimit}.
 *
 * <ul>
 *   <li>{@code "5 Ngày làm việc"} → {@code 5WD} (working days);</li>
 *   <li>{@code "30 Ngày"} → {@code 30CD} (calendar days);</li>
 *   <li>{@code "Trong ngày"}, {@code "ngay trong ngày"} → {@code 0WD} (same day, with the 15:00 rule);</li>
 *   <li>a bare number {@code "5"} → {@code 5CD}, <em>an assumption</em>: the export does not say working days, so the
 *       number is read as calendar days, as written in the source (see /work/shared/data/README.md). {@code "0"} →
 *       {@code 0WD} (same day), also an assumption;</li>
 *   <li>empty → {@link Kind#EMPTY} (not stated);</li>
 *   <li>hours ({@code "2 Giờ"}), months ({@code "12 Tháng"}) and free text → {@link Kind#UNPARSED} with the reason: a
 *       {@link TimeLimit} counts days only, and converting hours or months would be a guess.</li>
 * </ul>
 */
public final class TimeLimitParser {

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,6}) ?ngày làm việc");
    private static final Pattern CALENDAR_DAYS = Pattern.compile("(\\d{1,6}) ?ngày");
    private static final Pattern SAME_DAY = Pattern.compile("(ngay )?trong (ngày|ngày làm việc|ngày làm việc đó)");
    private static final Pattern BARE = Pattern.compile("\\d{1,6}");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,6}) ?giờ( làm việc)?");
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,6}) ?tháng");

    /** What the parser made of one limit. */
    public enum Kind {
        /** Parsed as written. */
        PARSED,
        /** Parsed under a stated assumption ({@link Result#note()}), e.g. a bare number read as calendar days. */
        ASSUMED,
        /** Nothing written. */
        EMPTY,
        /** Written, but not a limit in days ({@link Result#note()} says why). */
        UNPARSED
    }

    /**
     * @param kind   what happened
     * @param limit  the limit for {@link Kind#PARSED} and {@link Kind#ASSUMED}, else {@code null}
     * @param source the text as read
     * @param note   the assumption or the reason it could not be parsed, Vietnamese / English; {@code null} when parsed
     */
    public record Result(Kind kind, TimeLimit limit, String source, String note) {

        public boolean hasLimit() {
            return limit != null;
        }
    }

    private TimeLimitParser() {
    }

    private static final Pattern TEXT_STAGED = Pattern.compile("(\\d{1,3}) ngày làm việc và (\\d{1,3}) ngày(?! làm việc)");
    private static final Pattern TEXT_WORKING = Pattern.compile(
            "(?:thời (?:gian|hạn) giải quyết(?: là| tối đa)?:? |không quá )(\\d{1,3}) ngày làm việc");
    private static final Pattern TEXT_SAME_DAY = Pattern.compile("(?:giải quyết|trả kết quả) (?:ngay )?trong ngày(?! làm việc tiếp theo)|sau 15 giờ");

    /**
     * A processing time limit stated in free text (a channel's description, the steps or the result), as the source
     * writes it: "Thời gian giải quyết 06 ngày làm việc và 30 ngày" → {@code 6WD+30CD}; "không quá 05 ngày làm việc",
     * "thời gian giải quyết: 5 ngày làm việc" → {@code 5WD}; "trả kết quả trong ngày", "sau 15 giờ" (the same-day rule)
     * → {@code 0WD}. The first statement found counts; empty when none.
     */
    public static java.util.Optional<TimeLimit> inText(String text) {
        String t = normalize(text == null ? "" : text);
        Matcher m = TEXT_STAGED.matcher(t);
        if (m.find() && Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(2)) > 0) {
            return java.util.Optional.of(TimeLimit.workingDays(Integer.parseInt(m.group(1)))
                    .followedBy(TimeLimit.calendarDays(Integer.parseInt(m.group(2)))));
        }
        m = TEXT_WORKING.matcher(t);
        if (m.find() && Integer.parseInt(m.group(1)) > 0) {
            return java.util.Optional.of(TimeLimit.workingDays(Integer.parseInt(m.group(1))));
        }
        if (TEXT_SAME_DAY.matcher(t).find()) {
            return java.util.Optional.of(TimeLimit.SAME_DAY);
        }
        return java.util.Optional.empty();
    }

    public static Result parse(String text) {
        String source = text == null ? "" : text;
        String t = normalize(source);
        if (t.isEmpty()) {
            return new Result(Kind.EMPTY, null, source, null);
        }
        Matcher m;
        if ((m = WORKING_DAYS.matcher(t)).matches()) {
            return days(source, m.group(1), true);
        }
        if (SAME_DAY.matcher(t).matches()) {
            return new Result(Kind.PARSED, TimeLimit.SAME_DAY, source, null);
        }
        if ((m = CALENDAR_DAYS.matcher(t)).matches()) {
            int amount = Integer.parseInt(m.group(1));
            if (amount == 0) {
                return new Result(Kind.ASSUMED, TimeLimit.SAME_DAY, source,
                        "\"0 ngày\" hiểu là trong ngày (0WD) / \"0 days\" read as same day (0WD)");
            }
            return days(source, m.group(1), false);
        }
        if (BARE.matcher(t).matches()) {
            int amount = Integer.parseInt(t);
            if (amount == 0) {
                return new Result(Kind.ASSUMED, TimeLimit.SAME_DAY, source,
                        "số 0 không có đơn vị hiểu là trong ngày (0WD) / bare 0 read as same day (0WD)");
            }
            Result r = days(source, t, false);
            return r.kind() == Kind.PARSED ? new Result(Kind.ASSUMED, r.limit(), source,
                    "số không có đơn vị hiểu là ngày theo lịch, như nguồn ghi / bare number read as calendar days, as written in the source")
                    : r;
        }
        if (HOURS.matcher(t).matches()) {
            return unparsed(source, "thời hạn tính bằng giờ; mô hình chỉ tính theo ngày (không tự quy đổi)",
                    "limit in hours; the model counts days only (not converted)");
        }
        if (MONTHS.matcher(t).matches()) {
            return unparsed(source, "thời hạn tính bằng tháng; mô hình chỉ tính theo ngày (không tự quy đổi)",
                    "limit in months; the model counts days only (not converted)");
        }
        return unparsed(source, "văn bản tự do, không phải thời hạn", "free text, not a time limit");
    }

    private static Result days(String source, String digits, boolean working) {
        int amount = Integer.parseInt(digits);
        if (amount > TimeLimit.MAX_AMOUNT) {
            return unparsed(source, "số ngày quá lớn (tối đa " + TimeLimit.MAX_AMOUNT + ")",
                    "too many days (at most " + TimeLimit.MAX_AMOUNT + ")");
        }
        return new Result(Kind.PARSED, working ? TimeLimit.workingDays(amount) : TimeLimit.calendarDays(amount), source, null);
    }

    private static Result unparsed(String source, String vi, String en) {
        return new Result(Kind.UNPARSED, null, source, vi + " / " + en);
    }

    /** NFC, lower case, one space between words, no trailing punctuation. */
    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\s+", " ").strip();
        return t.replaceAll("[.;,:]+$", "").strip();
    }
}
