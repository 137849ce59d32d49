package vn.motcua.payment;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A paid fee's receipt (biên lai thu phí, lệ phí) as the payment module keeps it: what was paid, when, how and to whom.
 *
 * @param receiptNumber  {@code BL-yyyy-nnnnnn}, one sequence for the province
 * @param amountVnd      integer đồng actually paid (for a fee the catalog does not state, what the receiver entered)
 * @param paidOnline     true through the national payment platform, false at the counter
 * @param collectedBy    the receiver's user id at the counter; the platform ({@code paygov:<transaction>}) online
 * @param orderId        the platform order that paid it, null at the counter
 * @param transactionRef the platform's own transaction number, null at the counter
 */
public record FeeReceipt(UUID dossierId, String dossierCode, String procedureCode, String receiptNumber, long amountVnd,
                         boolean paidOnline, LocalDateTime paidAt, String collectedBy, String orderId,
                         String transactionRef) {
}
