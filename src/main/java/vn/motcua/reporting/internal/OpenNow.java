package vn.motcua.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dossiers open now ({@code report_open_now}, V164): accepted and not ended, counted by unit, procedure, field,
 * channel, the hour they become late and whether a second supplement request made them late already. Every write of a
 * projection row applies its difference in the same transaction (after the counters, rows in key order), so the
 * month running now is judged from counters instead of a scan of the open rows at every dashboard call (2.1: "a dossier
 * still open is judged at the period's end").
 *
 * <p>Read at an instant {@code t}: in time if due after {@code t}'s hour, late if due before it or late already; the
 * dossiers due within {@code t}'s own hour are read from {@code report_dossier} (a range of {@code
 * ix_report_dossier_open_late}), and so are those that ended after {@code t}, so the answer is the scan's.
 */
@Component
class OpenNow {

    private final JdbcClient jdbc;
    private final String upsert;

    OpenNow(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.upsert = CounterStore.postgres(dataSource) ? """
                insert into report_open_now (unit_code, procedure_code, field_code, channel, late_hour, late_many, open_count)
                values (:unit, :proc, :field, :channel, :hour, :many, cast(:n as bigint))
                on conflict (unit_code, procedure_code, field_code, channel, late_hour, late_many)
                do update set open_count = report_open_now.open_count + excluded.open_count""" : """
                merge into report_open_now t using (values (:unit, :proc, :field, :channel, cast(:hour as timestamp), cast(:many as boolean),
                    cast(:n as bigint))) s (unit_code, procedure_code, field_code, channel, late_hour, late_many, open_count)
                on t.unit_code = s.unit_code and t.procedure_code = s.procedure_code and t.field_code = s.field_code
                    and t.channel = s.channel and t.late_hour = s.late_hour and t.late_many = s.late_many
                when matched then update set t.open_count = t.open_count + s.open_count
                when not matched then insert (unit_code, procedure_code, field_code, channel, late_hour, late_many, open_count)
                    values (s.unit_code, s.procedure_code, s.field_code, s.channel, s.late_hour, s.late_many, s.open_count)""";
    }

    /** A row's place among the open dossiers, or null when it is not open (not accepted, ended, or without a due time). */
    record Key(String unitCode, String procedureCode, String fieldCode, String channel, LocalDateTime lateHour,
               boolean lateMany) implements Comparable<Key> {

        static Key of(Contribution.Row r) {
            if (r == null || !r.accepted() || r.endedAt() != null || r.lateAfter() == null) {
                return null;
            }
            return new Key(r.unitCode(), r.procedureCode(), r.fieldCode(), r.channel(),
                    r.lateAfter().truncatedTo(ChronoUnit.HOURS), r.supplements() > 1);
        }

        @Override
        public int compareTo(Key o) {
            return text().compareTo(o.text());
        }

        private String text() {
            return unitCode + '|' + procedureCode + '|' + fieldCode + '|' + channel + '|' + lateHour + '|' + lateMany;
        }
    }

    /** Projection rows changed from before (null: new) to after: the open counts follow, rows in key order. */
    void apply(List<OpenAtMonthEnd.Change> changes) {
        Map<Key, long[]> delta = new TreeMap<>();
        for (OpenAtMonthEnd.Change c : changes) {
            Key before = Key.of(c.before());
            Key after = Key.of(c.after());
            if (before != null) {
                delta.computeIfAbsent(before, k -> new long[1])[0] -= 1;
            }
            if (after != null) {
                delta.computeIfAbsent(after, k -> new long[1])[0] += 1;
            }
        }
        delta.forEach((k, n) -> {
            // a count that falls to zero takes its row with it (one statement, as the update would have been), so the
            // table holds the keys with dossiers open, not every hour any dossier was ever due in
            if (n[0] < 0 && bind(jdbc.sql(DELETE_AT_ZERO), k).param("n", -n[0]).update() == 1) {
                return;
            }
            if (n[0] != 0) {
                bind(jdbc.sql(upsert), k).param("n", n[0]).update();
            }
        });
    }

