package vn.motcua.integration.internal;

import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.PaperMarks;
import vn.motcua.dossier.SubmittedPaper;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.result.ResultDocument;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes what the NPSP receives, with its field names (DOMAIN.md "The NPSP: the integration contract"; OpenCPS's
 * {@code DVCQGIntegrationActionImpl}): the {@code DongBoHoSoMC} snapshot of a dossier and the
 * {@code CapNhatTienDoHoSoMC} entry of one handling step. Pure: the same dossier gives the same message.
 *
 * <ul>
 * <li>Dates are {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh (the dossier stores the province's local time, from the
 *     app's clock in that zone); an absent date is {@code ""}. Every value is text, as the NPSP's adapter takes it.</li>
 * <li>Free text is cut at 2,000 characters: longer text broke the sync in practice.</li>
 * <li>The status is the NPSP's number from the mapping table ({@code npsp_status_mapping}, data).</li>
 * <li>{@code DanhSachHoSoBoSung}: each supplement request (status 5) with who asked, what, when; when the applicant
 *     brought it (the dossier back to 1), who received it and when, the due date before the pause
 *     ({@code NgayHenTraTruoc}) and after it ({@code NgayHenTraMoi}: the due date set when the dossier is accepted after
 *     the supplement, else the one set when it was brought; Decree 118/2025/NĐ-CP). The two used to be taken at the
 *     supplement's arrival only, which differed by a day from the dossier's due date when it arrived on a day off.</li>
 * <li>{@code DanhSachLePhi}: the fee the dossier was charged ({@code vn.motcua.payment.FeeRecords#amountCharged}: for a
 *     fee the catalog does not state, the amount the receiver entered at the counter), else the procedure's fee on the
 *     dossier's channel, when it has one. {@code LoaiPhiLePhi} 1
 *     (lệ phí) and {@code HinhThucThu} 1 are as OpenCPS sent them: <i>unverified</i>.</li>
 * <li>{@code TaiLieuNop}: the applicant's attached files (ids only: the NPSP gets no link to the province's files).</li>
 * <li>{@code DanhSachGiayToKetQua}: once processing finished (9) or the result was returned (10), the result of the
 *     procedure: the signed electronic result ({@code vn.motcua.result}, its document id as {@code GiayToId}) when
 *     there is one, else the paper result ({@code <code>-KQ}). No file link ({@code DuongDanTepTinKetQua} empty): the
 *     applicant downloads it from tracking with their proof, and the citizen's data store receives the file itself.</li>
 * </ul>
 */
final class NpspMessages {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final int MAX_TEXT = 2000;
    static final String SNAPSHOT = "DongBoHoSoMC";
    static final String PROGRESS = "CapNhatTienDoHoSoMC";

    private final IntFunction<String> statusCode;
    private final Function<String, String> unitName;
    private final Function<java.util.UUID, List<ResultDocument>> signedResults;
    private final Function<java.util.UUID, java.util.OptionalLong> chargedFee;

    /**
     * @param statusCode TrangThaiHoSo of a project status (the mapping table)
     * @param unitName   a unit's name by its code
     */
    NpspMessages(IntFunction<String> statusCode, Function<String, String> unitName) {
        this(statusCode, unitName, id -> List.of());
    }

    /** @param signedResults the dossier's signed electronic results ({@link vn.motcua.result.ResultDocuments#signed}) */
    NpspMessages(IntFunction<String> statusCode, Function<String, String> unitName,
                 Function<java.util.UUID, List<ResultDocument>> signedResults) {
        this(statusCode, unitName, signedResults, id -> java.util.OptionalLong.empty());
    }

    /** @param chargedFee the amount the dossier was charged, when its fee obligation knows it */
    NpspMessages(IntFunction<String> statusCode, Function<String, String> unitName,
                 Function<java.util.UUID, List<ResultDocument>> signedResults,
                 Function<java.util.UUID, java.util.OptionalLong> chargedFee) {
        this.chargedFee = chargedFee;
        this.statusCode = statusCode;
        this.unitName = unitName;
        this.signedResults = signedResults;
    }

    /** The full snapshot ({@code data} item of {@code DongBoHoSoMC}) with the province's dossier code as MaHoSo. */
    Map<String, Object> snapshot(DossierDetails details, Optional<Procedure> procedure, List<SubmittedPaper> papers) {
        return snapshot(details, procedure, papers, List.of());
    }

    /**
     * The snapshot with the receiver's digitisation marks: {@code DuocSoHoa} is 1 when a paper was attached as a file
     * or marked digitised, {@code DuocTaiSuDung} when one was marked reused from data the state holds (the 766 index's
     * digitisation and reuse indicators read them); in {@code TaiLieuNop} each attached file is digitised, and each
     * marked paper without a file of its own is listed by name with its marks.
     */
    Map<String, Object> snapshot(DossierDetails details, Optional<Procedure> procedure, List<SubmittedPaper> papers,
                                 List<PaperMarks.Mark> marks) {
        Dossier d = details.dossier();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.code());
        m.put("MaTTHC", d.procedureCode());
        m.put("TenTTHC", cut(d.procedureName()));
        String field = procedure.map(Procedure::field).filter(f -> f != null && !f.isBlank()).orElse("Khác");
        m.put("MaLinhVuc", cut(field));
        m.put("TenLinhVuc", cut(field));
        m.put("ChuHoSo", cut(d.applicantName()));
        m.put("LoaiDoiTuong", "1"); // the project takes citizens' dossiers (a personal ID number) only, so far
        m.put("MaDoiTuong", "");
        m.put("Email", nz(d.applicantEmail()));
        m.put("SoDienThoai", nz(d.applicantPhone()));
        m.put("TrichYeuHoSo", cut(d.procedureName() + " - " + d.applicantName()));
        m.put("NgayTiepNhan", date(d.receivedAt()));
        m.put("NgayHenTra", date(d.dueAt()));
        m.put("TrangThaiHoSo", statusCode.apply(d.status().code()));
        m.put("NgayTra", date(d.returnedAt()));
        m.put("ThongTinTra", "");
        m.put("HinhThuc", d.channel() == vn.motcua.catalog.Channel.POSTAL ? "1" : "0");
        m.put("NgayKetThucXuLy", date(endOfProcessing(details)));
        m.put("DonViXuLy", cut(unitName.apply(d.handlingUnitCode())));
        m.put("KenhThucHien", String.valueOf(d.channel().portalCode()));
        boolean digitised = !papers.isEmpty() || marks.stream().anyMatch(PaperMarks.Mark::digitised);
        boolean reused = marks.stream().anyMatch(PaperMarks.Mark::reused);
        m.put("DuocSoHoa", digitised ? "1" : "0");
        m.put("DuocTaiSuDung", reused ? "1" : "0");
        m.put("DuocLayTuKhoDMQG", "0");
        m.put("TaiKhoanDuocXacThucVoiVNeID",
                details.identity().status() == IdentityVerification.Status.VERIFIED ? "1" : "0");
        List<Map<String, Object>> submitted = new ArrayList<>(papers.stream().map(p -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("TenTepDinhKem", cut(p.fileName()));
            f.put("MaThanhPhanHoSo", "");
            f.put("TepDinhKemId", p.id().toString());
            f.put("DuongDanTaiTepTin", "");
            f.put("IsDeleted", "False");
            f.put("DuocSoHoa", "1");
            f.put("DuocTaiSuDung", "0");
            f.put("DuocLayTuKhoDMQG", "0");
            return f;
        }).toList());
        int n = 0;
        for (PaperMarks.Mark mark : marks) {
            n++;
            if (!mark.digitised() && !mark.reused()) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("TenTepDinhKem", cut(mark.paper()));
            f.put("MaThanhPhanHoSo", "");
            f.put("TepDinhKemId", d.code() + "-TP" + n);
            f.put("DuongDanTaiTepTin", "");
            f.put("IsDeleted", "False");
            f.put("DuocSoHoa", mark.digitised() ? "1" : "0");
            f.put("DuocTaiSuDung", mark.reused() ? "1" : "0");
            f.put("DuocLayTuKhoDMQG", "0");
            submitted.add(f);
        }
        m.put("TaiLieuNop", submitted);
        m.put("DanhSachLePhi", fees(d, procedure));
        m.put("DanhSachHoSoBoSung", supplements(details));
        m.put("DanhSachGiayToKetQua", results(d, signedResults.apply(d.id())));
        return m;
    }

    /** The progress entry ({@code data} item of {@code CapNhatTienDoHoSoMC}) of one handling step. */
    Map<String, Object> progress(Dossier d, TimelineEntry step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.code());
        m.put("NguoiXuLy", cut(actor(step.actor())));
        m.put("ChucDanh", "");
        m.put("ThoiDiemXuLy", date(step.occurredAt()));
        m.put("PhongBanXuLy", cut(unitName.apply(step.unitCode())));
        m.put("NoiDungXuLy", cut(content(step)));
        m.put("TrangThai", statusCode.apply(step.status().code()));
        m.put("NgayBatDau", date(step.occurredAt()));
        m.put("NgayKetThucTheoQuyDinh", date(step.dueAt() != null ? step.dueAt() : d.dueAt()));
        return m;
    }

    private String content(TimelineEntry step) {
        String what = switch (step.action()) {
            case "SUBMITTED" -> step.step();
            case "HANDOVER" -> step.step() + ": chuyển hồ sơ đến " + unitName.apply(step.toUnitCode());
            case "CONSULT" -> step.step() + ": lấy ý kiến " + unitName.apply(step.toUnitCode());
            case "APOLOGY" -> step.step() + ": xin lỗi, hẹn lại ngày trả kết quả " + date(step.dueAt());
            default -> step.step() + " (" + step.status().labelVi() + ")";
        };
        return step.note() == null ? what : what + ". " + step.note();
    }

    private static String actor(String actor) {
        return switch (actor) {
            case "system" -> "Hệ thống";
            case "applicant" -> "Người nộp hồ sơ";
            default -> actor;
        };
    }

    private List<Map<String, Object>> fees(Dossier d, Optional<Procedure> procedure) {
        java.util.OptionalLong charged = chargedFee.apply(d.id());
        Optional<ChannelTerms> terms = procedure.flatMap(p -> p.termsFor(d.channel()));
        long amount = charged.isPresent() ? charged.getAsLong() : terms.map(ChannelTerms::feeVnd).orElse(0L);
        if (amount <= 0) {
            return List.of();
        }
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("TenPhiLePhi", cut("Lệ phí " + d.procedureName()));
        fee.put("MaPhiLePhi", d.procedureCode() + "-" + d.channel().portalCode());
        fee.put("HinhThucThu", "1");
        fee.put("Gia", String.valueOf(amount));
        fee.put("LoaiPhiLePhi", "1");
        return List.of(fee);
    }

    private static List<Map<String, Object>> supplements(DossierDetails details) {
        List<Map<String, Object>> out = new ArrayList<>();
        LocalDateTime due = null;
        Map<String, Object> open = null;
        // a supplement brought at reception: the clock restarts when the dossier is accepted, whose due date is the new one
        Map<String, Object> brought = null;
        for (TimelineEntry e : details.timeline()) {
            if (brought != null && "STATUS".equals(e.action()) && e.status() == DossierStatus.ACCEPTED) {
                if (e.dueAt() != null) {
                    brought.put("NgayHenTraMoi", date(e.dueAt()));
                }
                brought = null;
            }
            if ("STATUS".equals(e.action()) && e.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
                brought = null;
                open = new LinkedHashMap<>();
                open.put("HoSoBoSungId", details.dossier().code() + "-BS" + (out.size() + 1));
                open.put("NguoiYeuCauBoSung", cut(actor(e.actor())));
                open.put("NoiDungBoSung", cut(e.note() == null ? e.step() : e.note()));
                open.put("NgayBoSung", date(e.occurredAt()));
                open.put("NguoiTiepNhanBoSung", "");
                open.put("NgayTiepNhanBoSung", "");
                open.put("TrangThaiBoSung", "0");
                open.put("NgayHenTraTruoc", date(due));
                open.put("NgayHenTraMoi", "");
                out.add(open);
            } else if (open != null && "STATUS".equals(e.action()) && e.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
                if (e.status() == DossierStatus.NEW) { // the applicant brought it: checked again, the clock resumes
                    open.put("NguoiTiepNhanBoSung", cut(actor(e.actor())));
                    open.put("NgayTiepNhanBoSung", date(e.occurredAt()));
                    open.put("TrangThaiBoSung", "1");
                    open.put("NgayHenTraMoi", date(e.dueAt()));
                    brought = open;
                } else {
                    open.put("TrangThaiBoSung", "2"); // not brought: stopped (8)
                }
                open = null;
            }
            if (e.dueAt() != null) {
                due = e.dueAt();
            }
        }
        return out;
    }

    private static List<Map<String, Object>> results(Dossier d, List<ResultDocument> signed) {
        if (d.status() != DossierStatus.FINISHED && d.status() != DossierStatus.RETURNED) {
            return List.of();
        }
        if (!signed.isEmpty()) { // the electronic result signed by the competent unit: its own id and title
            return signed.stream().map(doc -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("TenGiayTo", cut(doc.title()));
                r.put("MaThanhPhanHoSo", "");
                r.put("GiayToId", doc.id().toString());
                r.put("DuongDanTepTinKetQua", "");
                return r;
            }).toList();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("TenGiayTo", cut("Kết quả giải quyết: " + d.procedureName()));
        r.put("MaThanhPhanHoSo", "");
        r.put("GiayToId", d.code() + "-KQ");
        r.put("DuongDanTepTinKetQua", "");
        return List.of(r);
    }

    /**
     * The end of processing as the 766 index reads it: processing finished, else the result returned, else the
     * refusal or stop (Decision 766/QĐ-TTg, rule 2.1).
     */
    private static LocalDateTime endOfProcessing(DossierDetails details) {
        Dossier d = details.dossier();
        if (d.finishedAt() != null) {
            return d.finishedAt();
        }
        if (d.returnedAt() != null) {
            return d.returnedAt();
        }
        if (d.status() == DossierStatus.NOT_ACCEPTED || d.status() == DossierStatus.STOPPED) {
            for (int i = details.timeline().size() - 1; i >= 0; i--) {
                TimelineEntry e = details.timeline().get(i);
                if ("STATUS".equals(e.action()) && e.status() == d.status()) {
                    return e.occurredAt();
                }
            }
        }
        return null;
    }

    static String date(LocalDateTime t) {
        return t == null ? "" : DATE.format(t);
    }

    static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
