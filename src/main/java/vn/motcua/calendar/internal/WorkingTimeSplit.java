package vn.motcua.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits the working time between a dossier's receipt and its due date into consecutive step windows (the province's
 * internal process, "quy trình nội bộ": receive, review, approve, return each get a share of the legal limit).
 *
 * <p>Time is counted in office minutes of working days only (from {@code opensAt} to the closing time of the
 * calendar), so a share never lands on a weekend, Tết or another day off, and the last step ends exactly at the due
 * date: the steps always add up to the dossier's due date, whatever the shares.
 */
public final class WorkingTimeSplit {

    private final CalendarRules rules;
    private final LocalTime opensAt;
    private final LocalTime closesAt;

    public WorkingTimeSplit(CalendarRules rules, LocalTime opensAt) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = rules.officeClosesAt();
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("The office must open (" + opensAt + ") before it closes (" + closesAt + ")");
        }
    }

    /**
     * The end of each step, in order: step {@code i} ends when the shares {@code 0..i} of the working time between
     * {@code start} and {@code due} have passed; the last one is {@code due}. A {@code start} outside office hours
     * counts from the next opening; when no working time is left every step ends at {@code due}.
     *
     * @param shares each step's share (any positive weights: percentages, hours); at least one
     */
    public List<LocalDateTime> ends(LocalDateTime start, LocalDateTime due, List<Integer> shares) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (shares.isEmpty() || shares.stream().anyMatch(s -> s == null || s < 0)
                || shares.stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("Step shares must be non-negative with a positive total: " + shares);
        }
        LocalDateTime from = firstOfficeMinute(start);
        long total = officeMinutes(from, due);
        int sum = shares.stream().mapToInt(Integer::intValue).sum();
        List<LocalDateTime> ends = new ArrayList<>(shares.size());
        long cumulative = 0;
        for (int i = 0; i < shares.size(); i++) {
            cumulative += shares.get(i);
            if (i == shares.size() - 1 || total <= 0) {
                ends.add(due);
                continue;
            }
            LocalDateTime end = plusOfficeMinutes(from, Math.round((double) total * cumulative / sum));
            ends.add(end.isAfter(due) ? due : end);
        }
        return List.copyOf(ends);
    }

    /**
     * The point at which {@code percent} of a step's window has passed, for the follow-up (warning) date: counted in
     * office minutes like the steps themselves.
     */
    public LocalDateTime pointWithin(LocalDateTime start, LocalDateTime end, int percent) {
        LocalDateTime from = firstOfficeMinute(start);
        long total = officeMinutes(from, end);
        if (total <= 0) {
            return end;
        }
        return plusOfficeMinutes(from, Math.round(total * percent / 100.0));
    }

    /** Office minutes of working days after {@code from} up to {@code to}. */
    long officeMinutes(LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long minutes = 0;
        LocalDateTime t = from;
        while (t.toLocalDate().isBefore(to.toLocalDate())) {
            if (rules.isWorkingDay(t.toLocalDate())) {
                minutes += minutesBetween(t.toLocalTime(), closesAt);
            }
            t = t.toLocalDate().plusDays(1).atTime(opensAt);
        }
        if (rules.isWorkingDay(to.toLocalDate())) {
            minutes += minutesBetween(t.toLocalTime(), to.toLocalTime().isAfter(closesAt) ? closesAt : to.toLocalTime());
        }
        return minutes;
    }

    private LocalDateTime plusOfficeMinutes(LocalDateTime from, long minutes) {
        LocalDateTime t = from;
        long left = minutes;
        while (true) {
            long today = minutesBetween(t.toLocalTime(), closesAt);
            if (left <= today) {
                return t.plusMinutes(left);
            }
            left -= today;
            t = rules.nextWorkingDay(t.toLocalDate()).atTime(opensAt);
        }
    }

    private LocalDateTime firstOfficeMinute(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        if (!rules.isWorkingDay(day) || !at.toLocalTime().isBefore(closesAt)) {
            return rules.nextWorkingDay(day).atTime(opensAt);
        }
        return at.toLocalTime().isBefore(opensAt) ? day.atTime(opensAt) : at;
    }

    private static long minutesBetween(LocalTime from, LocalTime to) {
        return from.isBefore(to) ? Duration.between(from, to).toMinutes() : 0;
    }
}
