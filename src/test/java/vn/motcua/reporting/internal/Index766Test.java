package vn.motcua.reporting.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Points, thresholds and "not measured" of the 766 index. */
class Index766Test {

    @ParameterizedTest(name = "rate {0} of {1} points, threshold {2}: {3}")
    @CsvSource({
            // online provision, digitisation, reuse: full points from 80%
            "0.80, 6, 0.8, 6", "0.95, 6, 0.8, 6", "0.40, 6, 0.8, 3", "0.00, 6, 0.8, 0",
            // online submission: full points from 50%
            "0.50, 12, 0.5, 12", "0.25, 12, 0.5, 6", "0.49, 12, 0.5, 11.76",
            // procedure satisfaction: full points from 90%
            "0.90, 6, 0.9, 6", "0.45, 6, 0.9, 3",
            // no threshold (on-time rate, sync): proportional
            "0.75, 20, , 15", "1.00, 20, , 20"})
    void pointsFollowTheThresholds(double rate, double max, Double threshold, double expected) {
        assertThat(Index766.points(rate, max, threshold)).isCloseTo(expected, within(0.001));
    }

    @Test
    void indicatorsWithoutDataAreNotMeasuredNeverZeroOrFullMarks() {
        List<Indicator> all = Index766.score(new PeriodTotals(100, 60, 70, 90, 81, 9, null, null, null, null));
        Map<String, Indicator> byCode = byCode(all);
        for (String code : List.of("1.1", "1.2", "1.3", "1.4", "3.3", "4.1", "4.2", "5.2", "5.3", "5.4", "6.1")) {
            assertThat(byCode.get(code).measured()).as(code).isFalse();
            assertThat(byCode.get(code).points()).as(code).isNull();
            assertThat(byCode.get(code).noteVi()).as(code).startsWith("Chưa đo");
        }
        assertThat(byCode.get("2.1").points()).isEqualTo(18.0);   // 81/90 = 90% of 20
        assertThat(byCode.get("4.6").points()).isEqualTo(1.75);   // 70% of 2 under the 80% threshold
        Map<Index766.Group, Index766.GroupScore> groups = Index766.groups(all);
        assertThat(groups.get(Index766.Group.ONLINE_PAYMENT).points()).isNull();
        assertThat(groups.get(Index766.Group.PROGRESS).points()).isEqualTo(18.0);
        assertThat(groups.get(Index766.Group.DIGITISATION).measuredPoints()).isEqualTo(2.0);
    }

    @Test
    void onlineSubmissionShareIsScaledByTheSyncRateAndPaymentsCountWhenHeld() {
        Map<String, Indicator> byCode = byCode(Index766.score(new PeriodTotals(100, 40, 0, 90, 81, 9, 80L, 20L, 15L, 5L)));
        assertThat(byCode.get("1.4").percent()).isEqualTo(80.0);
        assertThat(byCode.get("1.4").points()).isEqualTo(4.8);
        assertThat(byCode.get("3.3").percent()).isEqualTo(32.0);       // 40% online × 80% synced
        assertThat(byCode.get("3.3").points()).isEqualTo(7.68);        // 32% × 12 / 50%
        assertThat(byCode.get("6.1").percent()).isEqualTo(75.0);
        assertThat(byCode.get("5.4").percent()).isCloseTo(84.44, within(0.01)); // 100% − (9/90 + 5/90)
        assertThat(byCode.get("5.4").points()).isCloseTo(5.63, within(0.01));
    }

    @Test
    void digitisationReuseAndComplaintsAnsweredOnTimeCountWhenHeld() {
        Map<String, Indicator> byCode = byCode(Index766.score(new PeriodTotals(100, 40, 0, 90, 81, 9, 80L, 20L, 15L, 5L,
                60L, 10L, 8L, 6L)));
        assertThat(byCode.get("4.2").percent()).isEqualTo(60.0);      // 60 of 100 received with a digitised paper
        assertThat(byCode.get("4.2").points()).isEqualTo(3.0);        // 60% × 4 / 80%
        assertThat(byCode.get("4.4").percent()).isEqualTo(10.0);
        assertThat(byCode.get("4.4").points()).isEqualTo(0.25);       // 10% × 2 / 80%
        assertThat(byCode.get("5.2").percent()).isEqualTo(75.0);      // 6 of 8 complaints answered in 15 working days
        assertThat(byCode.get("5.2").points()).isEqualTo(4.5);
        assertThat(byCode.get("5.3").measured()).as("satisfaction with answers is not collected").isFalse();
        Indicator none = byCode(Index766.score(new PeriodTotals(100, 40, 0, 90, 81, 9, 80L, 20L, 15L, 5L,
                60L, 10L, 0L, 0L))).get("5.2");
        assertThat(none.measured()).as("no complaint in the period: N/A, not full marks").isFalse();
        assertThat(none.noteVi()).contains("N/A");
    }

    @Test
    void satisfactionWithComplaintAnswersIsTheShareNeitherRatedNotSatisfiedNorLate() {
        // 10 complaints received in the period, 7 of them neither rated not satisfied nor answered late
        Map<String, Indicator> byCode = byCode(Index766.score(new PeriodTotals(100, 40, 0, 90, 81, 9, 80L, 20L, 15L, 5L,
                60L, 10L, 8L, 6L, 10L, 7L)));
        Indicator answers = byCode.get("5.3");
        assertThat(answers.measured()).isTrue();
        assertThat(answers.numerator()).isEqualTo(7L);
        assertThat(answers.denominator()).isEqualTo(10L);
        assertThat(answers.percent()).isEqualTo(70.0);
        assertThat(answers.points()).as("no threshold: 70% of 6 points").isEqualTo(4.2);
        Indicator none = byCode(Index766.score(new PeriodTotals(100, 40, 0, 90, 81, 9, 80L, 20L, 15L, 5L,
                60L, 10L, 8L, 6L, 0L, 0L))).get("5.3");
        assertThat(none.measured()).as("no complaint received in the period: N/A").isFalse();
        assertThat(none.noteVi()).contains("N/A");
    }

    @Test
    void anEmptyPeriodIsNotApplicableRatherThanZero() {
        Indicator onTime = byCode(Index766.score(new PeriodTotals(0, 0, 0, 0, 0, 0, 0L, null, null, null))).get("2.1");
        assertThat(onTime.measured()).isFalse();
        assertThat(onTime.points()).isNull();
    }

    private static Map<String, Indicator> byCode(List<Indicator> all) {
        return all.stream().collect(java.util.stream.Collectors.toMap(Indicator::code, i -> i));
    }
}
