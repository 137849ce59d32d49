package vn.motcua.slips.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.problem.NotFoundException;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Renders the slips of the one-stop lifecycle (forms 01-06, {@link Slip}) as PDF: layout after Circular
 * 03/2025/TT-VPCP, wording unverified. Each slip has the usual parts of an administrative document (Decree
 * 30/2020/NĐ-CP): the issuing unit under its superior and the national heading "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
 * Độc lập - Tự do - Hạnh phúc", the place and date, the title with the dossier code, a body filled from the
 * dossier and its timeline, and a signature block left blank for the handwritten or digital signature.
 *
 * <p>What each slip takes from the dossier:
 * <ul>
 *   <li>01 receipt: receiving point, applicant, procedure, the procedure's required documents (catalog), time limit
 *       and fee of the channel, time received and accepted, the due date in force on acceptance;</li>
 *   <li>02 supplement request and 03 refusal: the note the receiver wrote (what to bring, the reasons);</li>
 *   <li>04 apology: the latest APOLOGY entry: its unit, reason (note), old due date (the one in force before it)
 *       and new due date (its {@code dueAt});</li>
 *   <li>05 stop: the STOPPED entry's unit and reason (its note, else the reason that can be read from the step
 *       before it: lapsed supplement, withdrawal asked by the applicant);</li>
 *   <li>06 process control: every timeline entry: time, sender unit, receiver unit or step, officer, result and
 *       whether it was before, on or after the due date in force at that moment (per-step time limits are not
 *       recorded). The applicant's copy leaves out the officers and the agencies' internal steps (warnings,
 *       consultation answers), as public tracking does.</li>
 * </ul>
 * A value the dossier does not hold prints as a dotted line to fill in by hand, as on the paper forms. Dates are
 * the province's local time, {@code dd/MM/yyyy HH:mm}.
 */
@Component
public class SlipRenderer {

    /** Who the slip is printed for: officers see who did each step; the applicant's copy leaves officers out. */
    public enum Audience {
        OFFICER, APPLICANT
    }

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SYSTEM_ACTOR = "system";
    private static final String APPLICANT_ACTOR = "applicant";
    /** Steps between agencies only: on the officers' copy of form 06, never on the applicant's (as in tracking). */
    private static final Set<String> INTERNAL_ACTIONS = Set.of("WARNING", "CONSULT_ANSWER");
    /** A line of a note that the officer already numbered or bulleted ("1.", "a)", "-", "+", "•"). */
    private static final Pattern LISTED = Pattern.compile("[-+•*]|\\d{1,2}[.)]|\\p{L}\\)");

    private final Function<String, Optional<Unit>> units;
    private final Function<String, Optional<Procedure>> procedures;
    private final SlipPdf.Fonts fonts = SlipPdf.Fonts.load();

    @Autowired
    SlipRenderer(UnitDirectory units, ProcedureCatalog catalog) {
        this(units::find, catalog::find);
    }

    SlipRenderer(Function<String, Optional<Unit>> units, Function<String, Optional<Procedure>> procedures) {
        this.units = units;
        this.procedures = procedures;
    }

    /** The officer's copy; see {@link #render(Slip, DossierDetails, Audience)}. */
    public byte[] render(Slip slip, DossierDetails details) {
        return render(slip, details, Audience.OFFICER);
    }

    /**
     * The slip as a PDF document.
     *
     * @throws NotFoundException if the slip does not apply to the dossier (see {@link Slip}), e.g. a refusal slip
     *                           for an accepted dossier
     */
    public byte[] render(Slip slip, DossierDetails details, Audience audience) {
        Dossier dossier = details.dossier();
        TimelineEntry entry = slip.issuedFor(details.timeline()).orElseThrow(() -> new NotFoundException("slip",
                dossier.code() + "/" + slip.urlName(),
                "Hồ sơ " + dossier.code() + " không có " + lowerFirst(slip.titleVi()) + " (mẫu " + slip.urlName()
                        + "): mẫu này " + slip.whenVi(),
                "Dossier " + dossier.code() + " has no " + lowerFirst(slip.titleEn()) + " (form " + slip.urlName()
                        + "): this form " + slip.whenEn()));
        SlipIssue issue = new SlipIssue(details, entry, details.timeline().lastIndexOf(entry));
        SlipPdf pdf = new SlipPdf(fonts, slip.titleVi() + " - " + dossier.code(),
                "Mẫu số " + slip.urlName() + " - " + slip.titleEn());
        pdf.formNumber("Mẫu số " + slip.urlName());
        switch (slip) {
            case FORM_01 -> receipt(pdf, issue);
            case FORM_02 -> supplementRequest(pdf, issue);
            case FORM_03 -> refusal(pdf, issue);
            case FORM_04 -> apology(pdf, issue);
            case FORM_05 -> stop(pdf, issue);
            case FORM_06 -> processControl(pdf, issue, audience);
        }
        return pdf.finish();
    }

