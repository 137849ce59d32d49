package vn.motcua.dossier.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.HeldPapers;
import vn.motcua.dossier.PaperMarks;
import vn.motcua.dossier.ReusedPaper;
import vn.motcua.dossier.PopulationRegistry;
import vn.motcua.dossier.TimelineEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.security.Officer;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.InvalidInputException.Violation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registering a dossier (Decree 118/2025/NĐ-CP, step 1): every rule is checked before anything is written, the
 * applicant's identity last (National Population Database, {@link PopulationRegistry}); then the dossier gets its
 * code and due date, its row, its attachments and first timeline entry, and its process, all in one transaction
 * with the engine, so a failure anywhere leaves nothing behind.
 */
@Service
public class DossierSubmission {

    static final String APPLICANT_ACTOR = "applicant";

    private final ProcedureCatalog catalog;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final DossierRepository dossiers;
    private final DossierWorkflow workflow;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DossierAttachments attachments;
    private final ApplicantIdentity identity;
    private final IdentityRecheck recheck;
    private final vn.motcua.dossier.ResultReturnChoice resultReturn;
    private final HeldPapers heldPapers;
    private final ReusedPaperRepository reusedPapers;
    private final PaperMarks paperMarks;

    DossierSubmission(ProcedureCatalog catalog, UnitDirectory units, WorkingCalendar calendar, DossierCodes codes,
                      DossierRepository dossiers, DossierWorkflow workflow, ObjectMapper json,
                      ApplicationEventPublisher events, Clock clock, DossierAttachments attachments,
                      ApplicantIdentity identity, IdentityRecheck recheck,
                      vn.motcua.dossier.ResultReturnChoice resultReturn, HeldPapers heldPapers,
                      ReusedPaperRepository reusedPapers, PaperMarks paperMarks) {
        this.heldPapers = heldPapers;
        this.reusedPapers = reusedPapers;
        this.paperMarks = paperMarks;
        this.catalog = catalog;
        this.units = units;
        this.calendar = calendar;
        this.codes = codes;
        this.dossiers = dossiers;
        this.workflow = workflow;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.attachments = attachments;
        this.identity = identity;
        this.recheck = recheck;
        this.resultReturn = resultReturn;
    }

