package vn.motcua.reporting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.TransactionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dossiers open at the end of each closed month (2.1: "a dossier still open is judged at the period's end"), kept
 * as counters per unit, procedure, field and channel in {@code report_open_counter}, so that a dashboard never scans
 * {@code report_dossier} for a past month (a sequential scan of a million rows per month was most of a dashboard's
 * seconds, BENCHMARKS.md "Dashboards at one million dossiers").
 *
 * <p>A month's rows are computed from {@code report_dossier} the first time a dashboard asks for the month after it has
 * ended ({@link #ensure}), with its marker in {@code report_open_month} in the same transaction; from then on every
 * dossier step applies its difference ({@link #apply}) in the step's own transaction, as {@link CounterStore} does for
 * the counters, so the rows always equal what the scan would give ({@link ReportingRecount} checks it).
 *
 * <p>The same computation rolls the month's counters up ({@code report_counter_rollup}): by unit and channel, and by
 * procedure and field, the rolled-up dimensions holding {@code *}; the province's tables read them instead of the
 * month's counters (about one row per dossier at a province's scale), and each step's counter difference for a computed
 * month is added to them too.
 *
 * <p>Two nodes: the computation takes a SHARE lock on {@code report_dossier} (PostgreSQL), so it waits for the steps in
 * flight and holds the next ones back for its duration; a step reads the markers only after it has written its
 * projection row, so either the computation saw the step's row or the step sees the month's marker, never neither. The
 * embedded H2 default runs one node and takes no table lock.
 */
@Component
class OpenAtMonthEnd {

    private static final Logger log = LoggerFactory.getLogger(OpenAtMonthEnd.class);
    /** The roll-up rows by unit and channel (also summed by month), and those by procedure and field. */
    static final String BY_UNIT = "procedure_code = '*'";
    static final String BY_PROCEDURE = "unit_code = '*'";
    private static final String SUMS = String.join(", ", java.util.Arrays.stream(Contribution.COLUMNS)
            .map(c -> "sum(" + c + ")").toList());
    private static final String IN_TIME = "case when supplements <= 1 and late_after >= :end then 1 else 0 end";
    private static final String LATE = "case when supplements > 1 or late_after < :end then 1 else 0 end";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final boolean postgres;
    private final String upsert;
    private final Clock clock;
    private final Duration wait;
    private final Duration lockTimeout;
    private final CounterStore store;
    private final ExecutorService computer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "motcua-open-at-month-end");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentMap<YearMonth, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();

    OpenAtMonthEnd(JdbcClient jdbc, CounterStore store, PlatformTransactionManager transactions, DataSource dataSource, Clock clock,
                   @Value("${motcua.reporting.month-end-wait:PT20S}") Duration wait,
                   @Value("${motcua.database.request-lock-timeout:PT3S}") Duration lockTimeout) {
        this.jdbc = jdbc;
        this.store = store;
        this.lockTimeout = lockTimeout;
        this.clock = clock;
        this.wait = wait;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = CounterStore.postgres(dataSource);
        this.upsert = postgres ? """
                insert into report_open_counter (period_month, unit_code, procedure_code, field_code, channel, open_in_time, open_late)
                values (:month, :unit, :proc, :field, :channel, cast(:inTime as bigint), cast(:late as bigint))
                on conflict (period_month, unit_code, procedure_code, field_code, channel) do update set
                open_in_time = report_open_counter.open_in_time + excluded.open_in_time,
                open_late = report_open_counter.open_late + excluded.open_late""" : """
                merge into report_open_counter t using (values (:month, :unit, :proc, :field, :channel,
                    cast(:inTime as bigint), cast(:late as bigint))) s (period_month, unit_code, procedure_code, field_code,
                    channel, open_in_time, open_late)
                on t.period_month = s.period_month and t.unit_code = s.unit_code and t.procedure_code = s.procedure_code
                    and t.field_code = s.field_code and t.channel = s.channel
                when matched then update set t.open_in_time = t.open_in_time + s.open_in_time, t.open_late = t.open_late + s.open_late
                when not matched then insert (period_month, unit_code, procedure_code, field_code, channel, open_in_time, open_late)
                    values (s.period_month, s.unit_code, s.procedure_code, s.field_code, s.channel, s.open_in_time, s.open_late)""";
    }

    /** The instant a month is judged at: its last second, as the dashboards have always judged it. */
    static LocalDateTime end(YearMonth month) {
        return month.atEndOfMonth().atTime(23, 59, 59);
    }

    /**
     * Makes sure the given months, which have ended, have their rows; those whose computation failed (a lock not granted
     * in time) are left out of the answer, and the caller scans them.
     *
     * @return the months of {@code closed} whose rows can be read
     */
    Set<YearMonth> ensure(Collection<YearMonth> ended) {
        Set<YearMonth> closed = new HashSet<>(ended);
        if (closed.isEmpty()) {
            return closed;
        }
        Set<String> have = new HashSet<>(jdbc.sql("select period_month from report_open_month where period_month in (:m)")
                .param("m", closed.stream().map(YearMonth::toString).toList()).query(String.class).list());
        Set<YearMonth> ready = new HashSet<>();
        Map<YearMonth, CompletableFuture<Boolean>> pending = new TreeMap<>();
        for (YearMonth m : closed) {
            if (have.contains(m.toString())) {
                ready.add(m);
            } else {
                pending.put(m, computing(m));
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        pending.forEach((m, f) -> {
            try {
                if (f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    ready.add(m);
                }
            } catch (TimeoutException e) {
                log.info("Open dossiers at the end of {} still being counted; this dashboard scans them", m);
            } catch (ExecutionException e) {
                log.warn("Open dossiers at the end of {} not counted", m, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return ready;
    }

    /**
     * The month's computation, started on this node's one computing thread unless it already runs: the dashboard calls
     * that ask for a month at once (eight per page) wait for the same computation rather than each running its own, and
     * the computation's connection is the only one a request needs besides its own, so a full pool cannot lock itself.
     */
    private CompletableFuture<Boolean> computing(YearMonth month) {
        return running.computeIfAbsent(month, m -> {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            try {
                computer.execute(() -> {
                    try {
                        f.complete(compute(m));
                    } catch (RuntimeException e) {
                        f.completeExceptionally(e);
                    } finally {
                        running.remove(m, f);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                f.complete(false);   // the node is stopping: the dashboard scans the month
            }
            return f;
        });
    }

    /**
     * At the start of each month (00:05 by default), the month just ended is counted before the first dashboard asks;
     * every node runs it, and the marker and the table lock keep the result single.
     */
    @Scheduled(cron = "${motcua.reporting.month-close-cron:0 5 0 1 * *}")
    void closeLastMonth() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        // started, not waited for: the schedulers share one thread
        if (jdbc.sql("select count(*) from report_open_month where period_month = :m").param("m", last.toString())
                .query(Long.class).single() == 0) {
            computing(last);
        }
    }

    @PreDestroy
    void stop() {
        computer.shutdownNow();
    }

    private boolean compute(YearMonth month) {
        long started = System.nanoTime();
        try {
            Integer rows = ownTransaction.execute(s -> {
                if (postgres) {
                    // the computing thread serves no request, so the requests' lock timeout is set here: a SHARE lock
                    // waiting behind a long writer would hold back every dossier step queued behind it
                    jdbc.sql("select set_config('lock_timeout', :t, true)").param("t", lockTimeout.toMillis() + "ms")
                            .query(String.class).single();
                    jdbc.sql("lock table report_dossier in share mode").update();
                }
                if (jdbc.sql("select count(*) from report_open_month where period_month = :m").param("m", month.toString())
                        .query(Long.class).single() > 0) {
                    return 0;   // another node computed it while this one waited for the lock
                }
                jdbc.sql("insert into report_open_month (period_month, computed_at) values (:m, :at)")
                        .param("m", month.toString()).param("at", Timestamp.valueOf(LocalDateTime.now())).update();
                // the roll-ups: counters are written with their dossier's projection row, so the SHARE lock holds
                // them still too; rows left by a marker deleted by hand are replaced
                jdbc.sql("delete from report_counter_rollup where period_month = :m").param("m", month.toString()).update();
                String cols = String.join(", ", Contribution.COLUMNS);
                jdbc.sql("insert into report_counter_rollup (period_month, unit_code, procedure_code, field_code, channel, "
                                + cols + ") select period_month, unit_code, '*', '*', channel, " + SUMS + " from report_counter"
                                + " where period_month = :m group by period_month, unit_code, channel")
                        .param("m", month.toString()).update();
                jdbc.sql("insert into report_counter_rollup (period_month, unit_code, procedure_code, field_code, channel, "
                                + cols + ") select period_month, '*', procedure_code, field_code, '*', " + SUMS
                                + " from report_counter where period_month = :m group by period_month, procedure_code, field_code")
                        .param("m", month.toString()).update();
                return jdbc.sql("insert into report_open_counter (period_month, unit_code, procedure_code, field_code,"
                                + " channel, open_in_time, open_late) select :m, unit_code, procedure_code, field_code, channel,"
                                + " sum(" + IN_TIME + "), sum(" + LATE + ") from report_dossier where accepted and received_at <= :end"
                                + " and (ended_at is null or ended_at > :end) group by unit_code, procedure_code, field_code, channel")
                        .param("m", month.toString()).param("end", Timestamp.valueOf(end(month))).update();
            });
            log.info("Open dossiers at the end of {} counted: {} rows in {} ms", month, rows,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (DuplicateKeyException e) {
            return true;   // another node's computation committed first
        } catch (DataAccessException | TransactionException e) {
            // a lock or a connection not granted in time: the dashboards scan the month, the next one tries again
            log.warn("Open dossiers at the end of {} not counted now ({}); the dashboard scans them", month, e.getMessage());
            return false;
        }
    }

    /** Open in time, open late, by {@code column} ({@code period_month} for months), over the months given. */
    Map<String, long[]> read(ReportingScope.Scope scope, Collection<YearMonth> months, String column) {
        Map<String, long[]> out = new LinkedHashMap<>();
        if (months.isEmpty()) {
            return out;
        }
        String unitFilter = scope.province() ? "" : " and unit_code in (:units)";
        var sql = jdbc.sql("select " + column + ", sum(open_in_time), sum(open_late) from report_open_counter"
                        + " where period_month in (:months)" + unitFilter + " group by " + column)
                .param("months", months.stream().map(YearMonth::toString).toList());
        if (!scope.province()) {
            sql = sql.param("units", scope.units());
        }
        sql.query((rs, n) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * A dossier's projection changed from {@code before} (null: new) to {@code after}, and {@code counted} was added to
     * the counters for it: the computed months follow.
     */
    void apply(Contribution.Row before, Contribution.Row after, Map<Contribution.Key, long[]> counted) {
        apply(List.of(new Change(before, after)), counted);
    }

    record Change(Contribution.Row before, Contribution.Row after) {
    }

    /**
     * Called after the projection rows were written (see the class comment for why the order matters), with what was
     * added to the counters for them ({@code counted}), which the computed months' roll-ups receive too.
     */
    void apply(List<Change> changes, Map<Contribution.Key, long[]> counted) {
        List<String> computed = jdbc.sql("select period_month from report_open_month").query(String.class).list();
        if (computed.isEmpty() || changes.isEmpty()) {
            return;
        }
        Map<Contribution.Key, long[]> delta = new TreeMap<>();
        for (String m : computed) {
            LocalDateTime end = end(YearMonth.parse(m));
            for (Change c : changes) {
                add(delta, m, c.before(), end, -1);
                add(delta, m, c.after(), end, 1);
            }
        }
        delta.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        Set<String> months = new HashSet<>(computed);
        Map<Contribution.Key, long[]> rolled = new TreeMap<>();
        counted.forEach((k, v) -> {
            if (months.contains(k.month())) {
                Contribution.add(rolled, new Contribution.Key(k.month(), k.unitCode(), "*", "*", k.channel()), v, 1);
                Contribution.add(rolled, new Contribution.Key(k.month(), "*", k.procedureCode(), k.fieldCode(), "*"), v, 1);
            }
        });
        rolled.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        store.addToRollups(rolled);
        delta.forEach((k, v) -> jdbc.sql(upsert).param("month", k.month()).param("unit", k.unitCode())
                .param("proc", k.procedureCode()).param("field", k.fieldCode()).param("channel", k.channel())
                .param("inTime", v[0]).param("late", v[1]).update());
    }

    /** What {@link #compute}'s query counts for one row, in Java: accepted, received by the end, not ended by then. */
    static int[] judge(Contribution.Row r, LocalDateTime end) {
        if (r == null || !r.accepted() || r.receivedAt().isAfter(end) || (r.endedAt() != null && !r.endedAt().isAfter(end))) {
            return null;
        }
        boolean inTime = r.supplements() <= 1 && !r.lateAfter().isBefore(end);
        return inTime ? new int[] {1, 0} : new int[] {0, 1};
    }

    private static void add(Map<Contribution.Key, long[]> delta, String month, Contribution.Row r, LocalDateTime end, int sign) {
        int[] j = judge(r, end);
        if (j == null) {
            return;
        }
        long[] v = delta.computeIfAbsent(new Contribution.Key(month, r.unitCode(), r.procedureCode(), r.fieldCode(),
                r.channel()), k -> new long[2]);
        v[0] += sign * j[0];
        v[1] += sign * j[1];
    }

    /** Every computed month's rows against the scan they stand for: one line per difference, empty when they agree. */
    List<String> differences() {
        List<String> out = new java.util.ArrayList<>();
        for (String m : jdbc.sql("select period_month from report_open_month order by period_month").query(String.class).list()) {
            Map<String, long[]> kept = new TreeMap<>();
            jdbc.sql("select unit_code, procedure_code, field_code, channel, open_in_time, open_late from report_open_counter"
                            + " where period_month = :m")
                    .param("m", m).query((rs, n) -> Map.entry(String.join("|", rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)), new long[] {rs.getLong(5), rs.getLong(6)}))
                    .list().forEach(e -> kept.put(e.getKey(), e.getValue()));
            Map<String, long[]> scanned = new TreeMap<>();
            jdbc.sql("select unit_code, procedure_code, field_code, channel, sum(" + IN_TIME + "), sum(" + LATE + ")"
                            + " from report_dossier where accepted and received_at <= :end and (ended_at is null or ended_at > :end)"
                            + " group by unit_code, procedure_code, field_code, channel")
                    .param("end", Timestamp.valueOf(end(YearMonth.parse(m))))
                    .query((rs, n) -> Map.entry(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)), new long[] {rs.getLong(5), rs.getLong(6)}))
                    .list().forEach(e -> scanned.put(e.getKey(), e.getValue()));
            compare("open at the end of " + m, kept, scanned, 2, "scanned", out);
        }
        return out;
    }

    /** Every computed month's roll-ups against the counters they sum: one line per difference. */
    List<String> rollupDifferences() {
        List<String> out = new java.util.ArrayList<>();
        for (String m : jdbc.sql("select period_month from report_open_month order by period_month").query(String.class).list()) {
            for (String[] g : new String[][] {{"unit_code, '*', '*', channel", "unit_code, channel", BY_UNIT},
                    {"'*', procedure_code, field_code, '*'", "procedure_code, field_code", BY_PROCEDURE}}) {
                Map<String, long[]> kept = sums("select unit_code, procedure_code, field_code, channel, " + SUMS
                        + " from report_counter_rollup where period_month = :m and " + g[2]
                        + " group by unit_code, procedure_code, field_code, channel", m);
                Map<String, long[]> summed = sums("select " + g[0] + ", " + SUMS + " from report_counter where period_month = :m"
                        + " group by " + g[1], m);
                compare("roll-up of " + m, kept, summed, Contribution.COLUMNS.length, "counters", out);
            }
        }
        return out;
    }

    private Map<String, long[]> sums(String sql, String month) {
        Map<String, long[]> out = new TreeMap<>();
        jdbc.sql(sql).param("m", month).query((rs, n) -> {
            long[] v = new long[Contribution.COLUMNS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(5 + i);
            }
            return Map.entry(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), v);
        }).list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One line per key whose kept counts differ from {@code other}'s (all-zero rows count as missing). */
    private static void compare(String what, Map<String, long[]> kept, Map<String, long[]> other, int width, String otherName,
                                List<String> out) {
        kept.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        other.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        Set<String> keys = new java.util.TreeSet<>(kept.keySet());
        keys.addAll(other.keySet());
        for (String k : keys) {
            long[] a = kept.getOrDefault(k, new long[width]);
            long[] b = other.getOrDefault(k, new long[width]);
            if (!Arrays.equals(a, b)) {
                out.add(what + " " + k + ": kept " + Arrays.toString(a) + ", " + otherName + " " + Arrays.toString(b));
            }
        }
    }

    /** Forgets every computed month (after rows were written around the steps, as the benchmark's history does). */
    void forget() {
        jdbc.sql("delete from report_open_counter").update();
        jdbc.sql("delete from report_counter_rollup").update();
        jdbc.sql("delete from report_open_month").update();
    }
}
