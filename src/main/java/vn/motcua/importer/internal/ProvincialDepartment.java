package vn.motcua.importer.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The one place that says which provincial body settles the province-level procedures of each issuing ministry
 * ({@code co_quan_ban_hanh} of the catalog), used by the generated authority decisions.
 *
 * <p><strong>The unit codes are illustrative</strong>, in the shape of Decision 20/2020/QĐ-TTg, like every other
 * {@code H36…} code of the demo province; they are the codes the application seeds (migration
 * {@code V6__provincial_departments.sql} and the demo units). A real province replaces them with its own electronic
 * ID codes, here and in its unit table. The mapping itself (ministry → its provincial department) follows the
 * sector organisation of provincial government (Decree 150/2025/NĐ-CP on specialised agencies of provincial people's
 * committees: Sở Tư pháp, Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng; citation not checked against the
 * gazette, unverified); the police and the State Bank are
 * vertically organised and settle through their provincial branches. It is a default for generated models: an analyst
 * changes the DMN of a procedure that a different body settles (e.g. the land registration office for 1.012783).
 */
public enum ProvincialDepartment {

    JUSTICE("H36.11", "Sở Tư pháp", List.of("bộ tư pháp")),
    FINANCE("H36.12", "Sở Tài chính", List.of("bộ tài chính")),
    CONSTRUCTION("H36.13", "Sở Xây dựng", List.of("bộ xây dựng")),
    AGRICULTURE_ENVIRONMENT("H36.16", "Sở Nông nghiệp và Môi trường", List.of("bộ nông nghiệp và môi trường")),
    POLICE("H36.CA", "Công an tỉnh", List.of("bộ công an")),
    STATE_BANK("H36.NH", "Ngân hàng Nhà nước chi nhánh", List.of("ngân hàng nhà nước")),
    /** Anything else (e.g. Tòa án nhân dân): the provincial public administration service centre. */
    SERVICE_CENTRE("H36.20", "Trung tâm Phục vụ hành chính công tỉnh", List.of());

    private final String unitCode;
    private final String nameVi;
    private final List<String> ministryPrefixes;

    ProvincialDepartment(String unitCode, String nameVi, List<String> ministryPrefixes) {
        this.unitCode = unitCode;
        this.nameVi = nameVi;
        this.ministryPrefixes = ministryPrefixes;
    }

    /**
     * The department for an issuing ministry as the catalog writes it ("Bộ Xây dựng", "Bộ xây dựng (Giao thông vận tải
     * cũ)", "Ngân hàng Nhà nước Việt Nam", …), {@link #SERVICE_CENTRE} when no department is known.
     */
    public static ProvincialDepartment forIssuingBody(String coQuanBanHanh) {
        String t = coQuanBanHanh == null ? ""
                : Normalizer.normalize(coQuanBanHanh, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        for (ProvincialDepartment d : values()) {
            for (String prefix : d.ministryPrefixes) {
                if (t.startsWith(prefix)) {
                    return d;
                }
            }
        }
        return SERVICE_CENTRE;
    }

    public String unitCode() {
        return unitCode;
    }

    public String nameVi() {
        return nameVi;
    }
}
