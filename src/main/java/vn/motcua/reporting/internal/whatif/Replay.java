package vn.motcua.reporting.internal.whatif;

import vn.motcua.problem.InvalidInputException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The what-if as a discrete-event simulation, in office time ({@link OfficeClock}): each unit is a queue served
 * first come, first served by its desks; a desk (officer) carries up to {@code caseload} dossiers at once, working
 * only in office hours. Arrivals are the recorded dossiers' receipt times; each dossier needs the office time it took
 * in the history (receipt to the end of processing, the per-step times of its timeline added up); a dossier still
 * open today needs at least the time it has been open. Pure: the history and the calendar come in, figures go out.
 *
 * <p><b>Calibration.</b> The history does not say how many dossiers an officer works on at once, so each unit's
 * caseload per desk is the smallest that lets its recorded dossiers through without waiting: the most dossiers the
 * unit had open at one time, divided by its desks on the actual map (rounded up). The baseline (the actual map
 * replayed) therefore reproduces what happened; a change of the map moves dossiers between the queues and changes the
 * desks, and the queues show what the old capacity does with the new load.
 *
 * <p><b>Figures</b> per unit and period (as the 766 index reads them, formula 2.1): dossiers received; ended; on
 * time (ended by the appointment plus the applicant's supplement time) and late, an accepted dossier still open after
 * its appointment at the period's end counting late; the backlog (received, not ended at the period's end); the mean
 * wait for a desk, in office hours, of the dossiers received in the period.
 */
public final class Replay {

    /**
     * One recorded dossier.
     *
     * @param endedAt   the end of processing (2.1), null while it runs
     * @param lateAfter the appointment plus the applicant's supplement time: ended after it = late
     * @param judged    counted by the on-time rule (accepted, not stopped or withdrawn)
     */
    public record Case(String id, String unit, LocalDateTime receivedAt, LocalDateTime endedAt, LocalDateTime lateAfter,
                       boolean judged) {
    }

    /** A unit's figures for the period. */
    public record Figures(long received, long ended, long onTime, long late, long backlog, double meanWaitHours,
                          double maxWaitHours) {

        /** On-time share in percent, null when nothing was judged (never 0 or 100 by default). */
        public Double onTimeRate() {
            return onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
        }
    }

    /** One unit: desks before and after, caseload per desk, and the figures recorded, replayed and simulated. */
    public record UnitResult(String unit, int officersBefore, int officersAfter, int caseload, Figures recorded,
                             Figures baseline, Figures scenario) {
    }

    public record Result(List<UnitResult> units, Figures recordedTotal, Figures baselineTotal, Figures scenarioTotal) {
    }

    private final OfficeClock clock;
    private final LocalDateTime from;
    private final LocalDateTime to;
    private final LocalDateTime now;

    /** @param from the period's first instant; @param to the instant after it; @param now the history's end */
    public Replay(OfficeClock clock, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
        this.clock = clock;
        this.from = from;
        this.to = to;
        this.now = now;
    }

    /** @param cases every dossier received before the period's end and not ended before its start */
    public Result run(List<Case> cases, Scenario scenario) {
        Map<String, List<Case>> byUnit = group(cases, Case::unit);
        Map<String, Integer> caseload = new TreeMap<>();
        byUnit.forEach((u, list) -> caseload.put(u, calibrate(list, Math.max(1, scenario.officersBefore(u)))));

        Map<String, Figures> recorded = new TreeMap<>();
        byUnit.forEach((u, list) -> recorded.put(u, recorded(list)));
        Map<String, Figures> baseline = simulate(byUnit, u -> scenario.officersBefore(u), caseload);
        Map<String, List<Case>> moved = group(cases, c -> destination(c, scenario));
        moved.keySet().forEach(u -> caseload.computeIfAbsent(u, x -> caseloadOfNew(x, scenario, caseload)));
        Map<String, Figures> changed = simulate(moved, scenario::officersAfter, caseload);

        TreeSet<String> units = new TreeSet<>(byUnit.keySet());
        units.addAll(moved.keySet());
        scenario.changes().officers().keySet().forEach(units::add);
        Figures none = new Figures(0, 0, 0, 0, 0, 0, 0);
        List<UnitResult> rows = new ArrayList<>();
        for (String u : units) {
            rows.add(new UnitResult(u, scenario.officersBefore(u), scenario.officersAfter(u), caseload.getOrDefault(u, 0),
                    recorded.getOrDefault(u, none), baseline.getOrDefault(u, none), changed.getOrDefault(u, none)));
        }
        return new Result(rows, total(recorded.values()), total(baseline.values()), total(changed.values()));
    }

    /** The unit that handles {@code c} after the change: the first move out of its unit that takes it, else its own. */
    static String destination(Case c, Scenario scenario) {
        String unit = c.unit();
        for (Scenario.Move m : scenario.changes().moves()) {
            if (m.from().equals(unit)) {
                double share = m.share() == null ? 1 : m.share();
                // the same dossiers move every time (a commune's dossiers, not a random draw per run)
                if (share >= 1 || Math.floorMod(c.id().hashCode(), 10_000) < share * 10_000) {
                    unit = m.to();
                }
            }
        }
        return unit;
    }

