package vn.motcua.payment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.payment.internal.FeeLedger;
import vn.motcua.payment.internal.FeeObligation;
import vn.motcua.problem.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What a dossier owes by the catalog's fee: a stated amount, free, or not stated (owed, entered at the counter). */
class FeesTest {

    private static final UUID DOSSIER = UUID.randomUUID();
    private final ProcedureCatalog catalog = mock(ProcedureCatalog.class);
    private final FeeLedger ledger = mock(FeeLedger.class);
    private final Fees fees = new Fees(catalog, ledger,
            Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    @BeforeEach
    void ledgerKeepsWhatItIsGiven() {
        when(ledger.open(any(), anyString(), anyString(), anyString(), anyLong(), anyBoolean(), any())).thenAnswer(a ->
                Optional.of(obligation(a.getArgument(4), a.getArgument(5))).get());
        when(ledger.nextReceiptNumber(any())).thenReturn("BL-2026-000007");
        when(ledger.settle(any(), anyString(), anyString(), anyString(), any(), any(), any())).thenReturn(true);
    }

    private void catalogCharges(Fee fee) {
        Procedure procedure = mock(Procedure.class);
        when(procedure.termsFor(Channel.COUNTER)).thenReturn(Optional.of(
                new ChannelTerms(Channel.COUNTER, TimeLimit.parse("5WD"), true, fee)));
        when(catalog.find("9.999999")).thenReturn(Optional.of(procedure));
    }

    private static FeeObligation obligation(long amount, boolean known) {
        return new FeeObligation(DOSSIER, "C-1", "9.999999", "RECEIPT", amount, "DUE", LocalDateTime.now(), null, null,
                null, null, null, known);
    }

    @Test
    void aStatedFeeIsOwedAsStated() {
        catalogCharges(Fee.stated(70_000));
        assertThat(fees.request(DOSSIER, "C-1", "9.999999", Channel.COUNTER, "RECEIPT")).isEqualTo(new Fees.Due(70_000, false));
        verify(ledger).open(DOSSIER, "C-1", "9.999999", "RECEIPT", 70_000, true, LocalDateTime.of(2026, 11, 28, 10, 0));
    }

    @Test
    void whetherAnythingIsOwedIsAskedWithoutWritingAnything() {
        catalogCharges(Fee.stated(0));
        assertThat(fees.owed("9.999999", Channel.COUNTER)).isFalse();
        catalogCharges(Fee.stated(70_000));
        assertThat(fees.owed("9.999999", Channel.COUNTER)).isTrue();
        catalogCharges(Fee.unknown());
        assertThat(fees.owed("9.999999", Channel.COUNTER)).as("an unpublished fee is owed, never free").isTrue();
        org.mockito.Mockito.verifyNoInteractions(ledger);
    }

    @Test
    void aFreeProcedureOwesNothing() {
        catalogCharges(Fee.stated(0));
        assertThat(fees.request(DOSSIER, "C-1", "9.999999", Channel.COUNTER, "RECEIPT").owed()).isFalse();
        verify(ledger, never()).open(any(), any(), any(), any(), anyLong(), anyBoolean(), any());
    }

    @Test
    void aFeeTheCatalogDoesNotStateIsOwedNotFreeAndItsAmountIsEnteredAtTheCounter() {
        catalogCharges(Fee.unknown());

        Fees.Due due = fees.request(DOSSIER, "C-1", "9.999999", Channel.COUNTER, "RECEIPT");

        assertThat(due.owed()).as("unknown is never free").isTrue();
        assertThat(due.toBeEntered()).isTrue();
        verify(ledger).open(eq(DOSSIER), any(), any(), any(), eq(0L), eq(false), any());

        when(ledger.find(DOSSIER)).thenReturn(Optional.of(obligation(0, false)));
        assertThatThrownBy(() -> fees.paidAtCounter(DOSSIER, "xuanhuong.tiepnhan", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("phải nhập số tiền đã thu");
        assertThatThrownBy(() -> fees.paidAtCounter(DOSSIER, "xuanhuong.tiepnhan", 0L))
                .isInstanceOf(InvalidInputException.class);
        verify(ledger, never()).settle(any(), any(), any(), any(), any(), any(), any());

        assertThat(fees.paidAtCounter(DOSSIER, "xuanhuong.tiepnhan", 35_000L)).isEqualTo("BL-2026-000007");
        verify(ledger).enterAmount(DOSSIER, 35_000);
        verify(ledger).settle(eq(DOSSIER), eq("PAID_AT_COUNTER"), eq("xuanhuong.tiepnhan"), eq("BL-2026-000007"),
                any(), any(), any());
    }

    @Test
    void aStatedFeeIgnoresAnEnteredAmount() {
        when(ledger.find(DOSSIER)).thenReturn(Optional.of(obligation(70_000, true)));
        fees.paidAtCounter(DOSSIER, "xuanhuong.tiepnhan", 1L);
        verify(ledger, never()).enterAmount(any(), anyLong());
    }
}