    @Transactional
    public SubmittedDossier submit(SubmitDossier command, Optional<Officer> officer) {
        Checked checked = check(command, officer);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String code = codes.next(checked.receivingPoint.code(), now.toLocalDate());
        LocalDateTime dueAt = calendar.dueAt(now, checked.terms.limit());
        Map<String, Object> formData = command.formData() == null ? Map.of() : new LinkedHashMap<>(command.formData());
        Dossier dossier = new Dossier(UUID.randomUUID(), code, checked.procedure.code(), checked.procedure.name(),
                checked.receivingPoint.code(), checked.receivingPoint.code(), command.channel(),
                command.applicant().idNumber(), command.applicant().fullName().trim(), blankToNull(command.applicant().email()),
                blankToNull(command.applicant().phone()), DossierStatus.NEW, now, dueAt, null, null, toJson(formData), null);
        boolean verified = checked.identity == PopulationRegistry.Result.FOUND;
        // A database that did not answer never makes a dossier verified: it is received NOT_CHECKED and checked again.
        dossiers.insert(dossier, verified ? now : null,
                verified ? IdentityVerification.Status.VERIFIED : IdentityVerification.Status.NOT_CHECKED,
                command.applicant().birthDate(), verified ? null : recheck.firstRecheckAt(now));
        List<DossierAttachment> files = attachments.store(dossier.id(), command.attachments(), now);
        List<ReusedPaper> reused = checked.reused.stream().map(h -> new ReusedPaper(h.documentKey, h.paper,
                h.held.dossierCode(), h.held.resultDocumentId(), h.held.sha256(), now)).toList();
        reused.forEach(r -> reusedPapers.insert(dossier.id(), r));
        if (!reused.isEmpty()) {
            // a paper the state holds is digitised and reused; the receiver's intake marks keep it so
            paperMarks.record(dossier.id(), reused.stream().map(r -> new PaperMarks.Mark(r.paper(), true, true)).toList(),
                    "PORTAL", APPLICANT_ACTOR);
        }
        TimelineEntry submitted = new TimelineEntry(now, "SUBMITTED", DossierStatus.NEW,
                command.channel() == Channel.ONLINE ? "Nộp hồ sơ trực tuyến" : "Tiếp nhận hồ sơ",
                officer.map(Officer::userId).orElse(APPLICANT_ACTOR), checked.receivingPoint.code(), null, null, dueAt);
        dossiers.addEvent(dossier.id(), submitted);
        events.publishEvent(DossierActivity.of(dossier, submitted));
        events.publishEvent(new DossierStep(dossier.id(), code, submitted));
        vn.motcua.dossier.ResultReturn returned = resultReturn.chosenAtSubmission(dossier, command.resultReturn(),
                officer.map(Officer::userId).orElse(APPLICANT_ACTOR));
        String processInstanceId = workflow.start(checked.procedure, new DossierWorkflow.NewDossier(dossier.id(), code,
                checked.receivingPoint, command.channel(), dossier.applicantName(), dueAt, formData,
                TaskFormText.dossierData(checked.procedure, formData), TaskFormText.attachmentNames(files, reused),
                dossier.applicantIdNumber(), TaskFormText.attachmentLinks(code, files, reused), returned));
        dossiers.attachProcess(dossier.id(), processInstanceId);
        events.publishEvent(new DossierStatusChanged(dossier.id(), code, dossier.procedureName(), dossier.applicantName(),
                dossier.applicantEmail(), dossier.applicantPhone(), DossierStatus.NEW, "SUBMITTED", dueAt, null, now));
        return new SubmittedDossier(code, DossierStatus.NEW, now, dueAt, dossier.receivingUnitCode(),
                dossier.handlingUnitCode(), verified, files.size(),
                verified ? IdentityVerification.Status.VERIFIED : IdentityVerification.Status.NOT_CHECKED, dossier.id());
    }

