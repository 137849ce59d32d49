package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 766 index's groups, indicators, points and thresholds (Decision 766/QĐ-TTg; the NPSP's "Công thức 766" sheet and
 * "Mô tả công thức tính chỉ số 766"), and the scoring of a period's {@link PeriodTotals}. Pure.
 */
public final class Index766 {

    public enum Group {
        TRANSPARENCY("1", "Công khai, minh bạch", "Transparency", 18),
        PROGRESS("2", "Tiến độ, kết quả giải quyết", "Progress and results", 20),
        ONLINE_SERVICE("3", "Cung cấp dịch vụ trực tuyến", "Online service", 12),
        DIGITISATION("4", "Số hóa hồ sơ", "Digitisation", 22),
        SATISFACTION("5", "Mức độ hài lòng", "Satisfaction", 18),
        ONLINE_PAYMENT("6", "Thanh toán trực tuyến", "Online payment", 10);

        private final String code;
        private final String nameVi;
        private final String nameEn;
        private final double maxPoints;

        Group(String code, String nameVi, String nameEn, double maxPoints) {
            this.code = code;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
            this.maxPoints = maxPoints;
        }

        public String code() {
            return code;
        }

        public String nameVi() {
            return nameVi;
        }

        public String nameEn() {
            return nameEn;
        }

        public double maxPoints() {
            return maxPoints;
        }
    }

    public record Definition(String code, Group group, String nameVi, String nameEn, double maxPoints, Double threshold) {
    }

