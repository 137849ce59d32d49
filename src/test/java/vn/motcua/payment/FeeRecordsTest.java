package vn.motcua.payment;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.payment.internal.FeeLedger;
import vn.motcua.payment.internal.FeeObligation;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What a dossier was charged, for the NPSP's DanhSachLePhi: the obligation's amount once it is known. */
class FeeRecordsTest {

    private final FeeLedger ledger = mock(FeeLedger.class);
    private final FeeRecords records = new FeeRecords(ledger, mock(JdbcClient.class));
    private final UUID id = UUID.randomUUID();

    private FeeObligation obligation(long amount, String state, boolean known) {
        return new FeeObligation(id, "H36.24781-261127-0009", "1.000001", "RECEIPT", amount, state,
                LocalDateTime.of(2026, 11, 27, 9, 15), null, null, null, null, null, known);
    }

    @Test
    void theAmountEnteredAtTheCounterForAnUnknownFeeIsWhatWasCharged() {
        when(ledger.find(id)).thenReturn(Optional.of(obligation(0, "DUE", false)));
        assertThat(records.amountCharged(id)).as("not entered yet").isEmpty();
        when(ledger.find(id)).thenReturn(Optional.of(obligation(35_000, "PAID_AT_COUNTER", true)));
        assertThat(records.amountCharged(id)).isEqualTo(OptionalLong.of(35_000));
        when(ledger.find(id)).thenReturn(Optional.empty());
        assertThat(records.amountCharged(id)).as("no fee asked").isEmpty();
    }
}