    private static final String DELETE_AT_ZERO = """
            delete from report_open_now where unit_code = :unit and procedure_code = :proc and field_code = :field
            and channel = :channel and late_hour = :hour and late_many = :many and open_count = cast(:n as bigint)""";

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Key k) {
        return sql.param("unit", k.unitCode()).param("proc", k.procedureCode()).param("field", k.fieldCode())
                .param("channel", k.channel()).param("hour", Timestamp.valueOf(k.lateHour())).param("many", k.lateMany());
    }

    /**
     * The dossiers open at {@code t} (an instant of the hour running now), in time and late, by {@code column}
     * ({@code null}: one total under the key ""), in the scope's units ({@code null}: the province).
     */
    Map<String, long[]> read(java.util.Collection<String> units, LocalDateTime t, String column) {
        Map<String, long[]> out = new LinkedHashMap<>();
        LocalDateTime hour = t.truncatedTo(ChronoUnit.HOURS);
        String unitFilter = units == null ? "" : " and unit_code in (:units)";
        String key = column == null ? "''" : column;
        String group = column == null ? "" : " group by " + column;
        // whole hours: due after t's hour in time, before it late; more than one supplement request is late
        add(out, bind(jdbc.sql("select " + key + ", sum(case when not late_many and late_hour > :hour then open_count else 0 end),"
                + " sum(case when late_many or late_hour < :hour then open_count else 0 end) from report_open_now"
                + " where open_count <> 0" + unitFilter + group).param("hour", Timestamp.valueOf(hour)), units));
        // t's own hour, exactly
        add(out, bind(jdbc.sql("select " + key + ", sum(case when late_after >= :t then 1 else 0 end),"
                        + " sum(case when late_after < :t then 1 else 0 end) from report_dossier where ended_at is null"
                        + " and late_after >= :hour and late_after < :next and accepted and supplements <= 1" + unitFilter + group)
                .param("t", Timestamp.valueOf(t)).param("hour", Timestamp.valueOf(hour))
                .param("next", Timestamp.valueOf(hour.plusHours(1))), units));
        // ended after t: still open at t
        add(out, bind(jdbc.sql("select " + key + ", sum(case when supplements <= 1 and late_after >= :t then 1 else 0 end),"
                + " sum(case when supplements > 1 or late_after < :t then 1 else 0 end) from report_dossier"
                + " where ended_at > :t and accepted and received_at <= :t" + unitFilter + group)
                .param("t", Timestamp.valueOf(t)), units));
        return out;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, java.util.Collection<String> units) {
        return units == null ? sql : sql.param("units", units);
    }

    private static void add(Map<String, long[]> out, JdbcClient.StatementSpec sql) {
        sql.query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1),
                        new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().forEach(e -> out.merge(e.getKey(), e.getValue(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
    }

    /** The kept counts against the projection's open rows: one line per difference, empty when they agree. */
    List<String> differences() {
        Map<Key, long[]> scanned = new TreeMap<>();
        jdbc.sql("select unit_code, procedure_code, field_code, channel, late_after, supplements from report_dossier"
                        + " where accepted and ended_at is null and late_after is not null")
                .query((rs, n) -> new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime().truncatedTo(ChronoUnit.HOURS), rs.getInt(6) > 1))
                .list().forEach(k -> scanned.computeIfAbsent(k, x -> new long[1])[0]++);
        Map<Key, long[]> kept = new TreeMap<>();
        jdbc.sql("select unit_code, procedure_code, field_code, channel, late_hour, late_many, open_count from report_open_now"
                        + " where open_count <> 0")
                .query((rs, n) -> Map.entry(new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getBoolean(6)), new long[] {rs.getLong(7)}))
                .list().forEach(e -> kept.put(e.getKey(), e.getValue()));
        List<String> out = new ArrayList<>();
        java.util.Set<Key> keys = new java.util.TreeSet<>(kept.keySet());
        keys.addAll(scanned.keySet());
        for (Key k : keys) {
            long[] a = kept.getOrDefault(k, new long[1]);
            long[] b = scanned.getOrDefault(k, new long[1]);
            if (!Arrays.equals(a, b)) {
                out.add("open now " + k.text() + ": kept " + a[0] + ", scanned " + b[0]);
            }
        }
        return out;
    }
}
