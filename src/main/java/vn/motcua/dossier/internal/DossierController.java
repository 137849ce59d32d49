package vn.motcua.dossier.internal;

import vn.motcua.dossier.ResultReturn;
import vn.motcua.dossier.ResultReturnChoice;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierWorkflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Channel;
import vn.motcua.organisation.Role;
import vn.motcua.security.CurrentOfficer;
import vn.motcua.security.Officer;
import vn.motcua.problem.InvalidInputException;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/dossiers")
class DossierController {

    /** The response header that marks a replayed answer: the dossier was made by an earlier attempt with the key. */
    static final String REPLAYED = "Idempotent-Replayed";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IdempotentSubmission submission;
    private final DossierQueries queries;
    private final DossierWorkflow workflow;
    private final AuditTrail audit;
    private final ResultReturnChoice resultReturnChoice;

    DossierController(IdempotentSubmission submission, DossierQueries queries, DossierWorkflow workflow, AuditTrail audit,
                      ResultReturnChoice resultReturnChoice) {
        this.resultReturnChoice = resultReturnChoice;
        this.submission = submission;
        this.queries = queries;
        this.workflow = workflow;
        this.audit = audit;
    }

    /**
     * With an {@code Idempotency-Key} header (a UUID the client makes per dossier), sending the same request again
     * answers the first attempt's 201 (with {@code Idempotent-Replayed: true}) and makes no second dossier.
     */
    @PostMapping
    ResponseEntity<SubmittedDossier> submit(@Valid @RequestBody SubmitRequest request,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created(submission.submit(key, request.toCommand(), CurrentOfficer.get()));
    }

    /**
     * Online submission with attachments, in one request so that the dossier and its files are stored together or
     * not at all: part {@code dossier} is the JSON body of the plain submission; the files (PDF, JPEG, PNG; see
     * {@link AttachmentRules}) come one part per required document, named by the key of the document's upload field
     * in the procedure's intake form (e.g. {@code document01}; a part may repeat for a document of several pages), and
     * parts {@code attachments} for files that are no particular document. Errors name {@code documents.<key>[j]} or
     * {@code attachments[i]} for a file, {@code documents.<key>} for a missing or unknown document.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmittedDossier> submitWithAttachments(@Valid @RequestPart("dossier") SubmitRequest request,
            org.springframework.web.multipart.MultipartRequest multipart,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) throws IOException {
        List<SubmitDossier.Attachment> attachments = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
            if (part.getKey().equals("dossier")) {
                continue; // the JSON body, sent by a browser as a file ("blob")
            }
            String document = part.getKey().equals("attachments") ? null : documentKey(part.getKey());
            for (int j = 0; j < part.getValue().size(); j++) {
                MultipartFile file = part.getValue().get(j);
                String field = (document == null ? "attachments" : "documents." + document) + "[" + j + "].name";
                attachments.add(new SubmitDossier.Attachment(
                        vn.motcua.input.Text.singleLine(field, file.getOriginalFilename()), file.getBytes(), document));
            }
        }
        return created(submission.submit(key, request.toCommand().withAttachments(attachments), CurrentOfficer.get()));
    }

    /** A part's name as a document key: a form field key (letters, digits, _ and -), else a 400 naming the part. */
    private static String documentKey(String partName) {
        if (!partName.matches("[A-Za-z][A-Za-z0-9_-]{0,99}")) {
            throw new InvalidInputException("documents", "Tên phần của tệp phải là mã một thành phần hồ sơ của biểu mẫu "
                    + "(chữ, số, _ hoặc -, tối đa 100 ký tự) hoặc \"attachments\"",
                    "A file part's name must be the key of one of the form's documents (letters, digits, _ or -, at most "
                            + "100 characters) or \"attachments\"");
        }
        return partName;
    }

