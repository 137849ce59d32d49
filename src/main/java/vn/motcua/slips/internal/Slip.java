package vn.motcua.slips.internal;

import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The slips (phiếu) of the one-stop lifecycle that the system prints for a dossier: forms 01 to 06, layout after
 * Circular 03/2025/TT-VPCP, wording unverified (the Circular's text was not available when this was written; the
 * titles follow the forms' usual names). Which slip exists for a dossier is read from its timeline: a slip is
 * issued <em>for</em> one timeline entry, the step that called for it (Decree 118/2025/NĐ-CP):
 *
 * <table>
 *   <caption>When each slip applies</caption>
 *   <tr><th>form</th><th>slip</th><th>issued for (the latest such entry)</th></tr>
 *   <tr><td>01</td><td>receipt and appointment</td><td>STATUS entry with status 2 (accepted)</td></tr>
 *   <tr><td>02</td><td>request to supplement</td><td>STATUS entry with status 5 (supplement requested)</td></tr>
 *   <tr><td>03</td><td>refusal</td><td>STATUS entry with status 3 (not accepted)</td></tr>
 *   <tr><td>04</td><td>apology and new date</td><td>APOLOGY entry</td></tr>
 *   <tr><td>05</td><td>processing stopped</td><td>STATUS entry with status 8 (stopped)</td></tr>
 *   <tr><td>06</td><td>process control</td><td>any STATUS or HANDOVER entry (the slip lists the whole timeline)</td></tr>
 * </table>
 *
 * <p>A new dossier (status 1, online or not) has no slip yet: form 01 is issued on acceptance.
 */
public enum Slip {

    FORM_01("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment slip",
            "chỉ cấp khi hồ sơ đã được tiếp nhận", "issued only once the dossier has been accepted",
            status(DossierStatus.ACCEPTED)),
    FORM_02("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Request to supplement and complete the dossier",
            "chỉ có khi cơ quan đã yêu cầu bổ sung hồ sơ", "exists only if a supplement was requested",
            status(DossierStatus.SUPPLEMENT_REQUESTED)),
    FORM_03("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Refusal to accept the dossier for processing",
            "chỉ có khi hồ sơ bị từ chối tiếp nhận", "exists only if the dossier was not accepted",
            status(DossierStatus.NOT_ACCEPTED)),
    FORM_04("04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment date",
            "chỉ có khi cơ quan đã xin lỗi và hẹn lại ngày trả kết quả", "exists only if the agency apologised and set a new date",
            e -> "APOLOGY".equals(e.action())),
    FORM_05("05", "Phiếu dừng giải quyết hồ sơ", "Notice that processing of the dossier is stopped",
            "chỉ có khi việc giải quyết hồ sơ đã bị dừng", "exists only if processing was stopped",
            status(DossierStatus.STOPPED)),
    FORM_06("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Process control slip",
            "chỉ có khi hồ sơ đã được xử lý ít nhất một bước", "exists once the dossier has gone through at least one step",
            e -> "STATUS".equals(e.action()) || "HANDOVER".equals(e.action()));

    private final String urlName;
    private final String titleVi;
    private final String titleEn;
    private final String whenVi;
    private final String whenEn;
    private final Predicate<TimelineEntry> issuedFor;

    Slip(String urlName, String titleVi, String titleEn, String whenVi, String whenEn, Predicate<TimelineEntry> issuedFor) {
        this.urlName = urlName;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.whenVi = whenVi;
        this.whenEn = whenEn;
        this.issuedFor = issuedFor;
    }

    /** The form number as it appears in URLs and file names: {@code 01} .. {@code 06}. */
    public String urlName() {
        return urlName;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    /** When the slip exists, for the message that refuses it: "chỉ cấp khi hồ sơ đã được tiếp nhận". */
    public String whenVi() {
        return whenVi;
    }

    public String whenEn() {
        return whenEn;
    }

    /** The timeline entry this slip is issued for (the latest one that calls for it), or empty if it does not apply. */
    public Optional<TimelineEntry> issuedFor(List<TimelineEntry> timeline) {
        TimelineEntry found = null;
        for (TimelineEntry e : timeline) {
            if (issuedFor.test(e)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean appliesTo(DossierDetails details) {
        return issuedFor(details.timeline()).isPresent();
    }

    /** The slips that exist for the dossier, in form order. */
    public static List<Slip> applicableTo(DossierDetails details) {
        return Arrays.stream(values()).filter(s -> s.appliesTo(details)).toList();
    }

    /** The slip with this form number ({@code 01} .. {@code 06}), or empty. */
    public static Optional<Slip> ofUrlName(String urlName) {
        return Arrays.stream(values()).filter(s -> s.urlName.equals(urlName)).findFirst();
    }

    /** The valid form numbers, for messages: {@code 01, 02, 03, 04, 05, 06}. */
    public static String urlNames() {
        return Arrays.stream(values()).map(Slip::urlName).collect(Collectors.joining(", "));
    }

    private static Predicate<TimelineEntry> status(DossierStatus status) {
        return e -> "STATUS".equals(e.action()) && e.status() == status;
    }
}