    /** A unit with no history of its own (a new centre) works like the busiest unit moved into it. */
    private static int caseloadOfNew(String unit, Scenario scenario, Map<String, Integer> caseload) {
        return scenario.changes().moves().stream().filter(m -> m.to().equals(unit))
                .mapToInt(m -> caseload.getOrDefault(m.from(), 1)).max().orElse(1);
    }

    private int calibrate(List<Case> cases, int desks) {
        List<long[]> events = new ArrayList<>();
        for (Case c : cases) {
            long a = clock.minute(c.receivedAt());
            long e = end(c);
            if (e > a) {
                events.add(new long[] {a, 1});
                events.add(new long[] {e, -1});
            }
        }
        events.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        long open = 0;
        long most = 1;
        for (long[] ev : events) {
            open += ev[1];
            most = Math.max(most, open);
        }
        return (int) Math.max(1, (most + desks - 1) / desks);
    }

    /** The recorded end in office time; a dossier still open needs at least the time it has been open. */
    private long end(Case c) {
        return clock.minute(c.endedAt() != null ? c.endedAt() : now);
    }

    private Figures recorded(List<Case> cases) {
        Tally t = new Tally();
        cases.forEach(c -> t.add(c, end(c), 0, c.endedAt() == null));
        return t.figures();
    }

    private Map<String, Figures> simulate(Map<String, List<Case>> byUnit, Function<String, Integer> desks,
                                          Map<String, Integer> caseload) {
        Map<String, Figures> out = new TreeMap<>();
        byUnit.forEach((u, list) -> {
            int slots = desks.apply(u) * caseload.getOrDefault(u, 1);
            if (slots <= 0) {
                throw new InvalidInputException("changes.officers." + u, "Đơn vị " + u + " còn " + list.size()
                        + " hồ sơ nhưng không còn cán bộ: chuyển hồ sơ đi hoặc giữ ít nhất 1 cán bộ",
                        "Unit " + u + " keeps " + list.size() + " dossiers but no officer: move them or keep one officer");
            }
            List<Case> queue = new ArrayList<>(list);
            queue.sort(Comparator.comparing(Case::receivedAt).thenComparing(Case::id));
            PriorityQueue<Long> free = new PriorityQueue<>();
            Tally t = new Tally();
            for (Case c : queue) {
                long arrival = clock.minute(c.receivedAt());
                long service = Math.max(0, end(c) - arrival);
                long start = arrival;
                if (free.size() >= slots) {
                    start = Math.max(arrival, free.poll());
                }
                long end = start + service;
                free.add(end);
                t.add(c, end, start - arrival, c.endedAt() == null);
                t.waited(c, start - arrival);
            }
            out.put(u, t.figures());
        });
        return out;
    }

    private static <K> Map<K, List<Case>> group(List<Case> cases, Function<Case, K> key) {
        Map<K, List<Case>> m = new HashMap<>();
        cases.forEach(c -> m.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return m;
    }

    private static Figures total(Iterable<Figures> all) {
        long received = 0, ended = 0, onTime = 0, late = 0, backlog = 0;
        double waitSum = 0;
        double waitMax = 0;
        for (Figures f : all) {
            received += f.received();
            ended += f.ended();
            onTime += f.onTime();
            late += f.late();
            backlog += f.backlog();
            waitSum += f.meanWaitHours() * f.received();
            waitMax = Math.max(waitMax, f.maxWaitHours());
        }
        return new Figures(received, ended, onTime, late, backlog, received == 0 ? 0 : round(waitSum / received), waitMax);
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    /** Counts one unit's dossiers against the period (a delayed end is read back from office time to a date). */
    private final class Tally {
        private long received, ended, onTime, late, backlog, waitedCount, waitedMinutes, maxWait;

        /**
         * @param end  the end in office time; @param wait the office minutes it waited for a desk: without a wait the
         *             recorded end itself is judged, to the minute, as the 766 rule judges it
         */
        void add(Case c, long end, long wait, boolean stillOpen) {
            LocalDateTime endedAt = stillOpen ? null : wait == 0 ? c.endedAt() : clock.at(end);
            boolean inPeriod = !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to);
            if (inPeriod) {
                received++;
            }
            if (!c.receivedAt().isBefore(to)) {
                return;
            }
            boolean endedInPeriod = endedAt != null && !endedAt.isBefore(from) && endedAt.isBefore(to);
            boolean openAtEnd = endedAt == null || !endedAt.isBefore(to);
            if (endedInPeriod) {
                ended++;
                if (c.judged()) {
                    if (!endedAt.isAfter(c.lateAfter())) {
                        onTime++;
                    } else {
                        late++;
                    }
                }
            }
            if (openAtEnd) {
                backlog++;
                if (c.judged() && c.lateAfter().isBefore(to)) {
                    late++;
                }
            }
        }

        void waited(Case c, long minutes) {
            if (!c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to)) {
                waitedCount++;
                waitedMinutes += minutes;
                maxWait = Math.max(maxWait, minutes);
            }
        }

        Figures figures() {
            return new Figures(received, ended, onTime, late, backlog,
                    waitedCount == 0 ? 0 : round(waitedMinutes / 60.0 / waitedCount), round(maxWait / 60.0));
        }
    }
}
