package vn.motcua.consolidation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.dossier.DossierStatus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of an export: the NPSP's {@code DongBoHoSoMC} snapshot (its field names), its progress entries under
 * {@code TienDo} (CapNhatTienDoHoSoMC), and the old system's {@code MaTinhCu}, {@code MaXaCu}. A line that breaks a
 * rule is refused with a reason naming the field; nothing is guessed.
 */
final class ExportLine {

    /** The NPSP's date format, in Asia/Ho_Chi_Minh; an absent date is "". */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private ExportLine() {
    }

    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static OldDossier read(ObjectMapper json, String line) throws Refused {
        JsonNode n;
        try {
            n = json.readTree(line);
        } catch (Exception e) {
            throw new Refused("không đọc được dòng JSON / unreadable JSON line");
        }
        if (n == null || !n.isObject()) {
            throw new Refused("dòng không phải một đối tượng JSON / the line is not a JSON object");
        }
        String code = required(n, "MaHoSo", 60);
        String procedureCode = required(n, "MaTTHC", 40);
        String procedureName = required(n, "TenTTHC", 500);
        String applicant = required(n, "ChuHoSo", 200);
        String applicantId = required(n, "MaDoiTuong", 12);
        LocalDateTime received = date(n, "NgayTiepNhan", true);
        LocalDateTime due = date(n, "NgayHenTra", true);
        if (due.isBefore(received)) {
            throw new Refused("NgayHenTra trước NgayTiepNhan / the due date is before the receipt");
        }
        DossierStatus status = status(text(n, "TrangThaiHoSo"), "TrangThaiHoSo");
        LocalDateTime finished = date(n, "NgayKetThucXuLy", false);
        LocalDateTime returned = date(n, "NgayTra", false);
        if (status == DossierStatus.RETURNED && returned == null) {
            throw new Refused("trạng thái 10 (đã trả kết quả) mà thiếu NgayTra / status 10 without NgayTra");
        }
        int channel = switch (text(n, "KenhThucHien")) {
            case "", "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw new Refused("KenhThucHien không hợp lệ / invalid KenhThucHien: " + text(n, "KenhThucHien"));
        };
        String agency = required(n, "DonViXuLy", 35);
        String province = required(n, "MaTinhCu", 2);
        String commune = text(n, "MaXaCu");
        List<OldDossier.Step> steps = new ArrayList<>();
        for (JsonNode s : n.path("TienDo")) {
            LocalDateTime at = date(s, "ThoiDiemXuLy", true);
            steps.add(new OldDossier.Step(at, text(s, "NguoiXuLy"), text(s, "NoiDungXuLy"),
                    status(text(s, "TrangThai"), "TienDo.TrangThai"), text(s, "PhongBanXuLy"), date(s, "NgayKetThucTheoQuyDinh", false)));
        }
        List<OldDossier.Supplement> supplements = new ArrayList<>();
        for (JsonNode s : n.path("DanhSachHoSoBoSung")) {
            supplements.add(new OldDossier.Supplement(date(s, "NgayBoSung", true), text(s, "NguoiYeuCauBoSung"),
                    text(s, "NoiDungBoSung"), date(s, "NgayTiepNhanBoSung", false), date(s, "NgayHenTraMoi", false)));
        }
        ObjectNode details = json.createObjectNode();
        for (String keep : new String[] {"TrichYeuHoSo", "MaLinhVuc", "TenLinhVuc", "LoaiDoiTuong", "ThongTinTra",
                "TaiLieuNop", "DanhSachLePhi", "DanhSachGiayToKetQua"}) {
            if (n.has(keep)) {
                details.set(keep, n.get(keep));
            }
        }
        String detailText = details.toString();
        if (detailText.length() > 20000) {
            throw new Refused("nội dung hồ sơ quá dài (trên 20.000 ký tự) / the dossier's content is too long");
        }
        return new OldDossier(code, procedureCode, procedureName, applicant, applicantId, blankToNull(text(n, "Email")),
                blankToNull(text(n, "SoDienThoai")), received, due, status, finished, returned, channel, agency, province,
                blankToNull(commune), steps, supplements, detailText);
    }

    private static String required(JsonNode n, String field, int max) throws Refused {
        String value = text(n, field);
        if (value.isBlank()) {
            throw new Refused("thiếu " + field + " / " + field + " is missing");
        }
        if (value.length() > max) {
            throw new Refused(field + " dài quá " + max + " ký tự / " + field + " is longer than " + max + " characters");
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    private static LocalDateTime date(JsonNode n, String field, boolean required) throws Refused {
        String value = text(n, field);
        if (value.isEmpty()) {
            if (required) {
                throw new Refused("thiếu " + field + " / " + field + " is missing");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new Refused(field + " không đúng dạng yyyyMMddHHmmss / " + field + " is not a yyyyMMddHHmmss date: " + value);
        }
    }

    private static DossierStatus status(String value, String field) throws Refused {
        try {
            return DossierStatus.ofCode(Integer.parseInt(value));
        } catch (IllegalArgumentException e) {
            throw new Refused(field + " không phải trạng thái 1-10 / " + field + " is not a status 1-10: " + value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
