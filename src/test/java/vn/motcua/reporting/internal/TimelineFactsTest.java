package vn.motcua.reporting.internal;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the 766 facts from a dossier's timeline, as the NPSP reads the progress it was sent. */
class TimelineFactsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 8, 0);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 3, 10, 17, 0);

    final List<TimelineEntry> timeline = new ArrayList<>();

    Dossier dossier(LocalDateTime currentDue) {
        return new Dossier(UUID.randomUUID(), "X-260302-0001", "1.001193", "Đăng ký khai sinh", "U1", "U2", Channel.ONLINE,
                "068203001234", "A", null, null, DossierStatus.PROCESSING, T0, currentDue, null, null, "{}", null);
    }

    void step(int day, DossierStatus s, LocalDateTime dueAt) {
        timeline.add(new TimelineEntry(T0.plusDays(day), "STATUS", s, "b", "a", "U1", null, null, dueAt));
    }

    @Test
    void theAppointmentIsTheReceiptsAndSupplementsAreReadAsRequestAndResumption() {
        timeline.add(new TimelineEntry(T0, "SUBMITTED", DossierStatus.NEW, "b", "a", "U1", null, null, DUE));
        step(1, DossierStatus.ACCEPTED, DUE);
        step(2, DossierStatus.SUPPLEMENT_REQUESTED, null);
        step(5, DossierStatus.PROCESSING, DUE.plusDays(3));   // the system moved the due date on resumption
        timeline.add(new TimelineEntry(T0.plusDays(6), "APOLOGY", DossierStatus.PROCESSING, "b", "a", "U1", null, "x",
                DUE.plusDays(10)));
        step(9, DossierStatus.FINISHED, null);
        step(10, DossierStatus.RETURNED, null);
        DossierFacts f = TimelineFacts.of(dossier(DUE.plusDays(10)), timeline,
                new IdentityVerification(IdentityVerification.Status.VERIFIED, T0), "Hộ tịch");
        assertThat(f.appointmentAt()).as("the receipt's date, not the moved or apologised one").isEqualTo(DUE);
        assertThat(f.accepted()).isTrue();
        assertThat(f.supplements()).containsExactly(new DossierFacts.Supplement(T0.plusDays(2), T0.plusDays(5)));
        assertThat(f.ending()).as("finished takes precedence over returned")
                .isEqualTo(new DossierFacts.Ending(DossierFacts.Kind.FINISHED, T0.plusDays(9)));
        assertThat(f.identityVerified()).isTrue();
        assertThat(f.unitCode()).as("the handling unit").isEqualTo("U2");
        assertThat(OnTimeRule.judge(f, T0.plusMonths(1)).verdict()).isEqualTo(OnTimeRule.Verdict.ON_TIME);
    }

    @Test
    void aRefusalAtReceptionIsNeverAcceptedAndAnIdentityNotCheckedIsNotVerified() {
        timeline.add(new TimelineEntry(T0, "SUBMITTED", DossierStatus.NEW, "b", "a", "U1", null, null, DUE));
        step(0, DossierStatus.NOT_ACCEPTED, null);
        DossierFacts f = TimelineFacts.of(dossier(DUE), timeline,
                new IdentityVerification(IdentityVerification.Status.NOT_CHECKED, null), "");
        assertThat(f.accepted()).isFalse();
        assertThat(f.ending().kind()).isEqualTo(DossierFacts.Kind.NOT_ACCEPTED);
        assertThat(f.identityVerified()).isFalse();
        assertThat(OnTimeRule.judge(f, T0.plusMonths(1)).verdict()).isEqualTo(OnTimeRule.Verdict.NOT_COUNTED);
    }

    @Test
    void aPendingSupplementIsOpenAndItsContributionEndsAtTheRequest() {
        timeline.add(new TimelineEntry(T0, "SUBMITTED", DossierStatus.NEW, "b", "a", "U1", null, null, DUE));
        step(1, DossierStatus.ACCEPTED, DUE);
        step(3, DossierStatus.SUPPLEMENT_REQUESTED, null);
        DossierFacts f = TimelineFacts.of(dossier(DUE), timeline, null, "F");
        assertThat(f.supplements()).containsExactly(new DossierFacts.Supplement(T0.plusDays(3), null));
        Contribution.Row row = Contribution.row(f, Contribution.Facts.UNREAD);
        assertThat(row.endedAt()).isEqualTo(T0.plusDays(3));
        assertThat(row.verdict()).isEqualTo("ON_TIME");
        // resumed and then a second request: the difference moves the dossier from on time to open (late)
        step(4, DossierStatus.PROCESSING, null);
        step(6, DossierStatus.SUPPLEMENT_REQUESTED, null);
        Contribution.Row after = Contribution.row(TimelineFacts.of(dossier(DUE), timeline, null, "F"), Contribution.Facts.UNREAD);
        var delta = Contribution.difference(row, after);
        long onTime = delta.values().stream().mapToLong(v -> v[3]).sum();
        assertThat(onTime).as("its on-time end is taken back").isEqualTo(-1);
        assertThat(after.supplements()).isEqualTo(2);
        assertThat(after.endedAt()).as("still open, judged late at every period's end").isNull();
    }
}