    /**
     * The online submission receipt (biên nhận nộp hồ sơ trực tuyến): what the system confirms right after an online
     * submission, before any officer has looked at the dossier. It is not form 01, which the receiving point issues on
     * acceptance, and says so; it exists for online dossiers only.
     *
     * @throws NotFoundException for a dossier that was not submitted online
     */
    public byte[] renderOnlineReceipt(DossierDetails details) {
        Dossier d = details.dossier();
        if (d.channel() != vn.motcua.catalog.Channel.ONLINE) {
            throw new NotFoundException("online receipt", d.code(),
                    "Hồ sơ " + d.code() + " không nộp trực tuyến nên không có biên nhận nộp trực tuyến",
                    "Dossier " + d.code() + " was not submitted online, so it has no online submission receipt");
        }
        Optional<Procedure> procedure = procedures.apply(d.procedureCode());
        String receiver = unitName(d.receivingUnitCode());
        SlipPdf pdf = new SlipPdf(fonts, "Biên nhận nộp hồ sơ trực tuyến - " + d.code(), "Online submission receipt");
        heading(pdf, d.receivingUnitCode(), d.receivedAt());
        pdf.title("Biên nhận nộp hồ sơ trực tuyến", "Mã hồ sơ: " + d.code());
        pdf.paragraph("Hệ thống giải quyết thủ tục hành chính đã nhận hồ sơ nộp trực tuyến của:");
        applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", procedureLine(d));
        pdf.field("Nơi tiếp nhận hồ sơ", receiver);
        pdf.field("Thời gian nộp hồ sơ", at(d.receivedAt()));
        pdf.field("Thời gian hẹn trả kết quả (dự kiến)", at(d.dueAt()));
        pdf.field("Thời hạn giải quyết theo quy định", procedure.flatMap(p -> p.termsFor(d.channel()))
                .map(t -> t.limit().describeVi()).orElse(null));
        pdf.paragraph("Biên nhận này chỉ xác nhận hệ thống đã nhận hồ sơ; đây chưa phải Giấy tiếp nhận hồ sơ và hẹn "
                + "trả kết quả (mẫu 01). Cán bộ " + receiver + " sẽ kiểm tra hồ sơ: nếu hồ sơ đầy đủ, hợp lệ, mẫu 01 "
                + "được cấp với thời gian hẹn trả kết quả chính thức; nếu cần bổ sung, ông/bà được hướng dẫn một lần "
                + "bằng văn bản (mẫu 02).");
        pdf.footnote("Ông/Bà tra cứu tình trạng giải quyết hồ sơ và tải các phiếu tại trang Tra cứu hồ sơ, bằng mã hồ "
                + "sơ và số định danh cá nhân của mình." + unit(d.receivingUnitCode()).map(Unit::hotline)
                .filter(h -> !h.isBlank()).map(h -> " Số điện thoại đường dây nóng của " + receiver + ": " + h + ".")
                .orElse(""));
        return pdf.finish();
    }

