package vn.motcua.reporting.internal.whatif;

import org.junit.jupiter.api.Test;
import vn.motcua.problem.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The what-if's replay on hand-built histories: every expected figure worked out by hand in the comments. */
class ReplayTest {

    /** Monday to Friday, 08:00-17:00 (540 office minutes a day), 30/04 and 01/05/2026 off. */
    static final OfficeClock CLOCK = new OfficeClock(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
            && !d.equals(LocalDate.of(2026, 4, 30)) && !d.equals(LocalDate.of(2026, 5, 1)),
            LocalTime.of(8, 0), LocalTime.of(17, 0), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 1, 0, 0);
    static final LocalDateTime APRIL = LocalDateTime.of(2026, 4, 1, 0, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 12, 0);

    static Replay march() {
        return new Replay(CLOCK, MARCH, APRIL, NOW);
    }

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    static Replay.Case judged(String id, String unit, LocalDateTime received, LocalDateTime ended, LocalDateTime lateAfter) {
        return new Replay.Case(id, unit, received, ended, lateAfter, true);
    }

    static Scenario scenario(Map<String, Integer> officers, List<Scenario.Move> moves, Map<String, Integer> after) {
        return new Scenario("test", "2026-03", "2026-03", officers, new Scenario.Changes(moves, after)).validated();
    }

    @Test
    void theOfficeClockCountsOfficeMinutesOfWorkingDaysOnly() {
        // Friday 06/03 16:00 -> Monday 09/03 09:00: 60 minutes on Friday, 60 on Monday
        assertThat(CLOCK.minute(at(3, 9, 9)) - CLOCK.minute(at(3, 6, 16))).isEqualTo(120);
        // before opening and after closing count as the opening and the closing
        assertThat(CLOCK.minute(at(3, 9, 7))).isEqualTo(CLOCK.minute(at(3, 9, 8)));
        assertThat(CLOCK.minute(at(3, 9, 20))).isEqualTo(CLOCK.minute(at(3, 10, 8)));
        // Wednesday 29/04 17:00 -> Monday 04/05 08:00: the holidays 30/04, 01/05 and the weekend add nothing
        assertThat(CLOCK.minute(at(5, 4, 8))).isEqualTo(CLOCK.minute(at(4, 29, 17)));
        assertThat(CLOCK.minutesPerDay()).isEqualTo(540);
        // and back: a minute count is a date in office hours, the last minute of a day its closing time
        assertThat(CLOCK.at(CLOCK.minute(at(3, 9, 9)))).isEqualTo(at(3, 9, 9));
        assertThat(CLOCK.at(CLOCK.minute(at(3, 6, 16)) + 120)).isEqualTo(at(3, 9, 9));
        assertThat(CLOCK.at(CLOCK.minute(at(4, 29, 12)) + 300)).isEqualTo(at(4, 29, 17));
        assertThat(CLOCK.at(CLOCK.minute(at(4, 29, 12)) + 301)).isEqualTo(LocalDateTime.of(2026, 5, 4, 8, 1));
    }

    @Test
    void mergingTwoReceivingPointsIntoOneDeskMakesTheSecondDossierWaitADay() {
        // A and B each received one dossier on Monday 02/03 at 08:00 that took the whole day (540 office minutes):
        // one open at a time, so one desk each carries one dossier (caseload 1)
        List<Replay.Case> history = List.of(
                judged("a1", "A", at(3, 2, 8), at(3, 2, 17), at(3, 3, 17)),
                judged("b1", "B", at(3, 2, 8), at(3, 2, 17), at(3, 2, 17)));
        Scenario merge = scenario(Map.of("default", 1), List.of(new Scenario.Move("A", "B", null)), Map.of("A", 0));

        Replay.Result r = march().run(history, merge);
        Replay.UnitResult b = unit(r, "B");
        assertThat(b.caseload()).isEqualTo(1);
        // recorded and baseline: one dossier, on time, no wait
        assertThat(b.recorded()).isEqualTo(new Replay.Figures(1, 1, 1, 0, 0, 0, 0));
        assertThat(b.baseline()).isEqualTo(b.recorded());
        // scenario: a1 first (same minute, id order), b1 waits 540 minutes = 9 office hours, ends Tuesday 17:00,
        // after its appointment (Monday 17:00): late. Mean wait 4.5 h, longest 9 h.
        assertThat(b.scenario()).isEqualTo(new Replay.Figures(2, 2, 1, 1, 0, 4.5, 9.0));
        assertThat(b.scenario().onTimeRate()).isEqualTo(50.0);
        assertThat(unit(r, "A").scenario().received()).isZero();
        assertThat(unit(r, "A").officersAfter()).isZero();
        assertThat(r.scenarioTotal()).isEqualTo(new Replay.Figures(2, 2, 1, 1, 0, 4.5, 9.0));

        // the same merge keeping both desks: nobody waits
        Scenario keepDesks = scenario(Map.of("default", 1), List.of(new Scenario.Move("A", "B", 1.0)), Map.of("A", 0, "B", 2));
        assertThat(unit(march().run(history, keepDesks), "B").scenario()).isEqualTo(new Replay.Figures(2, 2, 2, 0, 0, 0, 0));
    }