    private Checked check(SubmitDossier command, Optional<Officer> officer) {
        requireReceiverUnlessOnline(command, officer);
        List<Violation> violations = new ArrayList<>();
        Optional<Procedure> procedure = catalog.find(command.procedureCode());
        if (procedure.isEmpty()) {
            violations.add(new Violation("procedureCode", "Không có thủ tục mã " + command.procedureCode(),
                    "No procedure with code " + command.procedureCode()));
        }
        Optional<Unit> unit = units.find(command.receivingUnitCode());
        if (unit.isEmpty()) {
            violations.add(new Violation("receivingUnitCode", "Không có đơn vị mã " + command.receivingUnitCode(),
                    "No unit with code " + command.receivingUnitCode()));
        } else if (!unit.get().receivesDossiers()) {
            violations.add(new Violation("receivingUnitCode", unit.get().name() + " không phải nơi tiếp nhận hồ sơ",
                    unit.get().nameEn() + " is not a receiving point"));
        }
        CitizenIdNumber.problem(command.applicant().idNumber(), Year.now(clock))
                .ifPresent(p -> violations.add(new Violation("applicant.idNumber", p[0], p[1])));
        violations.addAll(AttachmentRules.check(command.attachments()));
        violations.addAll(resultReturn.problems(command.resultReturn(), "resultReturn"));
        ChannelTerms terms = null;
        if (procedure.isPresent()) {
            terms = procedure.get().termsFor(command.channel()).orElse(null);
            if (terms == null) {
                violations.add(new Violation("channel", "Thủ tục không thực hiện qua kênh " + command.channel().labelVi(),
                        "The procedure is not offered " + command.channel().labelEn().toLowerCase()));
            }
            violations.addAll(FormDataRules.check(procedure.get(), command.formData(), workflow.reservedNames()));
            violations.addAll(DocumentRules.check(procedure.get(), command));
        }
        if (violations.isEmpty()) {
            DossierWorkflow.Routing routing = workflow.route(procedure.get(), unit.get(), command.formData());
            if (routing.outcome() == DossierWorkflow.Routing.Outcome.NOT_RECEIVED_HERE) {
                violations.add(new Violation("receivingUnitCode",
                        unit.get().name() + " không tiếp nhận thủ tục " + procedure.get().name(),
                        unit.get().nameEn() + " does not receive this procedure"));
            } else if (routing.outcome() == DossierWorkflow.Routing.Outcome.NO_UNIT_SERVES) {
                String field = placeField(command.formData(), routing.communeCode());
                violations.add(new Violation(field,
                        "Không có cơ quan có thẩm quyền (" + routing.bodyKind() + ") phục vụ xã mã " + routing.communeCode()
                                + " trong dữ liệu tổ chức của tỉnh",
                        "No competent body (" + routing.bodyKind() + ") serves commune " + routing.communeCode()
                                + " in the province's organisation data"));
            }
        }
        // A reused paper must be the applicant's own signed result; asked only when everything else is right.
        List<Held> reused = new ArrayList<>();
        if (violations.isEmpty()) {
            for (int i = 0; i < command.reusedPapers().size(); i++) {
                SubmitDossier.Reuse reuse = command.reusedPapers().get(i);
                Optional<HeldPapers.HeldPaper> held = heldPapers.signedResultOf(reuse.dossierCode(), command.applicant().idNumber());
                String paper = procedure.get().fields().stream().filter(f -> f.key().equals(reuse.documentKey()))
                        .map(vn.motcua.catalog.FormField::label).findFirst().orElse(reuse.documentKey());
                if (held.isPresent()) {
                    reused.add(new Held(reuse.documentKey(), paper, held.get()));
                } else {
                    String code = reuse.dossierCode().length() > 40 ? reuse.dossierCode().substring(0, 40) + "…" : reuse.dossierCode();
                    violations.add(new Violation("reusedPapers[" + i + "].dossierCode",
                            "Không có kết quả điện tử đã ký của hồ sơ " + code + " cấp cho người có số định danh này; "
                                    + "hãy tải lên tệp của giấy tờ \"" + paper + "\"",
                            "No signed electronic result of dossier " + code + " is held for this ID number; upload the file of \""
                                    + paper + "\" instead"));
                }
            }
        }
        // The National Population Database is asked last, once everything else is right.
        PopulationRegistry.Result registry = null;
        if (violations.isEmpty()) {
            registry = identity.verify(command.applicant().idNumber(), command.applicant().fullName(),
                    command.applicant().birthDate());
            if (registry == PopulationRegistry.Result.NOT_FOUND) {
                violations.add(new Violation("applicant.idNumber", ApplicantIdentity.NOT_FOUND_VI, ApplicantIdentity.NOT_FOUND_EN));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(procedure.get(), unit.get(), terms, registry, List.copyOf(reused));
    }

    /** The form field that gave the commune the decision used, else the receiving point (whose commune it was). */
    private static String placeField(Map<String, Object> formData, String communeCode) {
        if (formData != null && communeCode != null) {
            for (String key : vn.motcua.catalog.ProcessVariables.PLACE_INPUTS.stream().sorted().toList()) {
                if (communeCode.equals(formData.get(key))) {
                    return "formData." + key;
                }
            }
        }
        return "receivingUnitCode";
    }

    /** Counter and postal dossiers are registered by the receiving point's own receivers; online ones by anyone. */
    private static void requireReceiverUnlessOnline(SubmitDossier command, Optional<Officer> officer) {
        if (command.channel() == Channel.ONLINE) {
            return;
        }
        if (officer.isEmpty()) {
            throw new InsufficientAuthenticationException("Counter and postal dossiers are registered by a receiver");
        }
        if (!officer.get().has(command.receivingUnitCode(), Role.RECEIVER)) {
            throw new AccessDeniedException("Only a receiver of " + command.receivingUnitCode() + " registers its dossiers");
        }
    }

    private String toJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** @param identity what the National Population Database said about the applicant */
    private record Checked(Procedure procedure, Unit receivingPoint, ChannelTerms terms, PopulationRegistry.Result identity,
                           List<Held> reused) {
    }

    /** A reused paper as checked: the document it stands for and the signed result the state holds. */
    private record Held(String documentKey, String paper, HeldPapers.HeldPaper held) {
    }
}
