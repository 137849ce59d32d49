package vn.motcua.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.payment.internal.FeeLedger;
import vn.motcua.payment.internal.FeeObligation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading what the payment module holds, for the other modules: a paid fee's receipt (the slips module prints it),
 * and the figures of indicator 6.1 of the 766 index (the reporting module).
 */
@Service
@Transactional(readOnly = true)
public class FeeRecords {

    private final FeeLedger ledger;
    private final JdbcClient jdbc;

    FeeRecords(FeeLedger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** The receipt of the dossier's fee once paid (online or at the counter); empty when nothing was paid. */
    public Optional<FeeReceipt> receipt(UUID dossierId) {
        return ledger.find(dossierId).filter(FeeObligation::paid).map(fee -> {
            String transaction = fee.orderId() == null ? null : jdbc.sql(
                            "select transaction_ref from payment_order where order_id = :id")
                    .param("id", fee.orderId()).query(String.class).optional().orElse(null);
            return new FeeReceipt(fee.dossierId(), fee.dossierCode(), fee.procedureCode(), fee.receiptNumber(),
                    fee.amountVnd(), "PAID_ONLINE".equals(fee.state()), fee.settledAt(), fee.settledBy(), fee.orderId(),
                    transaction);
        });
    }

    /**
     * The amount the dossier was charged, as its obligation records it: the catalog's amount, or for a fee the catalog
     * does not state the amount the receiver entered at the counter (the NPSP's {@code DanhSachLePhi}); empty when
     * no fee was asked or its amount is not known yet.
     */
    public java.util.OptionalLong amountCharged(UUID dossierId) {
        return ledger.find(dossierId).filter(f -> f.amountKnown() && f.amountVnd() > 0)
                .map(f -> java.util.OptionalLong.of(f.amountVnd())).orElse(java.util.OptionalLong.empty());
    }

    /**
     * Indicator 6.1 ("Tỷ lệ hồ sơ thanh toán trực tuyến") per dossier, for the 766 counters: of these dossiers, those
     * that owed a fee (any obligation recorded: due, paid either way, exempted or unpaid) as keys, with whether it was
     * paid online.
     */
    public java.util.Map<UUID, Boolean> paidOnlineByDossier(Collection<UUID> dossierIds) {
        java.util.Map<UUID, Boolean> out = new java.util.HashMap<>();
        ledger.findAll(dossierIds).forEach(f -> out.put(f.dossierId(), "PAID_ONLINE".equals(f.state())));
        return out;
    }

}
