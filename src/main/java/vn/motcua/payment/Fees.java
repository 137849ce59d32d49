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
     * What the dossier owes at this step.
     *
     * @param amountVnd    integer đồng; 0 when nothing is owed, or when the amount is still to be entered
     * @param toBeEntered  the catalog charges a fee here but states no amount: the receiving point enters it when the
     *                     applicant pays at the counter (an unknown fee is never free)
     */
    public record Due(long amountVnd, boolean toBeEntered) {

        public static final Due NOTHING = new Due(0, false);

        /** Something is owed: an amount, or one the receiving point enters. */
        public boolean owed() {
            return amountVnd > 0 || toBeEntered;
        }
    }

    /**
     * What the procedure charges on the dossier's channel (the catalog's terms). A stated amount above 0 is recorded as
     * DUE; so is a fee the catalog does not state (amount to be entered at the counter). A stated 0, or a channel the
     * procedure states nothing for, owes nothing.
     */
    public Due request(UUID dossierId, String dossierCode, String procedureCode, Channel channel, String stage) {
        Due due = amountFor(procedureCode, channel);
        if (!due.owed()) {
            return Due.NOTHING;
        }
        FeeObligation fee = ledger.open(dossierId, dossierCode, procedureCode, stage, due.amountVnd(), !due.toBeEntered(),
                now());
        return new Due(fee.amountVnd(), !fee.amountKnown());
    }

    /** Whether the procedure charges anything on the channel (a stated amount above 0, or one to be entered); writes nothing. */
    public boolean owed(String procedureCode, Channel channel) {
        return amountFor(procedureCode, channel).owed();
    }

    /** The catalog's fee: the only place this module reads fee data, so a change of the catalog's fee model stays here. */
    Due amountFor(String procedureCode, Channel channel) {
        return catalog.find(procedureCode).flatMap(p -> p.termsFor(channel))
                .map(ChannelTerms::fee)
                .map(fee -> fee.known() ? new Due(fee.amountVnd(), false) : new Due(0, true))
                .orElse(Due.NOTHING);
    }

    /** The receiver took the money at the counter: the fee is settled and a receipt (biên lai) number given. */
    public String paidAtCounter(UUID dossierId, String officer) {
        return paidAtCounter(dossierId, officer, null);
    }

    /**
     * The receiver took the money at the counter. For a fee whose amount the catalog does not state, the amount the
     * receiver entered ({@code enteredVnd}, integer đồng above 0) is what was paid; for a stated fee it is ignored.
     *
     * @throws InvalidInputException the amount is to be entered and is missing or not above 0
     */
    public String paidAtCounter(UUID dossierId, String officer, Long enteredVnd) {
        FeeObligation fee = ledger.find(dossierId).orElseThrow(() -> alreadySettled(dossierId));
        if (fee.due() && !fee.amountKnown()) {
            if (enteredVnd == null || enteredVnd <= 0) {
                throw new InvalidInputException("feeAmountCollected",
                        "Thủ tục chưa công bố mức phí, lệ phí: phải nhập số tiền đã thu (đồng, lớn hơn 0)",
                        "The procedure's fee is not published: enter the amount collected (đồng, above 0)");
            }
            if (enteredVnd > MAX_FEE_VND) {
                throw new InvalidInputException("feeAmountCollected", "Số tiền đã thu không hợp lý (quá 1 tỷ đồng)",
                        "The amount collected is not plausible (over 1 billion đồng)");
            }
            ledger.enterAmount(dossierId, enteredVnd);
        }
        String receipt = ledger.nextReceiptNumber(now());
        if (!ledger.settle(dossierId, "PAID_AT_COUNTER", officer, receipt, null, null, now())) {
            throw alreadySettled(dossierId);
        }
        return receipt;
    }

    /** A fee above this is a typing error, not a fee (the largest published one is some millions). */
    static final long MAX_FEE_VND = 1_000_000_000L;

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
