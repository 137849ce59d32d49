package vn.motcua.support;

import java.util.Map;

/** Submission bodies for the three hand-modelled procedures. */
public final class Dossiers {

    public static final String BIRTH = "1.001193";
    public static final String HOUSEHOLD_BUSINESS = "1.001612";
    public static final String LAND_CERTIFICATE = "1.012783";

    private Dossiers() {
    }

    public static Map<String, Object> birthRegistration(String unit, String channel) {
        return Map.of(
                "procedureCode", BIRTH,
                "applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh",
                        "email", "hanh@example.vn"),
                "receivingUnitCode", unit,
                "channel", channel,
                "formData", birthForm());
    }

    public static Map<String, Object> birthForm() {
        return Map.of(
                "childFullName", "Nguyễn Minh Khôi",
                "childBirthDate", "2026-11-20",
                "childGender", "nam",
                "birthPlace", "Bệnh viện Đa khoa tỉnh Lâm Đồng",
                "motherFullName", "Nguyễn Thị Hạnh");
    }

    public static Map<String, Object> landCertificate(String unit) {
        return Map.of(
                "procedureCode", LAND_CERTIFICATE,
                "applicant", Map.of("idNumber", Officers.OTHER_ID, "fullName", "Trần Văn Đức"),
                "receivingUnitCode", unit,
                "channel", "ONLINE",
                "formData", Map.of(
                        "certificateNumber", "CS 123456",
                        "parcelNumber", "125",
                        "mapSheetNumber", "12",
                        "parcelAddress", "Thôn Đăng Gia, Xã Lạc Dương",
                        "reason", "Giấy chứng nhận bị ố, nhòe"));
    }
}
