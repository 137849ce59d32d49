package vn.motcua.integration.internal.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulated NPSP checks in a {@code DongBoHoSoMC} snapshot before it accepts it: the required fields, the
 * {@code yyyyMMddHHmmss} dates, the statuses 1–10 and the free-text length that broke provinces' real syncs
 * (DOMAIN.md "The NPSP: the integration contract"). Each check answers the problem in the NPSP's words, or null.
 */
final class NpspContractChecks {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    /** Free text longer than this broke the real sync: the simulator refuses it. */
    static final int MAX_TEXT = 2000;
    private static final List<String> REQUIRED = List.of("MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc",
            "LoaiDoiTuong", "TrichYeuHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "HinhThuc", "DonViXuLy");
    /** Required, but may be empty: an applicant may have given no email or phone. */
    private static final List<String> REQUIRED_MAY_BE_EMPTY = List.of("Email", "SoDienThoai");
    private static final List<String> OPTIONAL_DATES = List.of("NgayTra", "NgayKetThucXuLy");
    private static final Set<String> STATUSES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private NpspContractChecks() {
    }

    static String snapshotProblem(JsonNode item) {
        if (!item.isObject()) {
            return "Mỗi phần tử của data phải là một đối tượng";
        }
        for (String field : REQUIRED) {
            if (!SimulatorHttp.hasText(item, field)) {
                return "Thiếu trường bắt buộc " + field;
            }
        }
        for (String field : REQUIRED_MAY_BE_EMPTY) {
            if (!item.has(field) || !item.get(field).isTextual()) {
                return "Thiếu trường bắt buộc " + field;
            }
        }
        String loai = item.get("LoaiDoiTuong").asText();
        if (!loai.equals("1") && !loai.equals("2")) {
            return "LoaiDoiTuong phải là 1 (công dân) hoặc 2 (tổ chức)";
        }
        String problem = firstOf(dateProblem(item, "NgayTiepNhan", true), dateProblem(item, "NgayHenTra", true),
                statusProblem(item, "TrangThaiHoSo"), textProblem(item));
        if (problem != null) {
            return problem;
        }
        for (String field : OPTIONAL_DATES) {
            problem = dateProblem(item, field, false);
            if (problem != null) {
                return problem;
            }
        }
        if (item.has("KenhThucHien") && !Set.of("1", "2", "3").contains(item.get("KenhThucHien").asText())) {
            return "KenhThucHien phải là 1, 2 hoặc 3";
        }
        for (String list : List.of("TaiLieuNop", "DanhSachLePhi", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua")) {
            JsonNode l = item.get(list);
            if (l != null && !l.isArray()) {
                return list + " phải là một danh sách";
            }
        }
        for (JsonNode s : item.path("DanhSachHoSoBoSung")) {
            problem = firstOf(dateProblem(s, "NgayBoSung", true), dateProblem(s, "NgayTiepNhanBoSung", false),
                    dateProblem(s, "NgayHenTraTruoc", false), dateProblem(s, "NgayHenTraMoi", false));
            if (problem != null) {
                return "DanhSachHoSoBoSung: " + problem;
            }
            if (!SimulatorHttp.hasText(s, "HoSoBoSungId") || !SimulatorHttp.hasText(s, "NoiDungBoSung")) {
                return "DanhSachHoSoBoSung: thiếu HoSoBoSungId hoặc NoiDungBoSung";
            }
        }
        for (JsonNode f : item.path("DanhSachLePhi")) {
            if (!SimulatorHttp.hasText(f, "TenPhiLePhi") || !f.path("Gia").canConvertToLong()
                    && !f.path("Gia").asText().matches("\\d+")) {
                return "DanhSachLePhi: thiếu TenPhiLePhi hoặc Gia không phải số";
            }
        }
        for (JsonNode r : item.path("DanhSachGiayToKetQua")) {
            if (!SimulatorHttp.hasText(r, "TenGiayTo") || !SimulatorHttp.hasText(r, "GiayToId")) {
                return "DanhSachGiayToKetQua: thiếu TenGiayTo hoặc GiayToId";
            }
        }
        for (JsonNode p : item.path("TaiLieuNop")) {
            if (!SimulatorHttp.hasText(p, "TenTepDinhKem") || !SimulatorHttp.hasText(p, "TepDinhKemId")) {
                return "TaiLieuNop: thiếu TenTepDinhKem hoặc TepDinhKemId";
            }
        }
        return null;
    }

    /** A date is {@code yyyyMMddHHmmss} (Asia/Ho_Chi_Minh); an absent optional date is {@code ""}. */
    static String dateProblem(JsonNode item, String field, boolean required) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return required ? "Thiếu trường bắt buộc " + field : null;
        }
        String s = v.asText();
        if (s.isEmpty()) {
            return required ? "Thiếu trường bắt buộc " + field : null;
        }
        try {
            LocalDateTime.parse(s, DATE);
            return null;
        } catch (DateTimeParseException e) {
            return field + " không đúng định dạng yyyyMMddHHmmss: " + s;
        }
    }

    static String statusProblem(JsonNode item, String field) {
        return STATUSES.contains(item.path(field).asText()) ? null : field + " phải là một trạng thái từ 1 đến 10";
    }

    static String textProblem(JsonNode item) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) item::fields) {
            if (e.getValue().isTextual() && e.getValue().asText().length() > MAX_TEXT) {
                return e.getKey() + " dài quá " + MAX_TEXT + " ký tự";
            }
        }
        return null;
    }

    static String firstOf(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
