package vn.motcua.result;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;
import vn.motcua.result.internal.ResultStore;
import vn.motcua.result.internal.ResultSignatures;
import vn.motcua.result.internal.ResultTemplate;
import vn.motcua.result.internal.SignatureReport;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The electronic result of a dossier through its lifecycle: the officer issues it (a PDF they upload, or one generated
 * from the template with the dossier's data), the competent body's leader approves and the system signs it (PAdES,
 * the unit's certificate) and verifies the signed file before it is kept; the applicant downloads it with their proof,
 * the NPSP sync lists it and the citizen's data store receives it ({@link ResultSigned}). Joins the caller's
 * transaction (the engine's, for the model's steps), so the process and the document never disagree.
 */
@Service
@Transactional
public class ResultDocuments {

    /** Uploads bigger than this are refused (a result is a few pages). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ResultStore store;
    private final ResultTemplate template;
    private final ResultSignatures signatures;
    private final DossierQueries dossiers;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultDocuments(ResultStore store, ResultTemplate template, ResultSignatures signatures, DossierQueries dossiers,
                    UnitDirectory units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.template = template;
        this.signatures = signatures;
        this.dossiers = dossiers;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The officer's own PDF as the dossier's draft result (replacing an unsigned draft). Refused: not a PDF, already
     * signed by someone (the unit signs it), too big, or the dossier's result already signed.
     */
    public ResultDocument upload(String dossierCode, String fileName, byte[] pdf, String officer) {
        DossierDetails details = dossier(dossierCode);
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_BYTES) {
            throw new InvalidInputException("file", "Tệp kết quả phải là PDF, tối đa 10 MB",
                    "The result file must be a PDF of at most 10 MB");
        }
        if (!ResultTemplate.isPdf(pdf)) {
            throw new InvalidInputException("file", "Tệp kết quả không phải PDF đọc được", "The result file is not a readable PDF");
        }
        if (ResultTemplate.hasSignatures(pdf)) {
            throw new InvalidInputException("file", "Tệp đã có chữ ký số: hệ thống ký khi lãnh đạo phê duyệt",
                    "The file is already signed: the system signs it when the leader approves");
        }
        refuseIfSigned(details);
        String name = fileName == null || fileName.isBlank() ? dossierCode + "-ket-qua.pdf" : fileName.strip();
        return store.saveDraft(details.dossier().id(), dossierCode, title(details), name.length() > 200
                ? name.substring(0, 200) : name, "UPLOADED", pdf, officer, now());
    }

    /**
     * The draft the leader will approve: the uploaded one when the officer uploaded one, otherwise the template's
     * with the dossier's data (generated now).
     */
    public ResultDocument issue(String dossierCode, String officer) {
        DossierDetails details = dossier(dossierCode);
        Optional<ResultDocument> draft = store.current(details.dossier().id()).filter(d -> !d.signed());
        if (draft.isPresent()) {
            return draft.get();
        }
        refuseIfSigned(details);
        LocalDateTime now = now();
        byte[] pdf = template.render(details, unitName(details.dossier().handlingUnitCode()), title(details), now);
        return store.saveDraft(details.dossier().id(), dossierCode, title(details), dossierCode + "-ket-qua.pdf",
                "GENERATED", pdf, officer, now);
    }

    /**
     * The leader approved: the draft (issued now if there is none) is signed with {@code unitCode}'s certificate and
     * the signed file verified here before it is kept; a file that does not verify is never kept nor sent.
     */
    public ResultDocument sign(String dossierCode, String unitCode, String leader) {
        ResultDocument draft = issue(dossierCode, leader);
        byte[] signed = signatures.sign(store.content(draft.id()), unitCode, leader,
                "Phê duyệt kết quả giải quyết hồ sơ " + dossierCode);
        SignatureReport report = signatures.verify(signed);
        if (!report.valid()) {
            throw new IllegalStateException("The signed result of " + dossierCode + " does not verify: " + report.problems());
        }
        ResultDocument done = store.markSigned(draft.id(), signed, leader, unitCode, report.signer(), now());
        events.publishEvent(new ResultSigned(done.id(), done.dossierId(), done.dossierCode(), done.title(),
                done.fileName(), done.sha256()));
        return done;
    }

    /** The signed results of a dossier (the NPSP's DanhSachGiayToKetQua). */
    @Transactional(readOnly = true)
    public List<ResultDocument> signed(UUID dossierId) {
        return store.current(dossierId).filter(ResultDocument::signed).map(List::of).orElse(List.of());
    }

    /** The current document of a dossier (draft or signed), if any. */
    @Transactional(readOnly = true)
    public Optional<ResultDocument> current(UUID dossierId) {
        return store.current(dossierId);
    }

    /** A stored document by its id (a reused paper names the result it was when reused). */
    @Transactional(readOnly = true)
    public Optional<ResultDocument> document(UUID documentId) {
        return store.find(documentId);
    }

    /** A stored document's bytes (the signed file once signed). */
    @Transactional(readOnly = true)
    public byte[] content(UUID documentId) {
        return store.content(documentId);
    }

    /** The signed result for its applicant (their proof, as tracking); 404 while there is none. */
    @Transactional(readOnly = true)
    public SignedFile forApplicant(ApplicantProof proof) {
        DossierDetails details = dossiers.forApplicant(proof);
        ResultDocument doc = store.current(details.dossier().id()).filter(ResultDocument::signed)
                .orElseThrow(() -> new NotFoundException("result", details.dossier().code(),
                        "Hồ sơ chưa có kết quả điện tử đã ký số", "The dossier has no signed electronic result yet"));
        return new SignedFile(doc, store.content(doc.id()));
    }

    /** Verifies a PDF on the server (what a citizen or agency uploads to check a result). */
    @Transactional(readOnly = true)
    public Verification verify(byte[] pdf) {
        SignatureReport r = signatures.verify(pdf);
        return new Verification(r.valid(), r.signatures(), r.signer(), r.signedAt(), r.problems());
    }

    public record SignedFile(ResultDocument document, byte[] content) {
    }

    public record Verification(boolean valid, int signatures, String signer, java.time.Instant signedAt,
                               List<String> problems) {
    }

    private void refuseIfSigned(DossierDetails details) {
        if (store.current(details.dossier().id()).filter(ResultDocument::signed).isPresent()) {
            throw new RuleViolationException("Kết quả của hồ sơ đã được ký số, không thay được",
                    "The dossier's result is already signed and cannot be replaced");
        }
    }

    private DossierDetails dossier(String code) {
        return dossiers.forSystem(code).orElseThrow(() -> new DossierNotFoundException(code));
    }

    private static String title(DossierDetails details) {
        return "Kết quả giải quyết: " + details.dossier().procedureName();
    }

    private String unitName(String code) {
        return code == null ? "" : units.find(code).map(Unit::name).orElse(code);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
