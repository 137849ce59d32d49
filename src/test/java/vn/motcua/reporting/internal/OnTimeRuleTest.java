package vn.motcua.reporting.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.catalog.Channel;
import vn.motcua.reporting.internal.DossierFacts.Ending;
import vn.motcua.reporting.internal.DossierFacts.Kind;
import vn.motcua.reporting.internal.DossierFacts.Supplement;
import vn.motcua.reporting.internal.OnTimeRule.Verdict;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Formula 2.1 of the 766 index on hand-built dossiers, one rule per row. */
class OnTimeRuleTest {

    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 8, 0);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 3, 10, 17, 0);
    static final LocalDateTime MONTH_END = LocalDateTime.of(2026, 3, 31, 23, 59, 59);

    static LocalDateTime at(int day, int hour) {
        return LocalDateTime.of(2026, 3, day, hour, 0);
    }

    static DossierFacts dossier(boolean accepted, List<Supplement> supplements, Ending ending) {
        return new DossierFacts(UUID.randomUUID(), "U1", "1.000001", "F1", Channel.COUNTER, RECEIVED, DUE, accepted,
                supplements, ending, false);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("finished before the appointment", dossier(true, List.of(), new Ending(Kind.FINISHED, at(9, 10))),
                        MONTH_END, Verdict.ON_TIME, "ended-finished"),
                arguments("finished exactly at the appointment (<=)", dossier(true, List.of(), new Ending(Kind.FINISHED, DUE)),
                        MONTH_END, Verdict.ON_TIME, "ended-finished"),
                arguments("finished after the appointment", dossier(true, List.of(), new Ending(Kind.FINISHED, at(11, 9))),
                        MONTH_END, Verdict.LATE, "ended-finished"),
                arguments("returned late but finished on time: finished takes precedence",
                        dossier(true, List.of(), new Ending(Kind.FINISHED, at(10, 9))), MONTH_END, Verdict.ON_TIME, "ended-finished"),
                arguments("only returned: the return is the end", dossier(true, List.of(), new Ending(Kind.RETURNED, at(12, 9))),
                        MONTH_END, Verdict.LATE, "ended-returned"),
                arguments("one supplement: the applicant's time is subtracted",
                        dossier(true, List.of(new Supplement(at(4, 9), at(9, 9))), new Ending(Kind.FINISHED, at(13, 9))),
                        MONTH_END, Verdict.ON_TIME, "ended-finished"),
                arguments("one supplement subtracted, still late",
                        dossier(true, List.of(new Supplement(at(4, 9), at(5, 9))), new Ending(Kind.FINISHED, at(13, 9))),
                        MONTH_END, Verdict.LATE, "ended-finished"),
                arguments("a second supplement request is late however early it ends",
                        dossier(true, List.of(new Supplement(at(3, 9), at(3, 15)), new Supplement(at(4, 9), at(4, 15))),
                                new Ending(Kind.FINISHED, at(5, 9))), MONTH_END, Verdict.LATE, "more-than-one-supplement"),
                arguments("waiting for a supplement requested before the appointment: on time",
                        dossier(true, List.of(new Supplement(at(6, 9), null)), null), MONTH_END, Verdict.ON_TIME,
                        "waiting-for-supplement"),
                arguments("waiting for a supplement requested after the appointment: late",
                        dossier(true, List.of(new Supplement(at(12, 9), null)), null), MONTH_END, Verdict.LATE,
                        "waiting-for-supplement"),
                arguments("open and past the appointment at the period's end: late",
                        dossier(true, List.of(), null), MONTH_END, Verdict.LATE, "open-at-period-end"),
                arguments("open and within time at the period's end: counted on time",
                        dossier(true, List.of(), null), at(8, 17), Verdict.ON_TIME, "open-at-period-end"),
                arguments("finished after the period's end is judged as open at the period's end",
                        dossier(true, List.of(), new Ending(Kind.FINISHED, at(20, 9))), at(9, 17), Verdict.ON_TIME,
                        "open-at-period-end"),
                arguments("stopped (refused in processing) before the appointment: on time",
                        dossier(true, List.of(), new Ending(Kind.STOPPED, at(6, 9))), MONTH_END, Verdict.ON_TIME, "ended-stopped"),
                arguments("stopped after the appointment: late",
                        dossier(true, List.of(), new Ending(Kind.STOPPED, at(16, 9))), MONTH_END, Verdict.LATE, "ended-stopped"),
                arguments("withdrawn by the applicant after acceptance: judged at the withdrawal",
                        dossier(true, List.of(), new Ending(Kind.WITHDRAWN, at(5, 9))), MONTH_END, Verdict.ON_TIME, "ended-withdrawn"),
                arguments("refused at reception (form 03): never accepted, not counted",
                        dossier(false, List.of(), new Ending(Kind.NOT_ACCEPTED, at(2, 9))), MONTH_END, Verdict.NOT_COUNTED, "not-accepted"),
                arguments("withdrawn before acceptance: not counted",
                        dossier(false, List.of(), new Ending(Kind.WITHDRAWN, at(2, 9))), MONTH_END, Verdict.NOT_COUNTED, "not-accepted"),
                arguments("a second request after the period's end does not count in that period",
                        dossier(true, List.of(new Supplement(at(3, 9), at(3, 15)), new Supplement(at(12, 9), null)), null),
                        at(9, 17), Verdict.ON_TIME, "open-at-period-end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesEachRuleOfFormula21(String rule, DossierFacts dossier, LocalDateTime periodEnd, Verdict expected, String decidedBy) {
        OnTimeRule.Judgement j = OnTimeRule.judge(dossier, periodEnd);
        assertThat(j.verdict()).as(rule).isEqualTo(expected);
        assertThat(j.rule()).isEqualTo(decidedBy);
    }

    @org.junit.jupiter.api.Test
    void theSupplementTimeIsSubtractedFromTheEnd() {
        DossierFacts d = dossier(true, List.of(new Supplement(at(4, 9), at(9, 9))), new Ending(Kind.FINISHED, at(13, 9)));
        assertThat(OnTimeRule.judge(d, MONTH_END).end()).isEqualTo(at(8, 9));
        assertThat(OnTimeRule.lateAfter(d)).isEqualTo(DUE.plusDays(5));
    }
}
