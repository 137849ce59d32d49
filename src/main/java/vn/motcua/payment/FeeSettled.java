package vn.motcua.payment;

import java.util.UUID;

/**
 * A dossier's fee was paid online and the platform's confirmation verified; published once per payment, in the
 * confirming transaction, so the waiting lifecycle goes on in that same transaction (or neither happens).
 */
public record FeeSettled(UUID dossierId, String dossierCode, String orderId, long amountVnd) {
}
