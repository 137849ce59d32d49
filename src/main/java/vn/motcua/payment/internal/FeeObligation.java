package vn.motcua.payment.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What a dossier owes and how it stands.
 *
 * @param stage     RECEIPT (asked when the dossier is received) or RESULT (before the result is returned)
 * @param amountVnd integer đồng
 * @param state     DUE, PAID_ONLINE, PAID_AT_COUNTER, EXEMPTED or UNPAID
 * @param amountKnown false while the catalog states no amount (0 then) and the receiving point has not entered it
 */
public record FeeObligation(UUID dossierId, String dossierCode, String procedureCode, String stage, long amountVnd,
                            String state, LocalDateTime requestedAt, LocalDateTime settledAt, String settledBy,
                            String receiptNumber, String exemptionReason, String orderId, boolean amountKnown) {

    public boolean due() {
        return "DUE".equals(state);
    }

    public boolean paid() {
        return state.startsWith("PAID_");
    }
}
