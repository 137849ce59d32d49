package vn.motcua.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.database.DatabaseProduct;

/**
 * report_dossier and report_counter: read a dossier's projection, store the new one, add the difference; and the same
 * additions to a closed month's roll-ups ({@code report_counter_rollup}, see {@link OpenAtMonthEnd}).
 */
@Repository
class CounterStore {

    private static final String COLS = String.join(", ", Contribution.COLUMNS);

    private final JdbcClient jdbc;
    private final String upsert;
    private final String rollupUpsert;
    private final boolean postgres;

    CounterStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = postgres(dataSource);
        this.upsert = postgres ? postgresUpsert("report_counter") : standardMerge("report_counter");
        this.rollupUpsert = postgres ? postgresUpsert("report_counter_rollup") : standardMerge("report_counter_rollup");
    }

    /** The dossier's projection, its row locked until the transaction ends (two nodes never interleave a dossier). */
    Optional<Contribution.Row> lock(UUID dossierId) {
        return jdbc.sql("""
                        select %s from report_dossier where dossier_id = :id for update""".formatted(ROW))
                .param("id", dossierId).query(CounterStore::row).optional();
    }

    private static final String ROW = """
            unit_code, procedure_code, field_code, channel, received_at, accepted, supplements, late_after, ended_at,
            end_kind, verdict, completed_minutes, identity_verified, facts_read, synced, fee_charging, paid_online,
            digitised, reused, complained, rated_not_satisfied, dossier_id""";

    private static Contribution.Row row(java.sql.ResultSet rs, int n) throws SQLException {
        return new Contribution.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                local(rs.getTimestamp(5)), rs.getBoolean(6), rs.getInt(7), local(rs.getTimestamp(8)),
                local(rs.getTimestamp(9)), rs.getString(10), rs.getString(11), (Long) rs.getObject(12, Long.class),
                rs.getBoolean(13), new Contribution.Facts(rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16),
                rs.getBoolean(17), rs.getBoolean(18), rs.getBoolean(19), rs.getBoolean(20), rs.getBoolean(21)));
    }

    /**
     * Up to {@code limit} projections whose module facts were never read, locked in id order; on PostgreSQL those
     * another transaction holds (a step, or another node's backfill) are skipped rather than waited for.
     */
    Map<UUID, Contribution.Row> lockUnread(int limit) {
        Map<UUID, Contribution.Row> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + ROW + " from report_dossier where not facts_read order by dossier_id fetch first :limit rows"
                        + " only for update" + (postgres ? " skip locked" : ""))
                .param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getObject(22, UUID.class), row(rs, n))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** How many projections still wait for their module facts to be read. */
    long unread() {
        return jdbc.sql("select count(*) from report_dossier where not facts_read").query(Long.class).single();
    }

    /** The module facts of a projection, the rest of it unchanged. */
    void saveFacts(UUID dossierId, Contribution.Facts f) {
        jdbc.sql("""
                        update report_dossier set facts_read = :read, synced = :synced, fee_charging = :fee,
                            paid_online = :paid, digitised = :digitised, reused = :reused, complained = :complained,
                            rated_not_satisfied = :dislike where dossier_id = :id""")
                .param("id", dossierId).param("read", f.read()).param("synced", f.synced()).param("fee", f.feeCharging())
                .param("paid", f.paidOnline()).param("digitised", f.digitised()).param("reused", f.reused())
                .param("complained", f.complained()).param("dislike", f.ratedNotSatisfied()).update();
    }

    void save(UUID dossierId, String code, Contribution.Row r, boolean exists) {
        String sql = exists ? """
                update report_dossier set dossier_code = :code, unit_code = :unit, procedure_code = :proc, field_code = :field, channel = :channel,
                    received_at = :received, accepted = :accepted, supplements = :supplements, late_after = :lateAfter,
                    ended_at = :endedAt, end_kind = :endKind, verdict = :verdict, completed_minutes = :completed,
                    identity_verified = :identity, facts_read = :read, synced = :synced, fee_charging = :fee,
                    paid_online = :paid, digitised = :digitised, reused = :reused, complained = :complained,
                    rated_not_satisfied = :dislike where dossier_id = :id""" : """
                insert into report_dossier (dossier_id, dossier_code, unit_code, procedure_code, field_code, channel, received_at,
                    accepted, supplements, late_after, ended_at, end_kind, verdict, completed_minutes, identity_verified,
                    facts_read, synced, fee_charging, paid_online, digitised, reused, complained, rated_not_satisfied)
                values (:id, :code, :unit, :proc, :field, :channel, :received, :accepted, :supplements, :lateAfter, :endedAt,
                    :endKind, :verdict, :completed, :identity, :read, :synced, :fee, :paid, :digitised, :reused,
                    :complained, :dislike)""";
        Contribution.Facts f = r.facts();
        jdbc.sql(sql).param("id", dossierId).param("code", code).param("unit", r.unitCode()).param("proc", r.procedureCode())
                .param("field", r.fieldCode()).param("channel", r.channel()).param("received", ts(r.receivedAt()))
                .param("accepted", r.accepted()).param("supplements", r.supplements()).param("lateAfter", ts(r.lateAfter()))
                .param("endedAt", ts(r.endedAt())).param("endKind", r.endKind()).param("verdict", r.verdict())
                .param("completed", r.completedMinutes()).param("identity", r.identityVerified())
                .param("read", f.read()).param("synced", f.synced()).param("fee", f.feeCharging())
                .param("paid", f.paidOnline()).param("digitised", f.digitised()).param("reused", f.reused())
                .param("complained", f.complained()).param("dislike", f.ratedNotSatisfied()).update();
    }

    /** Adds each vector to its counter row, creating it when missing; keys come sorted so nodes lock rows alike. */
    void add(Map<Contribution.Key, long[]> deltas) {
        add(upsert, deltas);
    }

    /** The same for roll-up rows (their rolled-up dimensions hold {@code *}). */
    void addToRollups(Map<Contribution.Key, long[]> deltas) {
        add(rollupUpsert, deltas);
    }

    private void add(String upsert, Map<Contribution.Key, long[]> deltas) {
        deltas.forEach((k, v) -> {
            var spec = jdbc.sql(upsert).param("month", k.month()).param("unit", k.unitCode())
                    .param("proc", k.procedureCode()).param("field", k.fieldCode()).param("channel", k.channel());
            for (int i = 0; i < v.length; i++) {
                spec = spec.param("c" + i, v[i]);
            }
            spec.update();
        });
    }

    private static String values() {
        StringBuilder b = new StringBuilder(":month, :unit, :proc, :field, :channel");
        for (int i = 0; i < Contribution.COLUMNS.length; i++) {
            b.append(", cast(:c").append(i).append(" as bigint)");
        }
        return b.toString();
    }

    private static String postgresUpsert(String table) {
        StringBuilder set = new StringBuilder();
        for (String c : Contribution.COLUMNS) {
            set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ").append(table).append('.').append(c)
                    .append(" + excluded.").append(c);
        }
        return "insert into " + table + " (period_month, unit_code, procedure_code, field_code, channel, " + COLS
                + ") values (" + values() + ") on conflict (period_month, unit_code, procedure_code, field_code, channel)"
                + " do update set " + set;
    }

    private static String standardMerge(String table) {
        StringBuilder set = new StringBuilder();
        StringBuilder src = new StringBuilder();
        for (String c : Contribution.COLUMNS) {
            set.append(set.isEmpty() ? "" : ", ").append("t.").append(c).append(" = t.").append(c).append(" + s.").append(c);
            src.append(", s.").append(c);
        }
        return "merge into " + table + " t using (values (" + values() + ")) s (period_month, unit_code, procedure_code,"
                + " field_code, channel, " + COLS + ") on t.period_month = s.period_month and t.unit_code = s.unit_code"
                + " and t.procedure_code = s.procedure_code and t.field_code = s.field_code and t.channel = s.channel"
                + " when matched then update set " + set
                + " when not matched then insert (period_month, unit_code, procedure_code, field_code, channel, " + COLS
                + ") values (s.period_month, s.unit_code, s.procedure_code, s.field_code, s.channel" + src + ")";
    }

    /** Whether the data source is PostgreSQL (else the embedded H2): the reporting tables' upserts and locks differ. */
    static boolean postgres(DataSource dataSource) {
        return DatabaseProduct.isPostgreSql(dataSource, "Reporting counters");
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
