package vn.motcua.reporting.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossiers open at a closed month's end: counted once from the projection, then kept by the steps' differences,
 * always equal to the scan they replace, and what the dashboard reads for a month that has ended.
 */
@SpringBootTest
@ActiveProfiles("test")
class OpenAtMonthEndTest {

    private static final String UNIT = "TEST.OPENMONTH";
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final ReportingScope.Scope SCOPE = new ReportingScope.Scope(false, Set.of(UNIT));

    @Autowired OpenAtMonthEnd openAtMonthEnd;
    @Autowired DashboardQueries queries;
    @Autowired Dashboard dashboard;
    @Autowired CounterStore store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private final UUID inTime = UUID.randomUUID();
    private final UUID late = UUID.randomUUID();
    private final UUID endedInJanuary = UUID.randomUUID();

    @BeforeEach
    void threeDossiersOfJanuary() {
        cleanUp();
        // accepted 10/01/2026; due 15/03 (open in time at both month ends), due 20/01 (late at both), ended 25/01
        insert(inTime, row(at(2026, 1, 10), at(2026, 3, 15), null, 0));
        insert(late, row(at(2026, 1, 10), at(2026, 1, 20), null, 0));
        insert(endedInJanuary, row(at(2026, 1, 10), at(2026, 1, 20), at(2026, 1, 25), 0));
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from report_dossier where unit_code = :u").param("u", UNIT).update();
        jdbc.sql("delete from report_counter where unit_code = :u").param("u", UNIT).update();
        // the months' roll-ups summed this unit's counters: counted again when next asked
        openAtMonthEnd.forget();
    }

    @Test
    void theProvinceTablesOfAClosedMonthReadItsRollupsKeptByTheStepsAndAUnitsReadItsCounters() {
        openAtMonthEnd.forget();
        ReportingScope.Scope province = new ReportingScope.Scope(true, null);
        // the three dossiers' counters, as their steps would have written them
        store.add(Contribution.of(row(at(2026, 1, 10), at(2026, 3, 15), null, 0)));
        store.add(Contribution.of(row(at(2026, 1, 10), at(2026, 1, 20), null, 0)));
        store.add(Contribution.of(row(at(2026, 1, 10), at(2026, 1, 20), at(2026, 1, 25), 0)));
        assertThat(openAtMonthEnd.ensure(List.of(JAN, FEB))).containsExactlyInAnyOrder(JAN, FEB);
        assertThat(openAtMonthEnd.rollupDifferences()).isEmpty();
        DashboardQueries.Figures january = queries.figures(province, JAN, JAN, OpenAtMonthEnd.end(JAN),
                DashboardQueries.By.UNIT).get(UNIT);
        assertThat(january.received()).isEqualTo(3);
        assertThat(january.endedOnTime()).isEqualTo(1);
        assertThat(january.openInTime()).isEqualTo(1);
        assertThat(january.openLate()).isEqualTo(1);

        // a step ends the dossier open in time on 10/02: counters, then the closed months' roll-ups follow
        Contribution.Row before = row(at(2026, 1, 10), at(2026, 3, 15), null, 0);
        Contribution.Row after = row(at(2026, 1, 10), at(2026, 3, 15), at(2026, 2, 10), 0);
        long februaryOnlineOnTime = queries.figures(province, FEB, FEB, OpenAtMonthEnd.end(FEB), DashboardQueries.By.CHANNEL)
                .getOrDefault("ONLINE", DashboardQueries.Figures.NONE).endedOnTime();
        tx.executeWithoutResult(s -> {
            update(inTime, after);
            Map<Contribution.Key, long[]> counted = Contribution.difference(before, after);
            store.add(counted);
            openAtMonthEnd.apply(before, after, counted);
        });
        assertThat(openAtMonthEnd.rollupDifferences()).isEmpty();
        assertThat(queries.figures(province, FEB, FEB, OpenAtMonthEnd.end(FEB), DashboardQueries.By.CHANNEL).get("ONLINE")
                .endedOnTime()).as("February's roll-up got the step").isEqualTo(februaryOnlineOnTime + 1);
        assertThat(queries.figures(province, JAN, FEB, OpenAtMonthEnd.end(FEB), DashboardQueries.By.MONTH).get("2026-02")
                .endedOnTime()).isEqualTo(queries.figures(province, FEB, FEB, OpenAtMonthEnd.end(FEB),
                DashboardQueries.By.CHANNEL).values().stream().mapToLong(DashboardQueries.Figures::endedOnTime).sum());

        // what a province table shows for a closed month is its roll-up (altered by hand to tell); a unit's scope reads
        // the unit's counters; the recount's check finds the altered roll-up
        jdbc.sql("update report_counter_rollup set received = received + 100 where unit_code = :u and period_month = '2026-01'")
                .param("u", UNIT).update();
        assertThat(queries.figures(province, JAN, JAN, OpenAtMonthEnd.end(JAN), DashboardQueries.By.UNIT).get(UNIT)
                .received()).isEqualTo(103);
        assertThat(queries.figures(SCOPE, JAN, JAN, OpenAtMonthEnd.end(JAN), DashboardQueries.By.UNIT).get(UNIT)
                .received()).isEqualTo(3);
        assertThat(openAtMonthEnd.rollupDifferences()).singleElement().asString().contains("2026-01", UNIT);
        assertThat(queries.figures(province, JAN, JAN, OpenAtMonthEnd.end(JAN), DashboardQueries.By.PROCEDURE)
                .get("1.000001").received()).as("the procedure's roll-up: the month's counters of the procedure")
                .isEqualTo(jdbc.sql("select sum(received) from report_counter where period_month = '2026-01'"
                        + " and procedure_code = '1.000001'").query(Long.class).single());
    }

