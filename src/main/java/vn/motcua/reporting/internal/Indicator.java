package vn.motcua.reporting.internal;

/**
 * One indicator of the 766 index for a period and a scope, with its points.
 *
 * @param measured    false when the system does not hold the indicator's data (chưa đo) or the period has no dossier
 *                    to measure; then {@code percent} and {@code points} are null, never zero or full marks
 * @param threshold   the rate from which the full points are given (0.8, 0.5, 0.9), null when the points are simply
 *                    proportional to the rate
 */
public record Indicator(String code, String group, String nameVi, String nameEn, double maxPoints, Double threshold,
                        boolean measured, Long numerator, Long denominator, Double percent, Double points,
                        String noteVi, String noteEn) {

    static Indicator notMeasured(Index766.Definition d, String noteVi, String noteEn) {
        return new Indicator(d.code(), d.group().code(), d.nameVi(), d.nameEn(), d.maxPoints(), d.threshold(), false,
                null, null, null, null, noteVi, noteEn);
    }

    static Indicator rate(Index766.Definition d, long numerator, long denominator) {
        if (denominator == 0) {
            // "Nếu mẫu số = 0: hiển thị 0 hoặc N/A": N/A, so an empty period earns neither zero nor full marks
            return new Indicator(d.code(), d.group().code(), d.nameVi(), d.nameEn(), d.maxPoints(), d.threshold(), false,
                    numerator, 0L, null, null, "Không có hồ sơ trong kỳ (N/A)", "No dossier in the period (N/A)");
        }
        double rate = (double) numerator / denominator;
        return new Indicator(d.code(), d.group().code(), d.nameVi(), d.nameEn(), d.maxPoints(), d.threshold(), true,
                numerator, denominator, round2(rate * 100), round2(Index766.points(rate, d.maxPoints(), d.threshold())),
                null, null);
    }

    static Indicator percentOnly(Index766.Definition d, double rate) {
        return new Indicator(d.code(), d.group().code(), d.nameVi(), d.nameEn(), d.maxPoints(), d.threshold(), true,
                null, null, round2(rate * 100), round2(Index766.points(rate, d.maxPoints(), d.threshold())), null, null);
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