    /** Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, issued by the receiving point on acceptance. */
    private void receipt(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        Optional<Procedure> procedure = procedures.apply(d.procedureCode());
        Optional<ChannelTerms> terms = procedure.flatMap(p -> p.termsFor(d.channel()));
        String receiver = unitName(d.receivingUnitCode());
        heading(pdf, d.receivingUnitCode(), issue.entry().occurredAt());
        pdf.title(Slip.FORM_01.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.paragraph(receiver + " tiếp nhận hồ sơ của:");
        applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", procedureLine(d));
        pdf.field("Hình thức nộp hồ sơ", d.channel().labelVi());
        List<String> documents = procedure.map(Procedure::documents).orElse(List.of());
        pdf.paragraph("1. Thành phần hồ sơ theo quy định của thủ tục:" + (documents.isEmpty() ? " " + SlipPdf.BLANK : ""));
        pdf.lines(numbered(documents));
        pdf.paragraph("2. Số lượng hồ sơ: 01 (một) bộ");
        pdf.field("3. Thời hạn giải quyết theo quy định", terms.map(t -> t.limit().describeVi()).orElse(null));
        pdf.field("4. Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.field("5. Thời gian tiếp nhận hồ sơ", at(issue.entry().occurredAt()));
        pdf.field("6. Thời gian hẹn trả kết quả giải quyết hồ sơ", issue.dueAfter() != null ? at(issue.dueAfter())
                // The appointment given on acceptance was moved later and no step recorded it: say what holds now.
                : SlipPdf.BLANK + " (thời gian hẹn trả hiện nay: " + at(d.dueAt()) + ")");
        pdf.field("7. Phí, lệ phí", terms.map(t -> money(t.feeVnd())).orElse(null));
        pdf.field("8. Nơi trả kết quả", receiver + unit(d.receivingUnitCode()).map(Unit::address)
                .filter(a -> !a.isBlank()).map(a -> " (" + a + ")").orElse(""));
        List<SlipPdf.Signer> signers = new ArrayList<>();
        if (d.channel() != vn.motcua.catalog.Channel.ONLINE) {
            signers.add(new SlipPdf.Signer("Người nộp hồ sơ", "(Ký và ghi rõ họ tên)"));
        }
        signers.add(new SlipPdf.Signer("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)"));
        pdf.signatures(signers);
        pdf.footnote("Ông/Bà tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ và số định danh cá nhân của mình."
                + unit(d.receivingUnitCode()).map(Unit::hotline).filter(h -> !h.isBlank())
                .map(h -> " Số điện thoại đường dây nóng của " + receiver + ": " + h + ".").orElse(""));
    }

    /** Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, written once by the receiving point. */
    private void supplementRequest(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String receiver = unitName(d.receivingUnitCode());
        heading(pdf, d.receivingUnitCode(), issue.entry().occurredAt());
        pdf.title(Slip.FORM_02.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.field("Hồ sơ của", d.applicantName());
        pdf.field("Nội dung yêu cầu giải quyết", procedureLine(d));
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.paragraph(receiver + " đã tiếp nhận hồ sơ của ông/bà. Sau khi xem xét, hồ sơ chưa đầy đủ, hợp lệ; "
                + "đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        pdf.lines(noteLines(issue.entry().note()));
        pdf.field("Thời gian yêu cầu bổ sung", at(issue.entry().occurredAt()));
        pdf.paragraph("Nội dung cần bổ sung, hoàn thiện được hướng dẫn đầy đủ một lần. Trong quá trình bổ sung, hoàn "
                + "thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ " + receiver + hotline(d.receivingUnitCode())
                + " để được hướng dẫn.");
        pdf.signatures(List.of(new SlipPdf.Signer("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)")));
    }

    /** Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the reasons, by the receiving point. */
    private void refusal(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String receiver = unitName(d.receivingUnitCode());
        heading(pdf, d.receivingUnitCode(), issue.entry().occurredAt());
        pdf.title(Slip.FORM_03.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.paragraph(receiver + " tiếp nhận hồ sơ của:");
        applicant(pdf, d);
        pdf.field("Nội dung yêu cầu giải quyết", procedureLine(d));
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.paragraph("Qua xem xét, " + receiver + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ "
                + "thể như sau:");
        pdf.lines(noteLines(issue.entry().note()));
        pdf.field("Thời gian từ chối tiếp nhận", at(issue.entry().occurredAt()));
        pdf.paragraph("Xin thông báo để ông/bà được biết và thực hiện./.");
        pdf.signatures(List.of(new SlipPdf.Signer("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)")));
    }

    /** Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả, by the agency that is late (the APOLOGY entry's unit). */
    private void apology(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String issuerCode = issue.entry().unitCode() != null ? issue.entry().unitCode() : d.handlingUnitCode();
        String issuer = unitName(issuerCode);
        heading(pdf, issuerCode, issue.entry().occurredAt());
        pdf.title(Slip.FORM_04.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.field("Kính gửi", "Ông/Bà " + d.applicantName());
        pdf.paragraph(unitName(d.receivingUnitCode()) + " đã tiếp nhận hồ sơ của ông/bà, nội dung yêu cầu giải "
                + "quyết: " + procedureLine(d) + ".");
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.field("Thời gian hẹn trả kết quả giải quyết hồ sơ", at(issue.dueBefore()));
        pdf.paragraph("Tuy nhiên đến nay, " + issuer + " chưa trả kết quả giải quyết hồ sơ của ông/bà đúng thời hạn "
                + "đã hẹn. Lý do:");
        pdf.lines(noteLines(issue.entry().note()));
        pdf.paragraph("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + issuer + " xin lỗi ông/bà và hẹn trả kết quả "
                + "giải quyết hồ sơ vào thời gian sau:");
        pdf.field("Thời gian hẹn trả kết quả mới", at(issue.entry().dueAt()));
        pdf.paragraph("Xin trân trọng cảm ơn sự hợp tác của ông/bà./.");
        pdf.signatures(List.of(new SlipPdf.Signer("Thủ trưởng cơ quan", "(Ký, ghi rõ họ tên và đóng dấu)")));
    }

    /** Form 05: Phiếu dừng giải quyết hồ sơ, by the unit that stopped it (the STOPPED entry's unit). */
    private void stop(SlipPdf pdf, SlipIssue issue) {
        Dossier d = issue.dossier();
        String issuerCode = issue.entry().unitCode() != null ? issue.entry().unitCode() : d.handlingUnitCode();
        String issuer = unitName(issuerCode);
        heading(pdf, issuerCode, issue.entry().occurredAt());
        pdf.title(Slip.FORM_05.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.field("Kính gửi", "Ông/Bà " + d.applicantName());
        pdf.paragraph(unitName(d.receivingUnitCode()) + " đã tiếp nhận hồ sơ của ông/bà, nội dung yêu cầu giải "
                + "quyết: " + procedureLine(d) + ".");
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.paragraph(issuer + " thông báo dừng giải quyết hồ sơ nêu trên. Lý do:");
        pdf.lines(noteLines(issue.entry().note() != null ? issue.entry().note() : stopReason(issue)));
        pdf.field("Thời gian dừng giải quyết hồ sơ", at(issue.entry().occurredAt()));
        pdf.paragraph("Xin thông báo để ông/bà được biết./.");
        pdf.signatures(List.of(new SlipPdf.Signer("Thủ trưởng cơ quan", "(Ký, ghi rõ họ tên và đóng dấu)")));
    }

    /** Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, every step with sender, receiver, time and result. */
    private void processControl(SlipPdf pdf, SlipIssue issue, Audience audience) {
        Dossier d = issue.dossier();
        List<TimelineEntry> timeline = issue.details().timeline();
        boolean officers = audience == Audience.OFFICER;
        // Dated at its latest step the reader may see.
        LocalDateTime latest = timeline.stream().filter(e -> officers || !INTERNAL_ACTIONS.contains(e.action()))
                .map(TimelineEntry::occurredAt).reduce((a, b) -> b).orElse(issue.entry().occurredAt());
        heading(pdf, d.receivingUnitCode(), latest);
        pdf.title(Slip.FORM_06.titleVi(), "Mã hồ sơ: " + d.code());
        pdf.field("Người nộp hồ sơ", d.applicantName());
        pdf.field("Nội dung yêu cầu giải quyết", procedureLine(d));
        pdf.field("Cơ quan tiếp nhận hồ sơ", unitName(d.receivingUnitCode()));
        pdf.field("Cơ quan giải quyết hồ sơ", unitName(d.handlingUnitCode()));
        Set<String> consulted = new LinkedHashSet<>();
        timeline.stream().filter(e -> "CONSULT".equals(e.action()) && e.toUnitCode() != null)
                .forEach(e -> consulted.add(unitName(e.toUnitCode())));
        if (!consulted.isEmpty()) {
            pdf.field("Cơ quan phối hợp giải quyết", String.join("; ", consulted));
        }
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        pdf.field("Thời gian hẹn trả kết quả", at(d.dueAt()));
        List<String> headers = new ArrayList<>(List.of("TT", "Thời gian", "Bên giao", "Bên nhận / bước xử lý"));
        if (officers) {
            headers.add("Người thực hiện");
        }
        headers.add("Kết quả");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (!officers && INTERNAL_ACTIONS.contains(e.action())) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1),
                    DAY.format(e.occurredAt()) + "\n" + TIME.format(e.occurredAt()), sender(d, e), receiver(e)));
            if (officers) {
                row.add(actor(e.actor()));
            }
            row.add(result(e, "SUBMITTED".equals(e.action()) ? null : SlipIssue.dueInForce(issue.details(), i, false)));
            rows.add(row);
        }
        pdf.table(headers, officers ? new float[] {5, 14, 19, 22, 22, 18} : new float[] {5, 14, 26, 30, 25}, rows);
        pdf.footnote("Kết quả \"Trước hạn / Đúng hạn / Quá hạn\" so với thời gian hẹn trả kết quả có hiệu lực tại "
                + "thời điểm của bước đó.");
    }

    private void heading(SlipPdf pdf, String unitCode, LocalDateTime at) {
        Optional<Unit> unit = unit(unitCode);
        String superior = unit.filter(u -> !"COMMUNE".equals(u.kind()) && u.parentCode() != null)
                .flatMap(u -> unit(u.parentCode())).map(Unit::name).orElse(null);
        pdf.heading(superior, unitName(unitCode), placeAndDate(unit.orElse(null), at));
    }

    private void applicant(SlipPdf pdf, Dossier d) {
        pdf.field("Ông/Bà", d.applicantName());
        if (d.applicantPhone() != null) {
            pdf.field("Số điện thoại", d.applicantPhone());
        }
        if (d.applicantEmail() != null) {
            pdf.field("Thư điện tử", d.applicantEmail());
        }
    }

    private String sender(Dossier d, TimelineEntry e) {
        return switch (e.action()) {
            case "SUBMITTED" -> "Người nộp hồ sơ: " + d.applicantName();
            case "CONSULT_ANSWER" -> unitName(e.toUnitCode() != null ? e.toUnitCode() : e.unitCode());
            default -> unitName(e.unitCode());
        };
    }

    private String receiver(TimelineEntry e) {
        String step = e.step() == null ? "" : e.step();
        return switch (e.action()) {
            case "SUBMITTED" -> unitName(e.unitCode()) + "\n" + step;
            case "HANDOVER" -> unitName(e.toUnitCode()) + (step.isEmpty() ? "" : "\n" + step);
            case "CONSULT" -> unitName(e.toUnitCode()) + "\n(lấy ý kiến phối hợp)";
            case "CONSULT_ANSWER" -> unitName(e.unitCode()) + (step.isEmpty() ? "" : "\n" + step);
            default -> step;
        };
    }

    private static String result(TimelineEntry e, LocalDateTime dueInForce) {
        String what = switch (e.action()) {
            case "SUBMITTED" -> "Nộp hồ sơ";
            case "HANDOVER" -> "Giao, nhận hồ sơ";
            case "CONSULT" -> "Chuyển lấy ý kiến";
            case "CONSULT_ANSWER" -> "Trả lời ý kiến phối hợp";
            case "WARNING" -> "Cảnh báo thời hạn";
            case "APOLOGY" -> "Xin lỗi, hẹn lại: " + at(e.dueAt());
            default -> e.status().labelVi();
        };
        String timeliness = timeliness(e.occurredAt(), dueInForce);
        return timeliness == null ? what : what + "\n(" + timeliness + ")";
    }

    /** Before, on or after the due date (the due day itself counts as "on time" up to the due hour). */
    public static String timeliness(LocalDateTime at, LocalDateTime due) {
        if (due == null) {
            return null;
        }
        if (at.isAfter(due)) {
            return "Quá hạn";
        }
        return at.toLocalDate().equals(due.toLocalDate()) ? "Đúng hạn" : "Trước hạn";
    }

    /** Why the dossier was stopped when the officer wrote nothing: read from the status before it. */
    private static String stopReason(SlipIssue issue) {
        List<TimelineEntry> before = issue.details().timeline().subList(0, issue.index());
        for (int i = before.size() - 1; i >= 0; i--) {
            TimelineEntry e = before.get(i);
            if (!"STATUS".equals(e.action())) {
                continue;
            }
            return switch (e.status()) {
                case SUPPLEMENT_REQUESTED -> "Hết thời hạn bổ sung, hoàn thiện hồ sơ mà người nộp hồ sơ chưa bổ sung "
                        + "theo yêu cầu.";
                case WITHDRAWAL_REQUESTED -> "Người nộp hồ sơ đề nghị rút hồ sơ"
                        + (e.note() == null || e.note().isBlank() ? "." : ": " + e.note().strip());
                default -> null;
            };
        }
        return null;
    }

    private static String actor(String actor) {
        if (actor == null || SYSTEM_ACTOR.equals(actor)) {
            return "Hệ thống";
        }
        return APPLICANT_ACTOR.equals(actor) ? "Người nộp hồ sơ" : actor;
    }

    private static List<String> noteLines(String note) {
        if (note == null || note.isBlank()) {
            return List.of(SlipPdf.BLANK + SlipPdf.BLANK, SlipPdf.BLANK + SlipPdf.BLANK);
        }
        return note.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> LISTED.matcher(l).lookingAt() ? l : "- " + l).toList();
    }

    private static List<String> numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((char) ('a' + i % 26) + ") " + items.get(i));
        }
        return lines;
    }

