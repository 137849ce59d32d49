/**
 * Fees and charges a dossier owes (status 6, financial obligation) and how they are settled: paid at the counter
 * (recorded by the receiver, with a receipt number), exempted by an officer with a reason, or paid online through the
 * national payment platform (PayGov-style: an order, the applicant redirected to the platform, a confirmation callback
 * accepted only when its SHA-256 checksum verifies, counted once however often it arrives, and pending orders
 * reconciled by querying the platform). Amounts are integer đồng, taken from the procedure catalog's terms per channel.
 * The lifecycle asks for a fee through {@link vn.motcua.payment.Fees} (the shared model {@code motcua-fee}); an online
 * payment is announced as {@link vn.motcua.payment.FeeSettled} in the confirming transaction. The platform's secret
 * stays in {@code internal} configuration: never logged, never returned. A simulator of the platform with faults
 * (duplicate, forged or lost callback, timeout, amount mismatch) runs with the other partner simulators.
 */
package vn.motcua.payment;
