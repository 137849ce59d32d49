package vn.motcua.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' reads: the counters of a period summed by a dimension, plus the dossiers still open at the period's
 * end judged from their projection (2.1: "a dossier still open is judged at the period's end"): for a month that has
 * ended, from the month-end counters ({@link OpenAtMonthEnd}); for the month running now, from the open dossiers. Reads
 * only reporting's own tables.
 */
@Component
class DashboardQueries {

    /** Dimensions a table may be grouped by: the counters' own columns. */
    enum By {
        UNIT("unit_code", OpenAtMonthEnd.BY_UNIT), PROCEDURE("procedure_code", OpenAtMonthEnd.BY_PROCEDURE),
        FIELD("field_code", OpenAtMonthEnd.BY_PROCEDURE), CHANNEL("channel", OpenAtMonthEnd.BY_UNIT),
        MONTH("period_month", OpenAtMonthEnd.BY_UNIT);

        final String column;
        /** Which roll-up rows of a closed month ({@code report_counter_rollup}) hold this grouping. */
        final String rollup;

        By(String column, String rollup) {
            this.column = column;
            this.rollup = rollup;
        }
    }

    /**
     * A group's figures for the period.
     *
     * @param facts the received dossiers' module facts counted, in {@link Contribution.Facts}' order (synced, fee
     *              charging, paid online, digitised, reused, complained about, rated not satisfied)
     */
    record Figures(long received, long online, long identityVerified, long endedOnTime, long endedLate, long openInTime,
                   long openLate, long completed, long completedMinutes, long[] facts) {

        static final int FACT_COUNT = Contribution.COLUMNS.length - Contribution.FACTS;

        Figures {
            facts = facts == null ? new long[FACT_COUNT] : facts;
        }

        static Figures open(long inTime, long late) {
            return new Figures(0, 0, 0, 0, 0, inTime, late, 0, 0, null);
        }

        long fact(int i) {
            return facts[i];
        }

        long judged() {
            return endedOnTime + endedLate + openInTime + openLate;
        }

        long onTime() {
            return endedOnTime + openInTime;
        }

        Figures plus(Figures o) {
            long[] f = new long[FACT_COUNT];
            for (int i = 0; i < f.length; i++) {
                f[i] = facts[i] + o.facts[i];
            }
            return new Figures(received + o.received, online + o.online, identityVerified + o.identityVerified,
                    endedOnTime + o.endedOnTime, endedLate + o.endedLate, openInTime + o.openInTime, openLate + o.openLate,
                    completed + o.completed, completedMinutes + o.completedMinutes, f);
        }

        static final Figures NONE = open(0, 0);
    }

    /** An open dossier of the dashboard's lists. */
    record OpenDossier(String code, String unitCode, String procedureCode, LocalDateTime receivedAt, LocalDateTime lateAfter,
                       int supplements) {
    }

    private final JdbcClient jdbc;
    private final OpenAtMonthEnd openAtMonthEnd;
    /**
     * The reads run in a read-only transaction, which on PostgreSQL gives a web request's statements their time and lock
     * limits (RequestTimeoutsTransactionManager); the wait for a month's counting ({@link OpenAtMonthEnd#ensure}) comes
     * before it, holding no connection.
     */
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final OpenNow openNow;
    private final java.time.Clock clock;

    DashboardQueries(JdbcClient jdbc, OpenAtMonthEnd openAtMonthEnd,
                     org.springframework.transaction.PlatformTransactionManager transactions, OpenNow openNow,
                     java.time.Clock clock) {
        this.openNow = openNow;
        this.clock = clock;
        this.jdbc = jdbc;
        this.openAtMonthEnd = openAtMonthEnd;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The period's figures by {@code by} (a month grouping gives the months of the period). The province's figures of a
     * closed month are read from its roll-ups (a few hundred rows instead of the month's counters, about as many as its
     * dossiers at a province's scale); a unit's, and the month running now, from the counters.
     */
    Map<String, Figures> figures(ReportingScope.Scope scope, YearMonth from, YearMonth to, LocalDateTime periodEnd, By by) {
        // the months that have ended by the period's end have their month-end counters and roll-ups
        List<YearMonth> ended = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!OpenAtMonthEnd.end(m).isAfter(periodEnd)) {
                ended.add(m);
            }
        }
        java.util.Set<YearMonth> kept = openAtMonthEnd.ensure(ended);
        return readOnly.execute(s -> read(scope, from, to, periodEnd, by, kept));
    }

