package vn.motcua.payment.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.payment.FeeRecorded;

import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's one row per dossier on the embedded database (H2's MERGE; PostgreSQL's ON CONFLICT is exercised by
 * {@link OnePaymentOnTwoNodesOnPostgresTest}): a step run again keeps the first obligation and announces nothing new.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class FeeLedgerTest {

    @Autowired FeeLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aFeeOpenedAgainKeepsTheFirstObligationAndIsAnnouncedOnce() {
        UUID dossier = UUID.randomUUID();
        String code = "G22.TEST-" + dossier.toString().substring(0, 8);
        LocalDateTime first = LocalDateTime.of(2026, 12, 7, 9, 0);

        FeeObligation opened = ledger.open(dossier, code, "1.000001", "RECEIPT", 50_000, true, first);
        FeeObligation again = ledger.open(dossier, code, "1.000001", "RESULT", 80_000, false, first.plusHours(1));

        assertThat(opened.amountVnd()).isEqualTo(50_000);
        assertThat(again.amountVnd()).as("the first obligation stands").isEqualTo(50_000);
        assertThat(again.stage()).isEqualTo("RECEIPT");
        assertThat(again.amountKnown()).isTrue();
        assertThat(jdbc.sql("select count(*) from fee_obligation where dossier_id = :id").param("id", dossier)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(FeeRecorded.class).filter(e -> e.dossierId().equals(dossier)))
                .as("FeeRecorded events").hasSize(1);
    }
}
