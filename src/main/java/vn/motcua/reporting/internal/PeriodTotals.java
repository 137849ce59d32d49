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
 * @param digitised        of {@code received}, dossiers with at least one digitised paper (4.2); null without marks
 * @param reused           of {@code received}, dossiers with at least one paper reused from data held (4.4)
 * @param feedbackHandled  complaints received or answered in the period (5.2); null without complaint data
 * @param feedbackOnTime   of them, answered by their deadline or still within it at the period's end
 * @param feedbackReceived complaints first received in the period (5.3); null without complaint data
 * @param feedbackSatisfied of them, neither rated not satisfied by the sender nor answered late
 */
public record PeriodTotals(long received, long online, long identityVerified, long judged, long onTime, long late,
                           Long synced, Long feeCharging, Long paidOnline, Long complaints, Long digitised, Long reused,
                           Long feedbackHandled, Long feedbackOnTime, Long feedbackReceived, Long feedbackSatisfied) {

    /** Without the satisfaction with complaint answers (5.3). */
    public PeriodTotals(long received, long online, long identityVerified, long judged, long onTime, long late,
                        Long synced, Long feeCharging, Long paidOnline, Long complaints, Long digitised, Long reused,
                        Long feedbackHandled, Long feedbackOnTime) {
        this(received, online, identityVerified, judged, onTime, late, synced, feeCharging, paidOnline, complaints,
                digitised, reused, feedbackHandled, feedbackOnTime, null, null);
    }

    /** Without digitisation and complaint data. */
    public PeriodTotals(long received, long online, long identityVerified, long judged, long onTime, long late,
                        Long synced, Long feeCharging, Long paidOnline, Long complaints) {
        this(received, online, identityVerified, judged, onTime, late, synced, feeCharging, paidOnline, complaints,
                null, null, null, null, null, null);
    }
}
