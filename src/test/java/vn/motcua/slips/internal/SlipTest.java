package vn.motcua.slips.internal;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.slips.internal.SlipFixtures.DUE;
import static vn.motcua.slips.internal.SlipFixtures.LAND_OFFICE;
import static vn.motcua.slips.internal.SlipFixtures.RECEIVED;
import static vn.motcua.slips.internal.SlipFixtures.WARD;
import static vn.motcua.slips.internal.SlipFixtures.accepted;
import static vn.motcua.slips.internal.SlipFixtures.apology;
import static vn.motcua.slips.internal.SlipFixtures.details;
import static vn.motcua.slips.internal.SlipFixtures.submitted;

class SlipTest {

    static Stream<Arguments> timelines() {
        TimelineEntry supplement = status(DossierStatus.SUPPLEMENT_REQUESTED, 20);
        TimelineEntry backToNew = status(DossierStatus.NEW, 60);
        TimelineEntry refused = status(DossierStatus.NOT_ACCEPTED, 90);
        TimelineEntry processing = status(DossierStatus.PROCESSING, 15);
        TimelineEntry handover = new TimelineEntry(RECEIVED.plusMinutes(30), "HANDOVER", DossierStatus.PROCESSING,
                "Chuyển hồ sơ", "system", WARD, LAND_OFFICE);
        TimelineEntry consult = new TimelineEntry(RECEIVED.plusMinutes(40), "CONSULT", DossierStatus.PROCESSING,
                "Lấy ý kiến", "system", LAND_OFFICE, "H36.T01");
        TimelineEntry late = apology(DUE.minusHours(1), LAND_OFFICE, "Chờ xác minh", DUE.plusDays(3));
        TimelineEntry withdrawal = status(DossierStatus.WITHDRAWAL_REQUESTED, 100);
        TimelineEntry stopped = status(DossierStatus.STOPPED, 120);
        TimelineEntry finished = status(DossierStatus.FINISHED, 200);
        TimelineEntry returned = status(DossierStatus.RETURNED, 300);
        return Stream.of(
                slips("just submitted (online or at the counter)", "", submitted()),
                slips("accepted", "01 06", submitted(), accepted()),
                slips("accepted and processing", "01 06", submitted(), accepted(), processing),
                slips("supplement requested", "02 06", submitted(), supplement),
                slips("supplement brought, not yet checked", "02 06", submitted(), supplement, backToNew),
                slips("supplement brought, then accepted", "01 02 06", submitted(), supplement, backToNew, accepted()),
                slips("refused at once", "03 06", submitted(), refused),
                slips("supplement brought, then refused", "02 03 06", submitted(), supplement, backToNew, refused),
                slips("supplement never brought: stopped", "02 05 06", submitted(), supplement, stopped),
                slips("handed over and consulted", "01 06", submitted(), accepted(), handover, consult),
                slips("late: apology", "01 04 06", submitted(), accepted(), handover, late),
                slips("withdrawn by the applicant and stopped", "01 05 06", submitted(), accepted(), withdrawal, stopped),
                slips("finished and returned", "01 06", submitted(), accepted(), handover, finished, returned),
                slips("only a consultation recorded", "", submitted(), consult));
    }

    @ParameterizedTest(name = "{0}: slips {1}")
    @MethodSource("timelines")
    void theSlipsOfADossierFollowFromItsTimeline(String why, String expected, List<TimelineEntry> timeline) {
        List<String> forms = Slip.applicableTo(details(DossierStatus.NEW, timeline.toArray(TimelineEntry[]::new)))
                .stream().map(Slip::urlName).toList();

        assertThat(forms).as(why).isEqualTo(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(value = {"01, FORM_01", "02, FORM_02", "03, FORM_03", "04, FORM_04", "05, FORM_05", "06, FORM_06",
            "1, ", "07, ", "00, ", "mau-01, ", "'', "}, nullValues = "")
    void formNumbersAreTheTwoDigitUrlNames(String urlName, Slip expected) {
        assertThat(Slip.ofUrlName(urlName)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "the latest {0} entry is the one the slip is issued for")
    @CsvSource({"SUPPLEMENT_REQUESTED, FORM_02", "ACCEPTED, FORM_01"})
    void aSlipIsIssuedForTheLatestEntryThatCallsForIt(DossierStatus status, Slip slip) {
        TimelineEntry first = status(status, 10);
        TimelineEntry second = status(status, 500);

        assertThat(slip.issuedFor(List.of(submitted(), first, status(DossierStatus.NEW, 100), second))).contains(second);
    }

    private static TimelineEntry status(DossierStatus status, int minutesAfterReceipt) {
        return SlipFixtures.status(RECEIVED.plusMinutes(minutesAfterReceipt), status, status.labelVi(), "system", null);
    }

    private static Arguments slips(String why, String forms, TimelineEntry... timeline) {
        return Arguments.of(why, forms, List.of(timeline));
    }
}