    static final Definition PUBLISHED_ON_TIME = def("1.1", Group.TRANSPARENCY, "Tỷ lệ TTHC công bố đúng hạn", "Procedures published on time", 6, null);
    static final Definition UPDATED_ON_TIME = def("1.2", Group.TRANSPARENCY, "Tỷ lệ TTHC cập nhật, công khai đúng hạn", "Procedures updated and published on time", 4, null);
    static final Definition PUBLISHED_COMPLETE = def("1.3", Group.TRANSPARENCY, "Tỷ lệ TTHC công khai đầy đủ nội dung", "Procedures published complete", 2, null);
    static final Definition SYNCED = def("1.4", Group.TRANSPARENCY, "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Dossiers synced to the NPSP", 6, null);
    static final Definition ON_TIME = def("2.1", Group.PROGRESS, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", "Dossiers handled on time", 20, null);
    static final Definition ONLINE_SUBMISSION = def("3.3", Group.ONLINE_SERVICE, "Tỷ lệ hồ sơ nộp trực tuyến", "Dossiers submitted online", 12, 0.5);
    static final Definition E_RESULTS = def("4.1", Group.DIGITISATION, "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Dossiers with an electronic result", 6, 0.8);
    static final Definition DIGITISED = def("4.2", Group.DIGITISATION, "Tỷ lệ hồ sơ thực hiện số hóa thành phần hồ sơ", "Dossiers with digitised components", 4, 0.8);
    static final Definition E_COPIES = def("4.3", Group.DIGITISATION, "Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử", "Electronic certified copies offered", 2, 0.8);
    static final Definition REPLACED_BY_DATA = def("4.4", Group.DIGITISATION, "Tỷ lệ hồ sơ có thành phần được thay thế bằng dữ liệu", "Dossiers with components replaced by data", 2, 0.8);
    static final Definition CITIZEN_STORE = def("4.5", Group.DIGITISATION, "Tỷ lệ hồ sơ đồng bộ kho dữ liệu cá nhân trên Cổng DVCQG", "Dossiers synced to the citizen's data store", 4, 0.8);
    static final Definition POPULATION_DATA = def("4.6", Group.DIGITISATION, "Tỷ lệ hồ sơ sử dụng dữ liệu dân cư (xác thực định danh)", "Dossiers using the population database (identity checked)", 2, 0.8);
    static final Definition POPULATION_PROCEDURES = def("4.7", Group.DIGITISATION, "Tỷ lệ TTHC kết nối, chia sẻ dữ liệu dân cư", "Procedures connected to the population database", 2, 0.8);
    static final Definition FEEDBACK_ON_TIME = def("5.2", Group.SATISFACTION, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", "Feedback answered on time", 6, null);
    static final Definition FEEDBACK_SATISFACTION = def("5.3", Group.SATISFACTION, "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", "Satisfaction with feedback handling", 6, null);
    static final Definition PROCEDURE_SATISFACTION = def("5.4", Group.SATISFACTION, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "Satisfaction with procedures", 6, 0.9);
    static final Definition PAID_ONLINE = def("6.1", Group.ONLINE_PAYMENT, "Tỷ lệ hồ sơ thanh toán trực tuyến", "Fee-charging dossiers paid online", 10, null);

    static final List<Definition> ALL = List.of(PUBLISHED_ON_TIME, UPDATED_ON_TIME, PUBLISHED_COMPLETE, SYNCED, ON_TIME,
            ONLINE_SUBMISSION, E_RESULTS, DIGITISED, E_COPIES, REPLACED_BY_DATA, CITIZEN_STORE, POPULATION_DATA,
            POPULATION_PROCEDURES, FEEDBACK_ON_TIME, FEEDBACK_SATISFACTION, PROCEDURE_SATISFACTION, PAID_ONLINE);

    private static final String NOT_HELD_VI = "Chưa đo: hệ thống chưa có dữ liệu ";
    private static final String NOT_HELD_EN = "Not measured: the system does not hold the data yet (";

    private Index766() {
    }

    private static Definition def(String code, Group g, String vi, String en, double max, Double threshold) {
        return new Definition(code, g, vi, en, max, threshold);
    }

    /**
     * Points for a rate: full points from the threshold ("Đạt từ 80% trở lên sẽ đạt điểm tối đa"), below it
     * "Tỷ lệ × Điểm tối đa / 80%"; without a threshold the points are proportional to the rate.
     */
    public static double points(double rate, double maxPoints, Double threshold) {
        if (threshold == null) {
            return Math.max(0, Math.min(1, rate)) * maxPoints;
        }
        return rate >= threshold ? maxPoints : Math.max(0, rate) * maxPoints / threshold;
    }

    /** Every indicator of the period, measured or not, in the index's order. */
    public static List<Indicator> score(PeriodTotals t) {
        List<Indicator> out = new ArrayList<>();
        for (Definition d : ALL) {
            out.add(indicator(d, t));
        }
        return out;
    }

    private static Indicator indicator(Definition d, PeriodTotals t) {
        if (d == SYNCED) {
            return t.synced() == null ? notHeld(d, "đồng bộ", "sync") : Indicator.rate(d, t.synced(), t.received());
        }
        if (d == ON_TIME) {
            return Indicator.rate(d, t.onTime(), t.judged());
        }
        if (d == ONLINE_SUBMISSION) {
            // 3.3 multiplies the online share by the sync rate ("* Tỷ lệ đồng bộ hồ sơ"); without sync data the
            // share alone would overstate it, so it is not measured
            if (t.synced() == null) {
                return notHeld(d, "đồng bộ", "sync");
            }
            if (t.received() == 0) {
                return Indicator.rate(d, 0, 0);
            }
            double share = (double) t.online() / t.received() * ((double) t.synced() / t.received());
            return Indicator.percentOnly(d, share);
        }
        if (d == POPULATION_DATA) {
            // 4.5: dossiers whose applicant was checked against the population database (TaiKhoanDuocXacThucVoiVNeID)
            return Indicator.rate(d, t.identityVerified(), t.received());
        }
        if (d == PAID_ONLINE) {
            return t.feeCharging() == null ? notHeld(d, "thanh toán", "payments")
                    : Indicator.rate(d, t.paidOnline(), t.feeCharging());
        }
        if (d == DIGITISED) {
            // 4.2: dossiers received in the period with a digitised component (a file, or marked digitised at intake)
            return t.digitised() == null ? notHeld(d, "số hóa", "digitisation")
                    : Indicator.rate(d, t.digitised(), t.received());
        }
        if (d == REPLACED_BY_DATA) {
            // reuse: dossiers received in the period with a component reused from data already held (DuocTaiSuDung)
            return t.reused() == null ? notHeld(d, "tái sử dụng dữ liệu", "reuse")
                    : Indicator.rate(d, t.reused(), t.received());
        }
        if (d == FEEDBACK_ON_TIME) {
            // 5.2: complaints received or handled in the period, answered within 15 working days (or still within them)
            return t.feedbackHandled() == null ? notHeld(d, "phản ánh, kiến nghị", "feedback")
                    : Indicator.rate(d, t.feedbackOnTime(), t.feedbackHandled());
        }
        if (d == FEEDBACK_SATISFACTION) {
            // 5.3: complaints received in the period, less those rated not satisfied or answered late, over them all
            return t.feedbackReceived() == null ? notHeld(d, "đánh giá trả lời phản ánh, kiến nghị", "ratings of answers")
                    : Indicator.rate(d, t.feedbackSatisfied(), t.feedbackReceived());
        }
        if (d == PROCEDURE_SATISFACTION) {
            // 5.4 = 100% − (late% + complaints%): without complaints the rate would be too high, so not measured
            if (t.complaints() == null) {
                return notHeld(d, "phản ánh, kiến nghị", "feedback");
            }
            if (t.judged() == 0) {
                return Indicator.rate(d, 0, 0);
            }
            double rate = 1 - ((double) t.late() / t.judged() + (double) t.complaints() / t.judged());
            return Indicator.percentOnly(d, Math.max(0, rate));
        }
        return switch (d.group()) {
            case TRANSPARENCY -> notHeld(d, "công bố TTHC (CSDL quốc gia về TTHC)", "procedure publication");
            case SATISFACTION -> notHeld(d, "phản ánh, kiến nghị", "feedback");
            default -> notHeld(d, "số hóa, kết quả điện tử", "digitisation and electronic results");
        };
    }

    private static Indicator notHeld(Definition d, String whatVi, String whatEn) {
        return Indicator.notMeasured(d, NOT_HELD_VI + whatVi, NOT_HELD_EN + whatEn + ")");
    }

    /** Points per group: the sum of the measured indicators, and the points the measured indicators could give. */
    public static Map<Group, GroupScore> groups(List<Indicator> indicators) {
        Map<Group, GroupScore> out = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            List<Indicator> of = indicators.stream().filter(i -> i.group().equals(g.code())).toList();
            boolean any = of.stream().anyMatch(Indicator::measured);
            double points = of.stream().filter(Indicator::measured).mapToDouble(Indicator::points).sum();
            double measurable = of.stream().filter(Indicator::measured).mapToDouble(Indicator::maxPoints).sum();
            out.put(g, new GroupScore(g.code(), g.nameVi(), g.nameEn(), g.maxPoints(), any ? Indicator.round2(points) : null,
                    measurable));
        }
        return out;
    }

    /**
     * @param points         null when no indicator of the group is measured (chưa đo)
     * @param measuredPoints the maximum of the indicators that are measured: the points are out of this, not of the
     *                       group's maximum
     */
    public record GroupScore(String code, String nameVi, String nameEn, double maxPoints, Double points,
                             double measuredPoints) {
    }
}
