package vn.motcua.slips.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.OfficerDirectory;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.payment.FeeReceipt;
import vn.motcua.problem.NotFoundException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders the slips of the one-stop lifecycle (forms 01-06, {@link Slip}) as PDF: layout after Circular
 * 03/2025/TT-VPCP, wording unverified. Each slip has the usual parts of an administrative document (Decree
 * 30/2020/NĐ-CP): the issuing unit under its superior and the national heading "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
 * Độc lập - Tự do - Hạnh phúc", the place and date, the title with the dossier code, a body filled from the
 * dossier and its timeline, and a signature block left blank for the handwritten or digital signature.
 *
 * <p>One class per form writes its body ({@link ReceiptForm} 01, {@link SupplementRequestForm} 02,
 * {@link RefusalForm} 03, {@link ApologyForm} 04, {@link StopForm} 05, {@link ProcessControlForm} 06, and the
 * {@link OnlineReceipt}); the parts they share are in {@link SlipParts}, the page layout and fonts in {@link SlipPdf}.
 * This class decides whether the slip exists for the dossier and opens the document.
 */
@Component
public class SlipRenderer {

    /** Who the slip is printed for: officers see who did each step; the applicant's copy leaves officers out. */
    public enum Audience {
        OFFICER, APPLICANT
    }

    private final SlipPdf.Fonts fonts = SlipPdf.Fonts.load();
    private final Map<Slip, SlipForm> forms = new EnumMap<>(Slip.class);
    private final OnlineReceipt onlineReceipt;
    private FeeReceiptForm feeReceipt;

    @Autowired
    SlipRenderer(UnitDirectory units, ProcedureCatalog catalog, OfficerDirectory officers,
                 @Value("${motcua.payment.receipt.form-symbol:01BLP0-001}") String receiptFormSymbol,
                 @Value("${motcua.payment.receipt.series:BL-MC}") String receiptSeries) {
        this(units::find, catalog::find, userId -> officers.find(userId)
                .map(o -> (nullToEmpty(o.lastName()) + " " + nullToEmpty(o.firstName())).strip()));
        this.feeReceipt = new FeeReceiptForm(feeReceipt.parts(), receiptFormSymbol, receiptSeries);
    }

    SlipRenderer(Function<String, Optional<Unit>> units, Function<String, Optional<Procedure>> procedures) {
        this(units, procedures, userId -> Optional.empty());
    }

    /** @param officers an officer's user id → full name (Vietnamese order: family name first) */
    SlipRenderer(Function<String, Optional<Unit>> units, Function<String, Optional<Procedure>> procedures,
                 Function<String, Optional<String>> officers) {
        SlipParts parts = new SlipParts(units, procedures, officers);
        for (Slip slip : Slip.values()) {
            forms.put(slip, form(slip, parts));
        }
        this.onlineReceipt = new OnlineReceipt(parts);
        this.feeReceipt = new FeeReceiptForm(parts, "01BLP0-001", "BL-MC");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
        SlipPdf pdf = new SlipPdf(fonts, slip.titleVi() + " - " + dossier.code(),
                "Mẫu số " + slip.urlName() + " - " + slip.titleEn());
        pdf.formNumber("Mẫu số " + slip.urlName());
        forms.get(slip).write(pdf, new SlipIssue(details, entry, details.timeline().lastIndexOf(entry), audience));
        return pdf.finish();
    }

    /**
     * The online submission receipt ({@link OnlineReceipt}); it exists for online dossiers only.
     *
     * @throws NotFoundException for a dossier that was not submitted online
     */
    public byte[] renderOnlineReceipt(DossierDetails details) {
        Dossier d = details.dossier();
        if (d.channel() != Channel.ONLINE) {
            throw new NotFoundException("online receipt", d.code(),
                    "Hồ sơ " + d.code() + " không nộp trực tuyến nên không có biên nhận nộp trực tuyến",
                    "Dossier " + d.code() + " was not submitted online, so it has no online submission receipt");
        }
        SlipPdf pdf = new SlipPdf(fonts, OnlineReceipt.TITLE + " - " + d.code(), "Online submission receipt");
        onlineReceipt.write(pdf, d);
        return pdf.finish();
    }

    /**
     * The receipt (biên lai) of the dossier's paid fee ({@link FeeReceiptForm}).
     *
     * @param receipt the payment module's record of the payment; it must be the dossier's
     */
    public byte[] renderFeeReceipt(DossierDetails details, FeeReceipt receipt) {
        Dossier d = details.dossier();
        if (!d.id().equals(receipt.dossierId())) {
            throw new IllegalArgumentException("Receipt " + receipt.receiptNumber() + " is not dossier " + d.code() + "'s");
        }
        SlipPdf pdf = new SlipPdf(fonts, FeeReceiptForm.TITLE + " " + receipt.receiptNumber() + " - " + d.code(),
                "Fee receipt");
        feeReceipt.write(pdf, d, receipt);
        return pdf.finish();
    }

    /** Every form has its writer: the switch fails to compile when a form is added without one. */
    private static SlipForm form(Slip slip, SlipParts parts) {
        return switch (slip) {
            case FORM_01 -> new ReceiptForm(parts);
            case FORM_02 -> new SupplementRequestForm(parts);
            case FORM_03 -> new RefusalForm(parts);
            case FORM_04 -> new ApologyForm(parts);
            case FORM_05 -> new StopForm(parts);
            case FORM_06 -> new ProcessControlForm(parts);
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(SlipPdf.VI) + s.substring(1);
    }
}
