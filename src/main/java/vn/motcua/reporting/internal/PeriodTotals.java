package vn.motcua.reporting.internal;

/**
 * A period's counts for a scope, as the 766 formulas need them. A null count means the system does not hold that
 * data (the indicator is not measured), which is different from zero.
 *
 * @param received         dossiers received in the period (NgayTiepNhan in the period)
 * @param judged           dossiers received or handled in the period that 2.1 judges (accepted ones)
 * @param onTime           of {@code judged}, on time or still within time at the period's end
 * @param late             {@code judged - onTime}
 * @param synced           of {@code received}, those whose snapshot the NPSP accepted; null without sync data
 * @param feeCharging      dossiers of fee-charging procedures started in the period; null without payment data
 * @param complaints       dossiers with feedback or a dislike; null without feedback data
 */
public record PeriodTotals(long received, long online, long identityVerified, long judged, long onTime, long late,
                           Long synced, Long feeCharging, Long paidOnline, Long complaints) {
}