    @Test
    void theBaselineReplayReproducesTheRecordedFiguresOfABusyHistory() {
        // three units, 600 dossiers over February to April with overlapping work, supplements (late after), stopped
        // ones (not judged), late ones and some still open today
        Random random = new Random(18);
        List<Replay.Case> history = new ArrayList<>();
        String[] units = {"U1", "U2", "U3"};
        for (int i = 0; i < 600; i++) {
            LocalDateTime received = at(2, 1, 8).plusMinutes(random.nextInt(60 * 24 * 85));
            LocalDateTime ended = random.nextInt(20) == 0 ? null : received.plusMinutes(30 + random.nextInt(60 * 24 * 12));
            LocalDateTime lateAfter = received.plusDays(3 + random.nextInt(8));
            history.add(new Replay.Case("d" + i, units[i % 3], received, ended, lateAfter, random.nextInt(10) != 0));
        }
        Scenario actual = scenario(Map.of("default", 2, "U2", 3), List.of(), Map.of());
        Replay.Result r = march().run(history, actual);
        assertThat(r.units()).hasSize(3).allSatisfy(u -> {
            assertThat(u.baseline()).as(u.unit()).isEqualTo(u.recorded());
            assertThat(u.scenario()).as(u.unit()).isEqualTo(u.recorded());
            assertThat(u.recorded().received()).as(u.unit()).isPositive();
        });
        assertThat(r.baselineTotal()).isEqualTo(r.recordedTotal());

        // and the recorded on-time judgement agrees with the 766 rule on the timestamps themselves (2.1: ended no
        // later than the appointment plus supplement time), for the dossiers ended in March
        long onTime = history.stream().filter(c -> c.judged() && c.endedAt() != null && !c.endedAt().isBefore(MARCH)
                && c.endedAt().isBefore(APRIL) && !c.endedAt().isAfter(c.lateAfter())).count();
        assertThat(r.recordedTotal().onTime()).isEqualTo(onTime).isPositive();

        // fewer desks on U1 make U1 wait and lose on-time dossiers; the others do not change
        Scenario cut = scenario(Map.of("default", 2, "U2", 3), List.of(), Map.of("U1", 1));
        Replay.Result worse = march().run(history, cut);
        assertThat(unit(worse, "U1").scenario().meanWaitHours()).isPositive();
        assertThat(unit(worse, "U1").scenario().onTime()).isLessThan(unit(worse, "U1").recorded().onTime());
        assertThat(unit(worse, "U1").scenario().backlog()).isGreaterThanOrEqualTo(unit(worse, "U1").recorded().backlog());
        assertThat(unit(worse, "U2").scenario()).isEqualTo(unit(worse, "U2").recorded());
    }

    @Test
    void theBacklogAndTheOpenDossiersAreJudgedAtThePeriodsEnd() {
        List<Replay.Case> history = List.of(
                // received 31/03, ended 02/04: in the March backlog, not judged in March (appointment in April)
                judged("x1", "A", at(3, 31, 10), at(4, 2, 10), at(4, 3, 17)),
                // still open today, appointment 20/03 passed: backlog and late at the end of March
                judged("x2", "A", at(3, 16, 9), null, at(3, 20, 17)),
                // ended in March, received in February: ended and on time, not received in March
                judged("x3", "A", at(2, 25, 9), at(3, 3, 9), at(3, 4, 17)),
                // stopped (not judged): ended, neither on time nor late
                new Replay.Case("x4", "A", at(3, 10, 9), at(3, 11, 9), at(3, 10, 17), false));
        Replay.UnitResult a = unit(march().run(history, scenario(Map.of(), List.of(), Map.of())), "A");
        assertThat(a.recorded()).isEqualTo(new Replay.Figures(3, 2, 1, 1, 2, 0, 0));
        assertThat(a.recorded().onTimeRate()).isEqualTo(50.0);
        assertThat(a.officersBefore()).isEqualTo(Scenario.DEFAULT_OFFICERS);
    }

    @Test
    void aShareOfTheDossiersMovesAlwaysTheSameOnes() {
        Scenario half = scenario(Map.of(), List.of(new Scenario.Move("A", "B", 0.5)), Map.of());
        List<Replay.Case> history = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            history.add(judged(java.util.UUID.nameUUIDFromBytes(("d" + i).getBytes()).toString(), "A",
                    at(3, 2, 8), at(3, 2, 9), at(3, 5, 17)));
        }
        long moved = history.stream().filter(c -> Replay.destination(c, half).equals("B")).count();
        assertThat(moved).isBetween(900L, 1100L);
        assertThat(history.stream().filter(c -> Replay.destination(c, half).equals("B")).count()).isEqualTo(moved);
        Replay.Result r = march().run(history, half);
        assertThat(unit(r, "B").scenario().received()).isEqualTo(moved);
        assertThat(unit(r, "A").scenario().received()).isEqualTo(2000 - moved);
    }

    @Test
    void aUnitLeftWithDossiersAndNoOfficerAndABadScenarioAreRefused() {
        List<Replay.Case> history = List.of(judged("a1", "A", at(3, 2, 8), at(3, 2, 17), at(3, 3, 17)));
        assertThatThrownBy(() -> march().run(history, scenario(Map.of(), List.of(), Map.of("A", 0))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("A");

        assertThatThrownBy(() -> new Scenario("x", "2026-13", "2026-03", Map.of("B", -1),
                new Scenario.Changes(List.of(new Scenario.Move("A", "A", 1.0), new Scenario.Move("A", "B", 1.5)), null)).validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("from", "officers.B", "changes.moves[0]", "changes.moves[1].share"));
        assertThatThrownBy(() -> new Scenario("x", "2026-05", "2026-03", null, null).validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageVi())
                        .startsWith("Kỳ mô phỏng không hợp lệ"));
    }

    static Replay.UnitResult unit(Replay.Result r, String code) {
        return r.units().stream().filter(u -> u.unit().equals(code)).findFirst().orElseThrow();
    }
}
