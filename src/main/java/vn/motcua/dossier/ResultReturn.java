package vn.motcua.dossier;

/**
 * Where and how the applicant receives the result (Decree 118/2025/NĐ-CP): at the receiving point, at another
 * receiving point of the province, by public post to an address, or electronically (downloaded when tracking). Chosen
 * at submission (portal form or counter) and changeable until the result is ready; the shared return model
 * ({@code motcua-return}) branches on it.
 *
 * @param unitCode      the receiving point that returns the result, for {@link Method#AT_OTHER_POINT} only
 * @param postalAddress where the post delivers the result, for {@link Method#POSTAL} only
 */
public record ResultReturn(Method method, String unitCode, String postalAddress) {

    /** Where the result is returned unless the applicant chose otherwise. */
    public static final ResultReturn AT_RECEIVING_POINT = new ResultReturn(Method.AT_RECEIVING_POINT, null, null);

    public ResultReturn {
        method = method == null ? Method.AT_RECEIVING_POINT : method;
        unitCode = method == Method.AT_OTHER_POINT ? blankToNull(unitCode) : null;
        postalAddress = method == Method.POSTAL ? blankToNull(postalAddress) : null;
    }

    /** The receiving point that hands the result over (or to the post, or publishes it): the chosen one or the receiving point. */
    public String returnPoint(String receivingUnitCode) {
        return method == Method.AT_OTHER_POINT && unitCode != null ? unitCode : receivingUnitCode;
    }

    /** The choice in words, Vietnamese first, for the timeline and the slips. */
    public String describe(String pointName) {
        return switch (method) {
            case AT_RECEIVING_POINT -> "Nhận kết quả tại nơi tiếp nhận hồ sơ / At the receiving point";
            case AT_OTHER_POINT -> "Nhận kết quả tại " + pointName + " / At another receiving point: " + unitCode;
            case POSTAL -> "Nhận kết quả qua dịch vụ bưu chính công ích tại: " + postalAddress + " / By public post to: " + postalAddress;
            case ELECTRONIC -> "Nhận kết quả điện tử khi tra cứu hồ sơ / Electronically, downloaded when tracking";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public enum Method {
        AT_RECEIVING_POINT("Tại nơi tiếp nhận hồ sơ", "At the receiving point"),
        AT_OTHER_POINT("Tại điểm tiếp nhận khác trong tỉnh", "At another receiving point of the province"),
        POSTAL("Qua dịch vụ bưu chính công ích", "By public post"),
        ELECTRONIC("Trực tuyến (kết quả điện tử)", "Electronically");

        private final String labelVi;
        private final String labelEn;

        Method(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        public String labelVi() {
            return labelVi;
        }

        public String labelEn() {
            return labelEn;
        }
    }
}
