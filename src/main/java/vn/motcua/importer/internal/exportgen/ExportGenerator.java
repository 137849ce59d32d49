package vn.motcua.importer.internal.exportgen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.importer.internal.unitmapping.OldUnits;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a realistic export of old provinces' systems (see the README's exchange format): dossiers received at the
 * real old communes and at the old provincial agencies over a period, most finished (history), some still in progress,
 * some with supplements and apologies, and a share of deliberately broken lines, each listed with what is broken.
 * Deterministic for a seed.
 */
public final class ExportGenerator {

    private static final DateTimeFormatter NPSP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "K'", "Ka"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hạnh", "Hòa", "Khánh", "Lan", "Long", "Mai",
            "Nam", "Phúc", "Quyên", "Sơn", "Thảo", "Tuấn", "Vy", "Brơi", "Điểu"};

    /**
     * A procedure the old systems settled. {@code provincialAgency} is the old provincial agency's code suffix (its
     * dossiers carry {@code <prefix>.<suffix>}); null for a commune's procedure (the old commune's People's Committee).
     */
    public record ProcedureSpec(String code, String name, String provincialAgency) {
    }

    /**
     * @param agencyPrefixes old province code to the old system's agency code prefix
     * @param inProgressShare share of dossiers still in progress (received in the last weeks before {@code until})
     * @param brokenShare     share of deliberately broken lines
     */
    public record Settings(List<String> oldProvinces, Map<String, String> agencyPrefixes, List<ProcedureSpec> procedures,
                           long count, double inProgressShare, double brokenShare, LocalDate from, LocalDate until, long seed) {
    }

    /** @param brokenLines the line numbers (1-based) written broken, with what is broken */
    public record Written(long lines, long inProgress, Map<Long, String> brokenLines) {
    }

    private final OldUnits old;
    private final ObjectMapper json = new ObjectMapper();

    public ExportGenerator(OldUnits old) {
        this.old = old;
    }

    public Written write(Settings s, BufferedWriter out) {
        Random random = new Random(s.seed());
        List<OldUnits.Commune> communes = s.oldProvinces().stream().flatMap(p -> old.communesOf(p).stream()).toList();
        Map<Long, String> broken = new java.util.TreeMap<>();
        long inProgress = 0;
        String previousCode = null;
        try {
            for (long line = 1; line <= s.count(); line++) {
                OldUnits.Commune commune = communes.get(random.nextInt(communes.size()));
                ProcedureSpec procedure = s.procedures().get(random.nextInt(s.procedures().size()));
                boolean running = random.nextDouble() < s.inProgressShare();
                ObjectNode d = dossier(random, s, commune, procedure, running, line);
                if (random.nextDouble() < s.brokenShare()) {
                    String what = breakIt(random, d, previousCode);
                    broken.put(line, what);
                    out.write(what.startsWith("unreadable") ? d.toString().substring(0, 40) : d.toString());
                    previousCode = null;
                } else {
                    out.write(d.toString());
                    if (running) {
                        inProgress++;
                    }
                }
                out.write('\n');
                if (!broken.containsKey(line)) {
                    previousCode = d.path("MaHoSo").asText();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(s.count(), inProgress, broken);
    }

    private ObjectNode dossier(Random random, Settings s, OldUnits.Commune commune, ProcedureSpec procedure, boolean running,
                               long line) {
        String prefix = s.agencyPrefixes().get(commune.provinceCode());
        String agency = procedure.provincialAgency() == null ? prefix + "." + commune.code() : prefix + "." + procedure.provincialAgency();
        long days = java.time.temporal.ChronoUnit.DAYS.between(s.from(), s.until());
        LocalDate day = running ? s.until().minusDays(random.nextInt(14)) : s.from().plusDays(random.nextInt((int) days - 20));
        day = workingDay(day);
        LocalDateTime received = day.atTime(7 + random.nextInt(9), random.nextInt(60), random.nextInt(60));
        int limit = procedure.provincialAgency() == null ? 3 + random.nextInt(3) : 10 + random.nextInt(20);
        LocalDateTime due = plusWorkingDays(received, limit).withHour(17).withMinute(0).withSecond(0);
        // a code unique per line: agency, day, a sequence taken from the line number
        String code = agency + "-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + String.format("%06d", line);
        ObjectNode d = json.createObjectNode();
        String applicant = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        d.put("MaHoSo", code).put("MaTTHC", procedure.code()).put("TenTTHC", procedure.name())
                .put("MaLinhVuc", "").put("TenLinhVuc", "").put("LoaiDoiTuong", "1").put("ChuHoSo", applicant)
                .put("MaDoiTuong", String.format("0%02d%d%02d%06d", random.nextInt(96), random.nextInt(2), random.nextInt(100),
                        random.nextInt(1_000_000)))
                .put("Email", "").put("SoDienThoai", String.format("09%08d", random.nextInt(100_000_000)))
                .put("TrichYeuHoSo", procedure.name() + " - " + applicant)
                .put("NgayTiepNhan", received.format(NPSP)).put("HinhThuc", "0")
                .put("KenhThucHien", String.valueOf(random.nextInt(10) < 6 ? 1 : 2)).put("DonViXuLy", agency)
                .put("MaTinhCu", commune.provinceCode()).put("MaXaCu", commune.code());
        ArrayNode steps = d.putArray("TienDo");
        ArrayNode supplements = d.putArray("DanhSachHoSoBoSung");
        LocalDateTime at = received;
        step(steps, at, "Cán bộ một cửa", "Tiếp nhận hồ sơ", 2, due);
        int status;
        if (!running && random.nextInt(100) < 3) {
            status = 3;
            step(steps, at.plusHours(1), "Cán bộ một cửa", "Từ chối tiếp nhận: hồ sơ không thuộc thẩm quyền", 3, due);
        } else {
            at = at.plusHours(2);
            step(steps, at, "Chuyên viên", "Thẩm định hồ sơ", 4, due);
            if (random.nextInt(100) < 8) {
                at = at.plusDays(1);
                ObjectNode sup = supplements.addObject();
                sup.put("HoSoBoSungId", code + "-BS1").put("NguoiYeuCauBoSung", "Chuyên viên")
                        .put("NoiDungBoSung", "Bổ sung bản sao giấy tờ tùy thân").put("NgayBoSung", at.format(NPSP));
                LocalDateTime brought = at.plusDays(2);
                LocalDateTime newDue = plusWorkingDays(due, 2).withHour(17).withMinute(0).withSecond(0);
                sup.put("NguoiTiepNhanBoSung", "Cán bộ một cửa").put("NgayTiepNhanBoSung", brought.format(NPSP))
                        .put("TrangThaiBoSung", "1").put("NgayHenTraTruoc", due.format(NPSP)).put("NgayHenTraMoi", newDue.format(NPSP));
                step(steps, at, "Chuyên viên", "Yêu cầu bổ sung hồ sơ", 5, due);
                at = brought;
                due = newDue;
                step(steps, at, "Cán bộ một cửa", "Tiếp nhận hồ sơ bổ sung", 4, due);
            }
            if (random.nextInt(100) < 4) {
                LocalDateTime newDue = plusWorkingDays(due, 5).withHour(17).withMinute(0).withSecond(0);
                step(steps, due.minusDays(1), "Lãnh đạo", "Xin lỗi, hẹn lại ngày trả kết quả (mẫu 04)", 4, newDue);
                due = newDue;
            }
            if (running) {
                status = random.nextInt(10) < 8 ? 4 : 2;
            } else if (random.nextInt(100) < 2) {
                status = 8;
                step(steps, at.plusDays(1), "Lãnh đạo", "Dừng xử lý theo đề nghị của người nộp (mẫu 05)", 8, due);
            } else {
                LocalDateTime done = at.plusHours(4 + random.nextInt(48));
                step(steps, done, "Lãnh đạo", "Phê duyệt, ký kết quả", 9, due);
                LocalDateTime returned = done.plusHours(2 + random.nextInt(30));
                step(steps, returned, "Cán bộ một cửa", "Trả kết quả", 10, due);
                d.put("NgayKetThucXuLy", done.format(NPSP)).put("NgayTra", returned.format(NPSP));
                d.putArray("DanhSachGiayToKetQua").addObject().put("TenGiayTo", "Kết quả giải quyết " + procedure.name())
                        .put("MaThanhPhanHoSo", "").put("GiayToId", code + "-KQ1").put("DuongDanTepTinKetQua", "");
                status = 10;
            }
        }
        d.put("NgayHenTra", due.format(NPSP)).put("TrangThaiHoSo", String.valueOf(status));
        return d;
    }

    private static void step(ArrayNode steps, LocalDateTime at, String actor, String content, int status, LocalDateTime due) {
        steps.addObject().put("MaHoSo", "").put("NguoiXuLy", actor).put("ChucDanh", "").put("ThoiDiemXuLy", at.format(NPSP))
                .put("PhongBanXuLy", "").put("NoiDungXuLy", content).put("TrangThai", String.valueOf(status))
                .put("NgayBatDau", at.format(NPSP)).put("NgayKetThucTheoQuyDinh", due.format(NPSP));
    }

    /** Breaks the line in one of the ways old systems' exports are broken; returns what was broken. */
    private String breakIt(Random random, ObjectNode d, String previousCode) {
        switch (random.nextInt(8)) {
            case 0 -> {
                return "unreadable: truncated line";
            }
            case 1 -> {
                d.remove("MaHoSo");
                return "MaHoSo missing";
            }
            case 2 -> {
                d.put("NgayTiepNhan", "31/02/2025 08:00");
                return "NgayTiepNhan not yyyyMMddHHmmss";
            }
            case 3 -> {
                d.put("NgayHenTra", "20230101080000");
                return "NgayHenTra before NgayTiepNhan";
            }
            case 4 -> {
                d.put("TrangThaiHoSo", "11");
                return "TrangThaiHoSo 11";
            }
            case 5 -> {
                d.put("MaXaCu", "99999");
                return "MaXaCu unknown";
            }
            case 6 -> {
                d.put("MaDoiTuong", "");
                return "MaDoiTuong missing";
            }
            default -> {
                if (previousCode == null || previousCode.isEmpty()) {
                    d.put("MaTinhCu", "01");
                    return "MaTinhCu of another province";
                }
                d.put("MaHoSo", previousCode);
                return "MaHoSo of the previous line, other content";
            }
        }
    }

    private static LocalDate workingDay(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static LocalDateTime plusWorkingDays(LocalDateTime from, int days) {
        LocalDateTime t = from;
        for (int added = 0; added < days; ) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return t;
    }
}
