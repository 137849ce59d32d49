package vn.motcua.importer.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One procedure of the export {@code procedure_details_tinh_xa.json} (the columns this importer uses; see
 * /work/shared/data/README.md, section tthc-catalog).
 *
 * @param index         position in the export, from 1 (to tell duplicate rows apart)
 * @param code          {@code ma_thu_tuc}, e.g. {@code 1.001193}; provinces sometimes suffix it ({@code 1.000948.H38})
 * @param name          {@code ten_thu_tuc}
 * @param issuingBody   {@code co_quan_ban_hanh}: the ministry that published the procedure
 * @param field         {@code linh_vuc}
 * @param levels        {@code cap_thuc_hien}
 * @param agency        {@code co_quan_thuc_hien}
 * @param competentBody {@code co_quan_co_tham_quyen}
 * @param decision      {@code so_quyet_dinh}: the decision that published it
 * @param channels      {@code cach_thuc_thuc_hien}, in source order (a channel may appear several times, one per case)
 * @param documents     {@code thanh_phan_ho_so}
 * @param steps         {@code trinh_tu_thuc_hien} and {@code ket_qua_xu_ly}: where a limit the table omits may be stated
 */
public record CatalogRow(int index, String code, String name, String issuingBody, String field, String levels,
                         String agency, String competentBody, String decision, List<ChannelEntry> channels,
                         String documents, String steps) {

    public CatalogRow(int index, String code, String name, String issuingBody, String field, String levels, String agency,
                      String competentBody, String decision, List<ChannelEntry> channels, String documents) {
        this(index, code, name, issuingBody, field, levels, agency, competentBody, decision, channels, documents, "");
    }

    /**
     * One line of the "how to apply" table.
     *
     * @param form    {@code hinh_thuc}: "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"
     * @param limit   {@code thoi_han}
     * @param fee     {@code phi_le_phi} (the fee cell run together with the description)
     */
    public record ChannelEntry(String form, String limit, String fee) {
    }

    public static CatalogRow fromJson(int index, JsonNode row) {
        List<ChannelEntry> channels = new ArrayList<>();
        for (JsonNode c : row.path("cach_thuc_thuc_hien")) {
            channels.add(new ChannelEntry(text(c, "hinh_thuc"), text(c, "thoi_han"), text(c, "phi_le_phi")));
        }
        return new CatalogRow(index, text(row, "ma_thu_tuc").strip(), text(row, "ten_thu_tuc").strip(),
                text(row, "co_quan_ban_hanh").strip(), text(row, "linh_vuc").strip(), text(row, "cap_thuc_hien"),
                text(row, "co_quan_thuc_hien").strip(), text(row, "co_quan_co_tham_quyen").strip(),
                text(row, "so_quyet_dinh").strip(), List.copyOf(channels), text(row, "thanh_phan_ho_so"),
                text(row, "trinh_tu_thuc_hien") + "\n" + text(row, "ket_qua_xu_ly"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
