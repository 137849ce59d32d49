package vn.motcua.reporting.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossiers open now, kept as counters by the projection's writes, judged at an instant as the scan of the open rows
 * judges them (2.1: open in time when due at or after the instant and not asked for a second supplement), and what the
 * dashboards read for the month running now.
 */
@SpringBootTest
@ActiveProfiles("test")
class OpenNowTest {

    private static final String UNIT = "TEST.OPENNOW";
    private static final Set<String> UNITS = Set.of(UNIT);

    @Autowired OpenNow openNow;
    @Autowired CounterStore store;
    @Autowired DashboardQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from report_dossier where unit_code = :u").param("u", UNIT).update();
        jdbc.sql("delete from report_open_now where unit_code = :u").param("u", UNIT).update();
    }

    @Test
    void openDossiersAreJudgedAtAnInstantAsTheScanJudgesThemWithTheInstantsHourReadExactly() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 10, 30);
        LocalDateTime received = t.minusDays(3);
        write(row(received, t.withMinute(10), null, 0, true));     // due in t's hour, before t: late
        UUID dueAfterT = write(row(received, t.withMinute(50), null, 0, true));   // due in t's hour, after t: in time
        write(row(received, t.minusHours(2), null, 0, true));      // late
        write(row(received, t.plusHours(2), null, 0, true));       // in time
        write(row(received, t.plusHours(5), null, 2, true));       // a second supplement request: late
        write(row(received, t.plusMinutes(30), t.plusMinutes(10), 0, true));   // ended after t: open at t, in time
        write(row(received, t.plusHours(2), t.minusMinutes(10), 0, true));     // ended before t: not open
        write(row(received, t.plusHours(2), null, 0, false));      // not accepted: not judged
        assertThat(openNow.read(UNITS, t, null).get("")).containsExactly(3L, 3L);
        assertThat(openNow.read(UNITS, t, "channel").get("ONLINE")).containsExactly(3L, 3L);
        assertThat(scan(t)).containsExactly(3L, 3L);
        // an hour later every one due before 11:30 is late
        assertThat(openNow.read(UNITS, t.plusHours(1), null).get("")).containsExactly(scan(t.plusHours(1)));
        assertThat(openNow.differences()).isEmpty();

        // a step ends the dossier due at 10:50: the counts follow
        Contribution.Row before = row(received, t.withMinute(50), null, 0, true);
        Contribution.Row after = row(received, t.withMinute(50), t.minusMinutes(5), 0, true);
        tx.executeWithoutResult(s -> {
            store.save(dueAfterT, "TEST-" + dueAfterT, after, true);
            openNow.apply(List.of(new OpenAtMonthEnd.Change(before, after)));
        });
        assertThat(openNow.read(UNITS, t, null).get("")).containsExactly(2L, 3L).containsExactly(scan(t));
        assertThat(openNow.differences()).isEmpty();

        // a count altered by hand is found by the recount's check
        jdbc.sql("update report_open_now set open_count = open_count + 1 where unit_code = :u and late_many")
                .param("u", UNIT).update();
        assertThat(openNow.differences()).singleElement().asString().contains(UNIT);
    }

    @Test
    void aCountThatFallsToZeroTakesItsRowWithItAndTheKeyComesBackWithTheNextDossier() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 10, 30);
        Contribution.Row open = row(t.minusDays(3), t.plusDays(2), null, 0, true);
        Contribution.Row ended = row(t.minusDays(3), t.plusDays(2), t.minusMinutes(5), 0, true);
        UUID first = write(open);
        UUID second = write(open);
        assertThat(rows()).containsExactly(2L);

        end(first, open, ended);
        assertThat(rows()).as("one of the key's two dossiers ended").containsExactly(1L);
        end(second, open, ended);
        assertThat(rows()).as("the key's last dossier ended: no row left at zero").isEmpty();
        assertThat(openNow.read(UNITS, t, null).get("")).containsExactly(0L, 0L).containsExactly(scan(t));
        assertThat(openNow.differences()).isEmpty();

        write(open);
        assertThat(rows()).as("a new dossier under the same key").containsExactly(1L);
        assertThat(openNow.read(UNITS, t, null).get("")).containsExactly(1L, 0L).containsExactly(scan(t));
        assertThat(openNow.differences()).isEmpty();
    }

    /** The kept counts of the test's unit. */
    private List<Long> rows() {
        return jdbc.sql("select open_count from report_open_now where unit_code = :u").param("u", UNIT).query(Long.class).list();
    }

    private void end(UUID id, Contribution.Row before, Contribution.Row after) {
        tx.executeWithoutResult(s -> {
            store.save(id, "TEST-" + id, after, true);
            openNow.apply(List.of(new OpenAtMonthEnd.Change(before, after)));
        });
    }

    @Test
    void theMonthRunningNowIsReadFromTheOpenCounts() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        write(row(now.minusDays(1), now.plusDays(2), null, 0, true));
        write(row(now.minusDays(1), hour.plusHours(1).minusNanos(1000), null, 0, true));   // due at the end of this hour
        write(row(now.minusDays(1), now.minusDays(1), null, 0, true));
        ReportingScope.Scope scope = new ReportingScope.Scope(false, UNITS);
        YearMonth month = YearMonth.from(now);
        DashboardQueries.Figures units = queries.figures(scope, month, month, now, DashboardQueries.By.UNIT).get(UNIT);
        assertThat(units.openInTime()).isEqualTo(2);
        assertThat(units.openLate()).isEqualTo(1);
        Map<String, DashboardQueries.Figures> months = queries.figures(scope, month, month, now, DashboardQueries.By.MONTH);
        assertThat(months.get(month.toString()).openInTime()).isEqualTo(2);
        // what the dashboard reads is the counters: without them only the dossier due in this hour (read exactly) is left
        jdbc.sql("delete from report_open_now where unit_code = :u").param("u", UNIT).update();
        DashboardQueries.Figures without = queries.figures(scope, month, month, now, DashboardQueries.By.UNIT).get(UNIT);
        assertThat(without.openInTime()).isEqualTo(1);
        assertThat(without.openLate()).isZero();
    }

    /** The scan the dashboards made before the counters, at {@code t}. */
    private long[] scan(LocalDateTime t) {
        return jdbc.sql("""
                        select sum(case when supplements <= 1 and late_after >= :t then 1 else 0 end),
                               sum(case when supplements > 1 or late_after < :t then 1 else 0 end)
                        from report_dossier where unit_code = :u and accepted and received_at <= :t
                        and (ended_at is null or ended_at > :t)""")
                .param("u", UNIT).param("t", java.sql.Timestamp.valueOf(t))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private UUID write(Contribution.Row r) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            store.save(id, "TEST-" + id, r, false);
            openNow.apply(List.of(new OpenAtMonthEnd.Change(null, r)));
        });
        return id;
    }

    private static Contribution.Row row(LocalDateTime received, LocalDateTime lateAfter, LocalDateTime ended, int supplements,
                                        boolean accepted) {
        return new Contribution.Row(UNIT, "1.000001", "Hộ tịch", "ONLINE", received, accepted, supplements, lateAfter, ended,
                ended == null ? null : "FINISHED", ended == null ? null : "ON_TIME", null, false, Contribution.Facts.UNREAD);
    }
}
