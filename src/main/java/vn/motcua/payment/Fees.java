package vn.motcua.payment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.payment.internal.FeeLedger;
import vn.motcua.payment.internal.FeeObligation;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.RuleViolationException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The fee step of the lifecycle, as the shared model {@code motcua-fee} asks for it: what the dossier owes (the
 * catalog's fee for its procedure and channel), and how the receiving point settles it. Joins the engine's
 * transaction, so the obligation and the process never disagree.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Fees {

    private final ProcedureCatalog catalog;
    private final FeeLedger ledger;
    private final Clock clock;

    Fees(ProcedureCatalog catalog, FeeLedger ledger, Clock clock) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The amount in đồng the procedure charges on the dossier's channel (the catalog's terms; 0 when it charges
     * nothing or states nothing for that channel). When it is above 0 the obligation is recorded as DUE.
     */
    public long request(UUID dossierId, String dossierCode, String procedureCode, Channel channel, String stage) {
        long amount = amountFor(procedureCode, channel);
        if (amount <= 0) {
            return 0;
        }
        return ledger.open(dossierId, dossierCode, procedureCode, stage, amount, now()).amountVnd();
    }

    /** The catalog's fee: the only place this module reads fee data, so a change of the catalog's fee model stays here. */
    long amountFor(String procedureCode, Channel channel) {
        return catalog.find(procedureCode).flatMap(p -> p.termsFor(channel)).map(ChannelTerms::feeVnd).orElse(0L);
    }

    /** The receiver took the money at the counter: the fee is settled and a receipt (biên lai) number given. */
    public String paidAtCounter(UUID dossierId, String officer) {
        String receipt = ledger.nextReceiptNumber(now());
        if (!ledger.settle(dossierId, "PAID_AT_COUNTER", officer, receipt, null, null, now())) {
            throw alreadySettled(dossierId);
        }
        return receipt;
    }

    /** An officer exempts the dossier from the fee; the reason is required and kept. */
    public void exempt(UUID dossierId, String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("feeExemptionReason", "Phải nêu lý do miễn phí, lệ phí",
                    "The reason for the exemption is required");
        }
        if (!ledger.settle(dossierId, "EXEMPTED", officer, null, reason.trim(), null, now())) {
            throw alreadySettled(dossierId);
        }
    }

    /** The payment period ran out with nothing paid. */
    public void unpaid(UUID dossierId) {
        ledger.settle(dossierId, "UNPAID", "system", null, null, null, now());
    }

    private RuleViolationException alreadySettled(UUID dossierId) {
        String state = ledger.find(dossierId).map(FeeObligation::state).orElse("NONE");
        return new RuleViolationException("Khoản phí, lệ phí của hồ sơ không còn chờ nộp (" + state + ")",
                "The dossier's fee is no longer due (" + state + ")");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