    private Map<String, Figures> read(ReportingScope.Scope scope, YearMonth from, YearMonth to, LocalDateTime periodEnd,
                                      By by, java.util.Set<YearMonth> kept) {
        Map<String, Figures> out = new java.util.TreeMap<>();
        List<String> rolled = scope.province() ? kept.stream().map(YearMonth::toString).sorted().toList() : List.of();
        if (!rolled.isEmpty()) {
            jdbc.sql("select " + by.column + ", " + SUMS + " from report_counter_rollup where period_month in (:months)"
                            + " and " + by.rollup + " group by " + by.column)
                    .param("months", rolled).query(DashboardQueries::counted).list()
                    .forEach(e -> out.merge(e.getKey(), e.getValue(), Figures::plus));
        }
        // the other months by name: a range with the rolled-up months excluded would still walk their counters
        List<String> counted = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!rolled.contains(m.toString())) {
                counted.add(m.toString());
            }
        }
        if (!counted.isEmpty()) {
            String unitFilter = scope.province() ? "" : " and unit_code in (:units)";
            var counters = jdbc.sql("select " + by.column + ", " + SUMS + " from report_counter"
                            + " where period_month in (:months)" + unitFilter + " group by " + by.column)
                    .param("months", counted);
            if (!scope.province()) {
                counters = counters.param("units", scope.units());
            }
            counters.query(DashboardQueries::counted).list().forEach(e -> out.merge(e.getKey(), e.getValue(), Figures::plus));
        }
        // the open dossiers: judged at each month's end for a month grouping, at the period's end otherwise
        java.util.Set<YearMonth> openRead = by == By.MONTH ? kept
                : kept.contains(to) ? java.util.Set.of(to) : java.util.Set.of();
        openAtMonthEnd.read(scope, openRead, by.column).forEach((k, v) ->
                out.merge(k, Figures.open(v[0], v[1]), Figures::plus));
        if (by == By.MONTH) {
            // the others (the month running now, or one whose computation waited too long for its lock): scanned
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                if (kept.contains(m)) {
                    continue;
                }
                LocalDateTime end = min(OpenAtMonthEnd.end(m), periodEnd);
                Figures open = openAt(scope, end, null).getOrDefault("", Figures.NONE);
                out.merge(m.toString(), open, Figures::plus);
            }
        } else if (!kept.contains(to)) {
            openAt(scope, periodEnd, by).forEach((k, v) -> out.merge(k, v, Figures::plus));
        }
        return new LinkedHashMap<>(out);
    }

    private static final String SUMS = "sum(received), sum(online), sum(identity_verified), sum(ended_on_time),"
            + " sum(ended_late), sum(completed), sum(completed_minutes), "
            + String.join(", ", java.util.Arrays.stream(Contribution.COLUMNS, Contribution.FACTS, Contribution.COLUMNS.length)
            .map(c -> "sum(" + c + ")").toList());

    private static Map.Entry<String, Figures> counted(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long[] facts = new long[Figures.FACT_COUNT];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = rs.getLong(9 + i);
        }
        return Map.entry(rs.getString(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), 0, 0, rs.getLong(7), rs.getLong(8), facts));
    }

    /**
     * Dossiers accepted and still open at {@code end}, in time or late (more than one supplement request is late): at an
     * instant of the hour running now, from the counters of the dossiers open now ({@link OpenNow}); before it, by a
     * scan of the projection.
     */
    private Map<String, Figures> openAt(ReportingScope.Scope scope, LocalDateTime end, By by) {
        boolean grouped = by != null && by != By.MONTH;
        if (!end.isBefore(LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.HOURS))) {
            Map<String, Figures> out = new LinkedHashMap<>();
            openNow.read(scope.province() ? null : scope.units(), end, grouped ? by.column : null)
                    .forEach((k, v) -> out.put(k, Figures.open(v[0], v[1])));
            return out;
        }
        // one total row: no GROUP BY at all (PostgreSQL refuses a constant in GROUP BY, H2 accepted it)
        String group = grouped ? by.column : "''";
        String unitFilter = scope.province() ? "" : " and unit_code in (:units)";
        var sql = jdbc.sql("select " + group + ", sum(case when supplements <= 1 and late_after >= :end then 1 else 0 end),"
                        + " sum(case when supplements > 1 or late_after < :end then 1 else 0 end) from report_dossier"
                        + " where accepted and received_at <= :end and (ended_at is null or ended_at > :end)" + unitFilter
                        + (grouped ? " group by " + group : ""))
                .param("end", Timestamp.valueOf(end));
        if (!scope.province()) {
            sql = sql.param("units", scope.units());
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        sql.query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1),
                        Figures.open(rs.getLong(2), rs.getLong(3))))
                .list().forEach(e -> out.merge(e.getKey(), e.getValue(), Figures::plus));
        return out;
    }

    /** Open dossiers that are late, or become late within {@code dueSoon}, most urgent first. */
    List<OpenDossier> overdueAndDueSoon(ReportingScope.Scope scope, LocalDateTime now, java.time.Duration dueSoon, int limit) {
        return readOnly.execute(s -> overdue(scope, now, dueSoon, limit));
    }

    private List<OpenDossier> overdue(ReportingScope.Scope scope, LocalDateTime now, java.time.Duration dueSoon, int limit) {
        String unitFilter = scope.province() ? "" : " and unit_code in (:units)";
        var sql = jdbc.sql("select dossier_code, unit_code, procedure_code, received_at, late_after, supplements"
                        + " from report_dossier where accepted and ended_at is null and late_after <= :soon" + unitFilter
                        + " order by late_after, dossier_code fetch first :limit rows only")
                .param("soon", Timestamp.valueOf(now.plus(dueSoon))).param("limit", limit);
        if (!scope.province()) {
            sql = sql.param("units", scope.units());
        }
        return sql.query((rs, n) -> new OpenDossier(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6))).list();
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
