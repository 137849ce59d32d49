/**
 * The province's connections to national systems, one adapter per partner, each behind a port the rest of the code
 * owns, configured by properties only ({@code motcua.integration.*}: endpoints, credentials, the unit code
 * {@code madonvi}, {@code dstcode}), with timeouts, retries with backoff and a circuit breaker per partner
 * (Resilience4j) and their metrics in Micrometer:
 * <ul>
 * <li>the <b>National Public Service Portal</b> (NPSP, Cổng Dịch vụ công quốc gia): every status change of a dossier
 *     as a {@code DongBoHoSoMC} snapshot and every handling step as a {@code CapNhatTienDoHoSoMC} entry, written to
 *     the outbox {@code npsp_outbox} in the change's own transaction (from {@link vn.motcua.dossier.DossierStep}) and
 *     delivered after it, in order per dossier, at least once, by a sender on every node; dossiers filed on the NPSP
 *     enter through {@link vn.motcua.dossier.DossierIntake}, and the NPSP's connector looks up a dossier's status and
 *     fees under {@code /api/v1/npsp/};</li>
 * <li>the <b>National Population Database</b> through the province's LGSP / VNeID, behind
 *     {@link vn.motcua.dossier.PopulationRegistry}.</li>
 * </ul>
 * A simulator of each partner ({@code internal.simulator}) implements the contract as provinces met it, with faults
 * switched on by configuration; the embedded default starts them and points the adapters at them. Credentials and
 * session tokens stay inside this module: never logged, never returned by any endpoint.
 */
package vn.motcua.integration;
