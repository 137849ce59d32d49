package vn.motcua.support;

/** The demo officers of demo/officers.csv that the tests act as (password "demo"). */
public final class Officers {

    public static final String PASSWORD = "demo";

    public static final String XUANHUONG_RECEIVER = "xuanhuong.tiepnhan";
    public static final String XUANHUONG_SPECIALIST = "xuanhuong.chuyenvien";
    public static final String XUANHUONG_LEADER = "xuanhuong.lanhdao";
    public static final String LACDUONG_RECEIVER = "lacduong.tiepnhan";
    public static final String LACDUONG_SPECIALIST = "lacduong.chuyenvien";
    public static final String LACDUONG_LEADER = "lacduong.lanhdao";
    public static final String LAND_OFFICE_SPECIALIST = "vpdkdd.chuyenvien";
    public static final String LAND_OFFICE_LEADER = "vpdkdd.lanhdao";
    public static final String TAX_SPECIALIST = "thue.chuyenvien";
    /** Province-wide roles: analyst (models, no personal data), auditor (reads everything), administrator. */
    public static final String ANALYST = "phantich";
    public static final String AUDITOR = "kiemtra";
    /** A leader of the provincial People's Committee: the province's leaders see every unit's reports. */
    public static final String PROVINCIAL_LEADER = "tinh.lanhdao";
    public static final String ADMIN = "admin";

    public static final String XUANHUONG = "H36.24781";
    public static final String LACDUONG = "H36.24848";
    public static final String PROVINCIAL_CENTRE = "H36.20";
    public static final String LAND_OFFICE = "H36.16.01";

    /** Valid 12-digit personal ID numbers (Circular 59/2021/TT-BCA structure). */
    public static final String APPLICANT_ID = "068203001234";
    public static final String OTHER_ID = "001085012345";

    private Officers() {
    }
}
