package vn.motcua.payment;

import java.util.UUID;

/**
 * A dossier's fee obligation was recorded or settled (paid online or at the counter, exempted, unpaid); published in
 * the transaction that writes it, for the 766 counters (indicator 6.1).
 */
public record FeeRecorded(UUID dossierId) {
}