    @Test
    void aClosedMonthIsCountedOnceThenKeptByTheStepsAndEqualsTheScan() {
        openAtMonthEnd.forget();
        assertThat(openAtMonthEnd.ensure(List.of(JAN, FEB))).containsExactlyInAnyOrder(JAN, FEB);
        assertThat(open(JAN)).containsExactly(1L, 1L);
        assertThat(open(FEB)).containsExactly(1L, 1L);
        assertThat(openAtMonthEnd.differences()).isEmpty();

        // the dossier open in time ends on 10/02 and the late one gets a second supplement request (late whatever its
        // date): the step writes the projection, then the months follow
        Contribution.Row before = row(at(2026, 1, 10), at(2026, 3, 15), null, 0);
        Contribution.Row after = row(at(2026, 1, 10), at(2026, 3, 15), at(2026, 2, 10), 0);
        tx.executeWithoutResult(s -> {
            update(inTime, after);
            openAtMonthEnd.apply(before, after, Map.of());   // this test's dossiers have no counters
        });
        assertThat(open(JAN)).as("still open at January's end").containsExactly(1L, 1L);
        assertThat(open(FEB)).as("ended before February's end").containsExactly(0L, 1L);
        assertThat(openAtMonthEnd.differences()).isEmpty();

        // a projection changed without its difference applied is caught by the recount's check
        jdbc.sql("update report_dossier set supplements = 2, late_after = :due where dossier_id = :id")
                .param("due", Timestamp.valueOf(at(2026, 6, 1))).param("id", late).update();
        assertThat(openAtMonthEnd.differences()).isEmpty();   // late before, late after: nothing to change
        jdbc.sql("update report_dossier set ended_at = null where dossier_id = :id").param("id", endedInJanuary).update();
        assertThat(openAtMonthEnd.differences()).hasSize(2).allSatisfy(d -> assertThat(d).contains(UNIT));
        jdbc.sql("update report_dossier set ended_at = :e where dossier_id = :id")
                .param("e", Timestamp.valueOf(at(2026, 1, 25))).param("id", endedInJanuary).update();
        assertThat(openAtMonthEnd.differences()).isEmpty();
    }

