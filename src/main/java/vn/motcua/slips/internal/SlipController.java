package vn.motcua.slips.internal;

import vn.motcua.slips.AvailableSlip;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.payment.FeeRecords;
import vn.motcua.security.CurrentOfficer;
import vn.motcua.security.Officer;
import vn.motcua.problem.NotFoundException;
import vn.motcua.result.UnitSeal;

/**
 * The lifecycle slips (forms 01-06, {@link Slip}) as PDF, inline so a browser shows them and can print them.
 * <ul>
 *   <li>{@code GET /api/v1/dossiers/{code}/slips/{form}}: officers of a unit that received, handles or was consulted
 *       on the dossier (any other officer gets the same 404 as for an unknown code);</li>
 *   <li>{@code POST /api/v1/tracking/slips/{form}}: the applicant, without login, with the dossier code and their
 *       ID number in the body (not the URL, so it stays out of access logs), as for public tracking; a wrong pair gets
 *       the same 404 as tracking.</li>
 * </ul>
 * An unknown form number, or a slip that does not apply to the dossier (a refusal slip for an accepted dossier), is
 * a 404 problem too. Slips carry personal data, so they are never cached.
 */
@RestController
class SlipController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    /** The audit trail's actor for a citizen who proved the dossier is theirs (code + ID number). */
    private static final String APPLICANT = "applicant";

    private final DossierQueries queries;
    private final SlipRenderer renderer;
    private final AuditTrail audit;
    private final FeeRecords fees;
    private final UnitSeal seal;

    SlipController(DossierQueries queries, SlipRenderer renderer, AuditTrail audit, FeeRecords fees, UnitSeal seal) {
        this.seal = seal;
        this.queries = queries;
        this.renderer = renderer;
        this.audit = audit;
        this.fees = fees;
    }

    /** The receipt (biên lai) of the dossier's paid fee, for its officers; 404 when no fee was paid. */
    @GetMapping("/api/v1/dossiers/{code}/slips/" + AvailableSlip.FEE_RECEIPT)
    ResponseEntity<byte[]> feeReceiptForOfficer(@PathVariable String code) {
        Officer officer = CurrentOfficer.require();
        DossierDetails details = queries.forOfficer(code, officer).orElseThrow(() -> new DossierNotFoundException(code));
        byte[] body = feeReceipt(details);
        audit.record("SLIP_READ", "DOSSIER", details.dossier().code(), details.dossier().handlingUnitCode(),
                "biên lai / " + AvailableSlip.FEE_RECEIPT);
        return pdf(details.dossier().code() + "-bien-lai.pdf", body);
    }

    /** The receipt of the applicant's paid fee, with their proof; 404 when no fee was paid. */
    @PostMapping("/api/v1/tracking/slips/" + AvailableSlip.FEE_RECEIPT)
    ResponseEntity<byte[]> feeReceiptForApplicant(@Valid @RequestBody ApplicantProof proof) {
        DossierDetails details = queries.forApplicant(proof);
        byte[] body = feeReceipt(details);
        audit.record(APPLICANT, "SLIP_READ", "DOSSIER", details.dossier().code(), null,
                "biên lai / " + AvailableSlip.FEE_RECEIPT);
        return pdf(details.dossier().code() + "-bien-lai.pdf", body);
    }

    /** The receipt signed (PAdES) with the certificate of the unit that collected the fee, the receiving unit. */
    private byte[] feeReceipt(DossierDetails details) {
        String code = details.dossier().code();
        var receipt = fees.receipt(details.dossier().id()).orElseThrow(() ->
                new NotFoundException("fee receipt", code, "Hồ sơ " + code + " chưa nộp khoản phí, lệ phí nào nên chưa có biên lai",
                        "Dossier " + code + " has no paid fee, so no receipt"));
        return seal.seal(renderer.renderFeeReceipt(details, receipt), details.dossier().receivingUnitCode(),
                "Biên lai thu phí, lệ phí " + receipt.receiptNumber() + " (hồ sơ " + code + ")");
    }

    @GetMapping("/api/v1/dossiers/{code}/slips/{form}")
    ResponseEntity<byte[]> forOfficer(@PathVariable String code, @PathVariable String form) {
        Officer officer = CurrentOfficer.require();
        Slip slip = slip(form);
        DossierDetails details = queries.forOfficer(code, officer).orElseThrow(() -> new DossierNotFoundException(code));
        byte[] pdf = renderer.render(slip, details, SlipRenderer.Audience.OFFICER);
        audit.record("SLIP_READ", "DOSSIER", details.dossier().code(), details.dossier().handlingUnitCode(), "mẫu / form " + slip.urlName());
        return pdf(slip, details, pdf);
    }

    @PostMapping("/api/v1/tracking/slips/{form}")
    ResponseEntity<byte[]> forApplicant(@PathVariable String form, @Valid @RequestBody ApplicantProof proof) {
        Slip slip = slip(form);
        DossierDetails details = queries.forApplicant(proof);
        byte[] pdf = renderer.render(slip, details, SlipRenderer.Audience.APPLICANT);
        audit.record(APPLICANT, "SLIP_READ", "DOSSIER", details.dossier().code(), null, "mẫu / form " + slip.urlName());
        return pdf(slip, details, pdf);
    }

    /**
     * The online submission receipt, for the applicant right after submitting online (and later from tracking). Not
     * form 01, which exists only once the receiving point accepts the dossier; a literal path, so it wins over
     * {@code {form}}.
     */
    @PostMapping("/api/v1/tracking/slips/" + AvailableSlip.ONLINE_RECEIPT)
    ResponseEntity<byte[]> onlineReceipt(@Valid @RequestBody ApplicantProof proof) {
        DossierDetails details = queries.forApplicant(proof);
        byte[] body = renderer.renderOnlineReceipt(details);
        audit.record(APPLICANT, "SLIP_READ", "DOSSIER", details.dossier().code(), null,
                "biên nhận nộp trực tuyến / " + AvailableSlip.ONLINE_RECEIPT);
        return pdf(details.dossier().code() + "-bien-nhan-truc-tuyen.pdf", body);
    }

    private static ResponseEntity<byte[]> pdf(Slip slip, DossierDetails details, byte[] body) {
        return pdf(details.dossier().code() + "-mau-" + slip.urlName() + ".pdf", body);
    }

    /** Inline, never cached; the stored code (agency code, date, sequence: [0-9A-Z.-]) names the file, never input. */
    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private static Slip slip(String form) {
        return Slip.ofUrlName(form).orElseThrow(() -> new NotFoundException("slip form", form,
                "Không có mẫu phiếu này; các mẫu hợp lệ: " + Slip.urlNames(),
                "No such slip form; valid forms: " + Slip.urlNames()));
    }
}