    private static ResponseEntity<SubmittedDossier> created(IdempotentSubmission.Outcome outcome) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
                .buildAndExpand(outcome.dossier().code()).toUri();
        ResponseEntity.BodyBuilder created = ResponseEntity.created(location);
        if (outcome.replayed()) {
            created.header(REPLAYED, "true");
        }
        return created.body(outcome.dossier());
    }

    /** Officers of the dossier's units, and auditors; every read of the applicant's data is audited. */
    @GetMapping("/{code}")
    DossierQueries.DossierDetails read(@PathVariable String code) {
        DossierQueries.DossierDetails details = queries.forOfficer(code, CurrentOfficer.require())
                .orElseThrow(() -> new DossierNotFoundException(code));
        audit.record("DOSSIER_READ", "DOSSIER", details.dossier().code(), details.dossier().handlingUnitCode(), null);
        return details;
    }

    /** Officers of the unit (every role: leaders see their whole unit), and auditors. */
    @GetMapping
    List<DossierSummary> list(@RequestParam String unit,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Officer officer = CurrentOfficer.require();
        if (!officer.worksIn(unit) && !officer.auditor()) {
            throw new AccessDeniedException("Officer does not work in " + unit);
        }
        List<DossierSummary> dossiers = queries.forUnit(unit, Math.min(Math.max(limit, 1), 500)).stream()
                .map(DossierSummary::of).toList();
        audit.record("DOSSIER_LIST", "UNIT", unit, unit, dossiers.size() + " dossiers");
        return dossiers;
    }

    /** The receiving point records that the applicant brought the requested supplement (Decree 118/2025, art. on guidance once). */
    @PostMapping("/{code}/supplement")
    ResponseEntity<Void> supplementReceived(@PathVariable String code) {
        Officer officer = CurrentOfficer.require();
        Dossier dossier = queries.forOfficer(code, officer).orElseThrow(() -> new DossierNotFoundException(code)).dossier();
        if (!officer.has(dossier.receivingUnitCode(), Role.RECEIVER)) {
            throw new AccessDeniedException("Only the receiving point records a supplement");
        }
        if (!workflow.supplementReceived(code)) {
            throw new InvalidInputException("code", "Hồ sơ không ở trạng thái chờ bổ sung",
                    "The dossier is not waiting for a supplement");
        }
        return ResponseEntity.noContent().build();
    }

    record SubmitRequest(
            @NotBlank String procedureCode,
            @NotNull @Valid ApplicantRequest applicant,
            @NotBlank String receivingUnitCode,
            @NotNull Channel channel,
            Map<String, Object> formData,
            // where the applicant receives the result; absent: at the receiving point
            @Valid ResultReturnRequest resultReturn,
            // required documents the state holds for the applicant (an earlier dossier's signed result), not uploaded
            @Size(max = 20) List<@NotNull @Valid ReusedPaperRequest> reusedPapers) {

        SubmitDossier toCommand() {
            return new SubmitDossier(procedureCode.trim(), new SubmitDossier.Applicant(applicant.idNumber().trim(),
                    applicant.fullName(), applicant.email(), applicant.phone(), applicant.birthDate()),
                    receivingUnitCode.trim(), channel,
                    formData, List.of(), resultReturn == null ? null : resultReturn.toChoice(), false,
                    reusedPapers == null ? List.of() : reusedPapers.stream()
                            .map(r -> new SubmitDossier.Reuse(r.documentKey().strip(), r.dossierCode().strip())).toList());
        }
    }

    /** A required document reused from the applicant's earlier dossier: its upload field's key and that dossier's code. */
    record ReusedPaperRequest(@NotBlank @Size(max = 100) String documentKey, @NotBlank @Size(max = 40) String dossierCode) {
    }

    /** Where the applicant receives the result (vn.motcua.dossier.ResultReturn). */
    record ResultReturnRequest(@NotNull ResultReturn.Method method, @Size(max = 40) String unitCode,
                               @Size(max = 500) String postalAddress) {
        ResultReturn toChoice() {
            return new ResultReturn(method, unitCode, postalAddress);
        }
    }

    /**
     * The receiving point's receiver records the applicant's new choice of where the result is returned, until the
     * result is ready.
     */
    @PutMapping("/{code}/result-return")
    ResultReturn changeResultReturn(@PathVariable String code, @Valid @RequestBody ResultReturnRequest request) {
        return resultReturnChoice.changeByOfficer(code, CurrentOfficer.require(), request.toChoice());
    }

    record ApplicantRequest(
            @NotBlank String idNumber,
            @NotBlank @Size(max = 200) String fullName,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 .-]{8,20}") String phone,
            // checked with the number and name against the National Population Database when given
            @Past @vn.motcua.input.BirthDate java.time.LocalDate birthDate) {
    }

    record DossierSummary(String code, String procedureCode, String procedureName, String applicantName, int status,
                          String statusVi, String receivingUnitCode, String handlingUnitCode, LocalDateTime receivedAt,
                          LocalDateTime dueAt) {
        static DossierSummary of(Dossier d) {
            return new DossierSummary(d.code(), d.procedureCode(), d.procedureName(), d.applicantName(),
                    d.status().code(), d.status().labelVi(), d.receivingUnitCode(), d.handlingUnitCode(),
                    d.receivedAt(), d.dueAt());
        }
    }
}
