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
            "not_counted", "completed", "completed_minutes"};

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

    /** A dossier as report_dossier holds it. */
    public record Row(String unitCode, String procedureCode, String fieldCode, String channel, LocalDateTime receivedAt,
                      boolean accepted, int supplements, LocalDateTime lateAfter, LocalDateTime endedAt, String endKind,
                      String verdict, Long completedMinutes, boolean identityVerified) {
    }

    /** The projection of a dossier's facts. */
    public static Row row(DossierFacts f) {
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
                completed, f.identityVerified());
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
