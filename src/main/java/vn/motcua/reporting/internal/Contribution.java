package vn.motcua.reporting.internal;

import vn.motcua.catalog.Channel;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one dossier adds to the counters: its projection ({@link Row}) and, from it, a count vector per counter key.
 * A step changes the counters by new minus old, so counters always equal the sum of every dossier's contribution
 * (which the recount checks). Pure.
 */
public final class Contribution {

    /** Counter columns, in the order of the vectors. */
    public static final String[] COLUMNS = {"received", "online", "identity_verified", "ended_on_time", "ended_late",
            "not_counted", "completed", "completed_minutes", "synced", "fee_charging", "paid_online", "digitised", "reused",
            "complained", "rated_not_satisfied"};
    /** Where {@link Facts}' counts start in a vector: they are counted, like {@code received}, in the month received. */
    static final int FACTS = 8;

    private Contribution() {
    }

    public record Key(String month, String unitCode, String procedureCode, String fieldCode, String channel)
            implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            return (month + '|' + unitCode + '|' + procedureCode + '|' + fieldCode + '|' + channel)
                    .compareTo(o.month + '|' + o.unitCode + '|' + o.procedureCode + '|' + o.fieldCode + '|' + o.channel);
        }
    }

    /**
     * What the other modules hold of a dossier that the 766 index counts: the NPSP accepted a snapshot (1.4), a fee was
     * owed (6.1's denominator) and paid online (its numerator), a paper digitised (4.2) or reused (4.4), a complaint
     * about it or a "not satisfied" rating (5.4). Each module announces a change by an event of its own, which makes the
     * dossier's counters follow in the same transaction ({@link CounterUpdater}).
     *
     * @param read false for a projection written before these facts were counted (V163), until {@link
     *             ReportingFactsBackfill} or the dossier's next step reads them
     */
    public record Facts(boolean read, boolean synced, boolean feeCharging, boolean paidOnline, boolean digitised,
                        boolean reused, boolean complained, boolean ratedNotSatisfied) {

        public static final Facts UNREAD = new Facts(false, false, false, false, false, false, false, false);

        boolean[] counted() {
            return new boolean[] {synced, feeCharging, paidOnline, digitised, reused, complained, ratedNotSatisfied};
        }
    }

    /** A dossier as report_dossier holds it. */
    public record Row(String unitCode, String procedureCode, String fieldCode, String channel, LocalDateTime receivedAt,
                      boolean accepted, int supplements, LocalDateTime lateAfter, LocalDateTime endedAt, String endKind,
                      String verdict, Long completedMinutes, boolean identityVerified, Facts facts) {

        public Row {
            facts = facts == null ? Facts.UNREAD : facts;
        }

        Row withFacts(Facts f) {
            return new Row(unitCode, procedureCode, fieldCode, channel, receivedAt, accepted, supplements, lateAfter,
                    endedAt, endKind, verdict, completedMinutes, identityVerified, f);
        }
    }

    /** The projection of a dossier's facts, with what the other modules hold of it. */
    public static Row row(DossierFacts f, Facts facts) {
        LocalDateTime endedAt = null;
        String endKind = null;
        String verdict = null;
        Long completed = null;
        var pending = f.supplements().stream().filter(s -> s.resumedAt() == null).findFirst();
        if (f.ending() != null) {
            endedAt = f.ending().at();
            endKind = f.ending().kind().name();
        } else if (pending.isPresent() && f.supplements().size() == 1) {
            endedAt = pending.get().requestedAt();
            endKind = "SUPPLEMENT";
        }
        if (endedAt != null) {
            OnTimeRule.Judgement j = OnTimeRule.judge(f, endedAt);
            verdict = j.verdict().name();
            if (f.ending() != null && (f.ending().kind() == DossierFacts.Kind.FINISHED
                    || f.ending().kind() == DossierFacts.Kind.RETURNED) && j.end() != null) {
                completed = Math.max(0, Duration.between(f.receivedAt(), j.end()).toMinutes());
            }
        }
        return new Row(f.unitCode(), f.procedureCode(), field(f.fieldCode()), f.channel().name(),
                f.receivedAt(), f.accepted(), f.supplements().size(), OnTimeRule.lateAfter(f), endedAt, endKind, verdict,
                completed, f.identityVerified(), facts);
    }

    /** Field names are short; a longer one is cut to the column rather than failing the dossier's step. */
    private static String field(String f) {
        return f == null ? "" : f.length() > 200 ? f.substring(0, 200) : f;
    }

    /** The counts a row adds, by key. */
    public static Map<Key, long[]> of(Row r) {
        Map<Key, long[]> out = new TreeMap<>();
        long[] received = vector(out, key(r, r.receivedAt()));
        received[0] += 1;
        received[1] += Channel.ONLINE.name().equals(r.channel()) ? 1 : 0;
        received[2] += r.identityVerified() ? 1 : 0;
        boolean[] facts = r.facts().counted();
        for (int i = 0; i < facts.length; i++) {
            received[FACTS + i] += facts[i] ? 1 : 0;
        }
        if (r.completedMinutes() != null) {
            // 2.2 averages the completed dossiers whose processing started in the period, wherever they ended
            received[6] += 1;
            received[7] += r.completedMinutes();
        }
        if (r.endedAt() != null) {
            long[] ended = vector(out, key(r, r.endedAt()));
            switch (r.verdict()) {
                case "ON_TIME" -> ended[3] += 1;
                case "LATE" -> ended[4] += 1;
                default -> ended[5] += 1;
            }
        }
        return out;
    }

    /** new − old, without the keys whose difference is zero, in key order (so nodes lock counter rows alike). */
    public static Map<Key, long[]> difference(Row before, Row after) {
        Map<Key, long[]> out = new TreeMap<>();
        if (after != null) {
            of(after).forEach((k, v) -> add(out, k, v, 1));
        }
        if (before != null) {
            of(before).forEach((k, v) -> add(out, k, v, -1));
        }
        out.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(x -> x == 0));
        return out;
    }

    public static void add(Map<Key, long[]> into, Key k, long[] v, int sign) {
        long[] t = vector(into, k);
        for (int i = 0; i < v.length; i++) {
            t[i] += sign * v[i];
        }
    }

    private static long[] vector(Map<Key, long[]> m, Key k) {
        return m.computeIfAbsent(k, x -> new long[COLUMNS.length]);
    }

    private static Key key(Row r, LocalDateTime at) {
        return new Key(YearMonth.from(at).toString(), r.unitCode(), r.procedureCode(), r.fieldCode(), r.channel());
    }
}
