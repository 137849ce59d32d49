package vn.motcua.catalog;

/** How a dossier reaches the province (KenhThucHien of the portal sync: 1 counter, 2 online, 3 postal). */
public enum Channel {
    COUNTER(1, "Trực tiếp", "In person"),
    ONLINE(2, "Trực tuyến", "Online"),
    POSTAL(3, "Dịch vụ bưu chính", "By post");

    private final int portalCode;
    private final String labelVi;
    private final String labelEn;

    Channel(int portalCode, String labelVi, String labelEn) {
        this.portalCode = portalCode;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public int portalCode() {
        return portalCode;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
