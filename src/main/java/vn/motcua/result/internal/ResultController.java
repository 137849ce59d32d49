package vn.motcua.result.internal;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.security.CurrentOfficer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The electronic result over HTTP: the officers of the units that may read the dossier upload the result PDF they
 * wrote (before the leader approves; the system signs it then) and read the current document; the applicant
 * downloads the signed file with their proof (as tracking); anyone may have a PDF verified by the server.
 */
@RestController
class ResultController {

    private final ResultDocuments results;
    private final DossierQueries dossiers;
    private final AuditTrail audit;

    ResultController(ResultDocuments results, DossierQueries dossiers, AuditTrail audit) {
        this.results = results;
        this.dossiers = dossiers;
        this.audit = audit;
    }

    /** The officer's own result PDF as the dossier's draft (multipart field {@code file}). */
    @PostMapping(path = "/api/v1/dossiers/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResultDocument upload(@PathVariable String code, @RequestParam("file") MultipartFile file) throws IOException {
        var officer = CurrentOfficer.require();
        dossiers.forOfficer(code, officer).orElseThrow(() -> new DossierNotFoundException(code));
        if (file.getSize() > ResultDocuments.MAX_BYTES) {
            throw new InvalidInputException("file", "Tệp kết quả tối đa 10 MB", "The result file is at most 10 MB");
        }
        ResultDocument doc = results.upload(code, file.getOriginalFilename(), file.getBytes(), officer.userId());
        audit.record("RESULT_UPLOADED", "DOSSIER", code, null, doc.fileName());
        return doc;
    }

    /** The dossier's current result document (draft or signed) for its officers: the PDF. */
    @GetMapping("/api/v1/dossiers/{code}/result")
    ResponseEntity<byte[]> current(@PathVariable String code, @RequestParam(defaultValue = "false") boolean inline) {
        var details = dossiers.forOfficer(code, CurrentOfficer.require()).orElseThrow(() -> new DossierNotFoundException(code));
        ResultDocument doc = results.current(details.dossier().id()).orElseThrow(() -> new NotFoundException("result", code,
                "Hồ sơ chưa có kết quả điện tử", "The dossier has no electronic result yet"));
        audit.record("RESULT_READ", "DOSSIER", code, null, doc.state());
        return pdf(doc.fileName(), results.content(doc.id()), inline);
    }

    /**
     * A required document the dossier reuses instead of an upload: the signed result of the applicant's earlier dossier
     * that the state holds, for the officers of the dossier's units (the task forms' links), audited like a file.
     */
    @GetMapping("/api/v1/dossiers/{code}/reused-papers/{documentKey}")
    ResponseEntity<byte[]> reusedPaper(@PathVariable String code, @PathVariable String documentKey,
                                       @RequestParam(defaultValue = "false") boolean inline) {
        var details = dossiers.forOfficer(code, CurrentOfficer.require()).orElseThrow(() -> new DossierNotFoundException(code));
        var paper = dossiers.reusedPapers(details.dossier().id()).stream().filter(p -> p.documentKey().equals(documentKey))
                .findFirst().orElseThrow(() -> new NotFoundException("reusedPaper", code,
                        "Hồ sơ " + code + " không dùng lại giấy tờ nào cho thành phần này",
                        "Dossier " + code + " reuses no held paper for this document"));
        ResultDocument held = results.document(paper.resultDocumentId()).orElseThrow(() -> new NotFoundException("reusedPaper", code,
                "Không còn kết quả điện tử của hồ sơ " + paper.sourceDossierCode(),
                "The electronic result of dossier " + paper.sourceDossierCode() + " is no longer held"));
        audit.record("REUSED_PAPER_READ", "DOSSIER", code, null, paper.paper() + " ← " + paper.sourceDossierCode()
                + " (" + held.id() + ")");
        return pdf(held.fileName(), results.content(held.id()), inline);
    }

    /** The signed result for the applicant (dossier code and ID number in the body, as tracking). */
    @PostMapping("/api/v1/tracking/result")
    ResponseEntity<byte[]> forApplicant(@Valid @RequestBody ApplicantProof proof) {
        ResultDocuments.SignedFile file = results.forApplicant(proof);
        return pdf(file.document().fileName(), file.content(), false);
    }

    /** Has the server verify a signed PDF (the body is the file): never trusted from the client. */
    @PostMapping(path = "/api/v1/results/verify", consumes = MediaType.APPLICATION_PDF_VALUE)
    ResultDocuments.Verification verify(@RequestBody byte[] pdf) {
        if (pdf.length > ResultDocuments.MAX_BYTES) {
            throw new InvalidInputException("file", "Tệp tối đa 10 MB", "The file is at most 10 MB");
        }
        return results.verify(pdf);
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] content, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", disposition.toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