    @Test
    void theDashboardReadsAnEndedMonthFromItsCountersAndScansTheMonthRunningNow() {
        openAtMonthEnd.forget();
        Map<String, DashboardQueries.Figures> months = queries.figures(SCOPE, JAN, FEB, OpenAtMonthEnd.end(FEB),
                DashboardQueries.By.MONTH);
        assertThat(months.get("2026-01").openInTime()).isEqualTo(1);
        assertThat(months.get("2026-01").openLate()).isEqualTo(1);
        assertThat(jdbc.sql("select period_month from report_open_month order by 1").query(String.class).list())
                .as("the months the dashboard asked for, once they had ended").containsExactly("2026-01", "2026-02");

        // what the dashboard shows for an ended month is what the counters hold (here altered by hand to tell)
        jdbc.sql("update report_open_counter set open_late = open_late + 100 where unit_code = :u and period_month = '2026-01'")
                .param("u", UNIT).update();
        assertThat(queries.figures(SCOPE, JAN, FEB, OpenAtMonthEnd.end(FEB), DashboardQueries.By.MONTH)
                .get("2026-01").openLate()).isEqualTo(101);
        assertThat(queries.figures(SCOPE, JAN, JAN, OpenAtMonthEnd.end(JAN), DashboardQueries.By.UNIT)
                .get(UNIT).openLate()).isEqualTo(101);

        // a period ending before its month's end (the month running now) is scanned: its open dossiers as they stand
        LocalDateTime midFebruary = at(2026, 2, 14);
        DashboardQueries.Figures running = queries.figures(SCOPE, FEB, FEB, midFebruary, DashboardQueries.By.UNIT).get(UNIT);
        assertThat(running.openInTime()).isEqualTo(1);
        assertThat(running.openLate()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report_open_month where period_month > '2026-02'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void moreDashboardCallsAtOnceThanThePoolHasConnectionsAllAnswerFromOneCountingPerMonth() throws Exception {
        openAtMonthEnd.forget();
        YearMonth november = YearMonth.of(2026, 11);
        // the page sends eight calls at once, and leaders open it together at a month's start: more calls than the
        // pool's ten connections ask for eleven months not counted yet
        int calls = 16;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(calls);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Dashboard.Score>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return dashboard.score(SCOPE, JAN, november);
                }));
            }
            start.countDown();
            for (var a : answers) {
                Dashboard.Score score = a.get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(score.units()).containsExactly(UNIT);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from report_open_month where period_month between '2026-01' and '2026-11'")
                .query(Long.class).single()).as("each month counted once").isEqualTo(11);
        assertThat(open(JAN)).containsExactly(1L, 1L);
        assertThat(open(november)).as("due 15/03: late at November's end").containsExactly(0L, 2L);
        assertThat(openAtMonthEnd.differences()).isEmpty();
    }

    private long[] open(YearMonth m) {
        long[] v = openAtMonthEnd.read(SCOPE, List.of(m), "period_month").get(m.toString());
        return v == null ? new long[] {0, 0} : v;
    }

    private static LocalDateTime at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 9, 0);
    }

    private static Contribution.Row row(LocalDateTime received, LocalDateTime lateAfter, LocalDateTime ended, int supplements) {
        return new Contribution.Row(UNIT, "1.000001", "Hộ tịch", "ONLINE", received, true, supplements, lateAfter, ended,
                ended == null ? null : "FINISHED", ended == null ? null : "ON_TIME", null, false, Contribution.Facts.UNREAD);
    }

    private void insert(UUID id, Contribution.Row r) {
        jdbc.sql("""
                        insert into report_dossier (dossier_id, dossier_code, unit_code, procedure_code, field_code, channel,
                            received_at, accepted, supplements, late_after, ended_at, end_kind, verdict, completed_minutes,
                            identity_verified)
                        values (:id, :code, :unit, :proc, :field, :channel, :received, true, :supplements, :late, :ended,
                            :kind, :verdict, null, false)""")
                .param("id", id).param("code", "TEST-" + id).param("unit", r.unitCode()).param("proc", r.procedureCode())
                .param("field", r.fieldCode()).param("channel", r.channel())
                .param("received", Timestamp.valueOf(r.receivedAt())).param("supplements", r.supplements())
                .param("late", Timestamp.valueOf(r.lateAfter()))
                .param("ended", r.endedAt() == null ? null : Timestamp.valueOf(r.endedAt()))
                .param("kind", r.endKind()).param("verdict", r.verdict()).update();
    }

    private void update(UUID id, Contribution.Row r) {
        jdbc.sql("update report_dossier set ended_at = :ended, end_kind = :kind, verdict = :verdict where dossier_id = :id")
                .param("ended", r.endedAt() == null ? null : Timestamp.valueOf(r.endedAt())).param("kind", r.endKind())
                .param("verdict", r.verdict()).param("id", id).update();
    }
}