    private static String procedureLine(Dossier d) {
        return d.procedureName() + " (mã thủ tục " + d.procedureCode() + ")";
    }

    private String hotline(String unitCode) {
        return unit(unitCode).map(Unit::hotline).filter(h -> !h.isBlank()).map(h -> ", số điện thoại " + h).orElse("");
    }

    private Optional<Unit> unit(String code) {
        return code == null ? Optional.empty() : units.apply(code);
    }

    private String unitName(String code) {
        if (code == null) {
            return SlipPdf.BLANK;
        }
        return unit(code).map(Unit::name).orElse(code);
    }

    static String at(LocalDateTime at) {
        return at == null ? null : AT.format(at);
    }

    /** "50.000 đồng", or "Không thu" for a free procedure. */
    public static String money(long vnd) {
        if (vnd == 0) {
            return "Không thu";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(vnd) + " đồng";
    }

    /**
     * The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I, unverified here):
     * the place is the commune for a commune-level unit and the province for the others; a day below 10 and the
     * months January and February take a leading zero: "Xuân Hương - Đà Lạt, ngày 05 tháng 02 năm 2026".
     */
    public static String placeAndDate(Unit unit, LocalDateTime at) {
        int day = at.getDayOfMonth();
        int month = at.getMonthValue();
        return place(unit) + ", ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + at.getYear();
    }

    static String place(Unit unit) {
        if (unit == null) {
            return "…………";
        }
        String name = SlipPdf.nfc(unit.name());
        if ("COMMUNE".equals(unit.level())) {
            String lower = name.toLowerCase(SlipPdf.VI);
            for (String kind : List.of("phường ", "xã ", "đặc khu ", "thị trấn ")) {
                int i = lower.lastIndexOf(kind);
                if (i >= 0) {
                    String rest = name.substring(i + kind.length()).strip();
                    // "Phường 12" keeps its kind: a number alone is not a place name.
                    return rest.matches("\\d+") ? name.substring(i).strip() : rest;
                }
            }
            return name;
        }
        if (unit.address() != null && !unit.address().isBlank()) {
            String address = SlipPdf.nfc(unit.address());
            String last = address.substring(address.lastIndexOf(',') + 1).strip();
            String lower = last.toLowerCase(SlipPdf.VI);
            for (String kind : List.of("tỉnh ", "thành phố ")) {
                if (lower.startsWith(kind)) {
                    return last.substring(kind.length()).strip();
                }
            }
            return last;
        }
        return "…………";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(SlipPdf.VI) + s.substring(1);
    }
}
