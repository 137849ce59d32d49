package vn.motcua.dossier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.internal.ResultReturnChoices;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.InvalidInputException.Violation;
import vn.motcua.security.Officer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where the applicant receives the result ({@link ResultReturn}): checked and recorded at submission, changed by the
 * applicant (tracking, with the dossier code and ID number) or by the receiving point's receiver (at the counter) until
 * the result is ready. Every choice goes on the dossier's timeline and into the dossier's process, whose shared return
 * model branches on it.
 */
@Service
public class ResultReturnChoice {

    /** From here the result is ready (or there is none): the choice stands as it is. */
    private static final Set<DossierStatus> TOO_LATE = EnumSet.of(DossierStatus.NOT_ACCEPTED, DossierStatus.STOPPED,
            DossierStatus.FINISHED, DossierStatus.RETURNED, DossierStatus.WITHDRAWAL_REQUESTED);
    static final int MAX_ADDRESS = 500;

    private final ResultReturnChoices choices;
    private final UnitDirectory units;
    private final DossierQueries queries;
    private final DossierProgress progress;
    private final DossierWorkflow workflow;
    private final Clock clock;

    ResultReturnChoice(ResultReturnChoices choices, UnitDirectory units, DossierQueries queries, DossierProgress progress,
                       DossierWorkflow workflow, Clock clock) {
        this.choices = choices;
        this.units = units;
        this.queries = queries;
        this.progress = progress;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What is wrong with a choice, each named under {@code prefix} (e.g. {@code resultReturn.unitCode}); none if right. */
    public List<Violation> problems(ResultReturn choice, String prefix) {
        List<Violation> violations = new ArrayList<>();
        if (choice == null) {
            return violations;
        }
        switch (choice.method()) {
            case AT_OTHER_POINT -> {
                Unit point = choice.unitCode() == null ? null : units.find(choice.unitCode()).orElse(null);
                if (point == null || !point.receivesDossiers()) {
                    violations.add(new Violation(prefix + ".unitCode",
                            "Chọn một điểm tiếp nhận trong tỉnh để nhận kết quả"
                                    + (choice.unitCode() == null ? "" : ": " + choice.unitCode() + " không phải điểm tiếp nhận"),
                            "Choose a receiving point of the province to collect the result"
                                    + (choice.unitCode() == null ? "" : ": " + choice.unitCode() + " is not a receiving point")));
                }
            }
            case POSTAL -> {
                if (choice.postalAddress() == null) {
                    violations.add(new Violation(prefix + ".postalAddress", "Nhập địa chỉ nhận kết quả qua bưu chính",
                            "Give the address the post delivers the result to"));
                } else if (choice.postalAddress().length() > MAX_ADDRESS) {
                    violations.add(new Violation(prefix + ".postalAddress", "Địa chỉ quá dài (tối đa " + MAX_ADDRESS + " ký tự)",
                            "The address is too long (at most " + MAX_ADDRESS + " characters)"));
                }
            }
            default -> {
            }
        }
        return violations;
    }

    /** Whether the choice can still be changed for a dossier in this status (until the result is ready). */
    public boolean changeable(DossierStatus status) {
        return !TOO_LATE.contains(status);
    }

    /** The dossier's current choice: at the receiving point unless the applicant chose otherwise. */
    public ResultReturn current(UUID dossierId) {
        return choices.find(dossierId).orElse(ResultReturn.AT_RECEIVING_POINT);
    }

    /**
     * Records the choice made at submission, in the submission's transaction (checked before with {@link #problems}),
     * and returns it as the dossier's process is to be told at its start ({@link DossierWorkflow.NewDossier}): at the
     * receiving point when the applicant made none.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public ResultReturn chosenAtSubmission(Dossier dossier, ResultReturn choice, String actor) {
        ResultReturn effective = choice == null ? ResultReturn.AT_RECEIVING_POINT : choice;
        choices.save(dossier.id(), effective, now(), actor);
        if (effective.method() != ResultReturn.Method.AT_RECEIVING_POINT) {
            String point = effective.returnPoint(dossier.receivingUnitCode());
            progress.record(dossier.id(), "RETURN_CHOICE", point,
                    effective.describe(units.find(point).map(Unit::name).orElse(point)), "Chọn nơi, cách nhận kết quả", actor);
        }
        return effective;
    }

    /**
     * The applicant changes where they receive the result.
     *
     * @throws DossierNotFoundException for a code and ID number that do not match (as an unknown code)
     * @throws DossierRuleViolation     once the result is ready, or when there is none
     */
    @Transactional
    public ResultReturn changeByApplicant(ApplicantProof proof, ResultReturn choice) {
        return change(queries.forApplicant(proof).dossier(), choice, "applicant");
    }

    /** The receiving point's receiver records the applicant's new choice at the counter. */
    @Transactional
    public ResultReturn changeByOfficer(String code, Officer officer, ResultReturn choice) {
        Dossier dossier = queries.forOfficer(code, officer).orElseThrow(() -> new DossierNotFoundException(code)).dossier();
        if (!officer.has(dossier.receivingUnitCode(), Role.RECEIVER)) {
            throw new AccessDeniedException("Only the receiving point records where the result is returned");
        }
        return change(dossier, choice, officer.userId());
    }

    private ResultReturn change(Dossier dossier, ResultReturn choice, String actor) {
        List<Violation> violations = problems(choice, "resultReturn");
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!changeable(dossier.status())) {
            throw new DossierRuleViolation("Hồ sơ ở trạng thái \"" + dossier.status().labelVi()
                    + "\": không thể đổi nơi, cách nhận kết quả",
                    "The dossier is \"" + dossier.status().labelEn().toLowerCase()
                            + "\": where the result is returned can no longer be changed");
        }
        choices.save(dossier.id(), choice, now(), actor);
        String point = choice.returnPoint(dossier.receivingUnitCode());
        progress.record(dossier.id(), "RETURN_CHOICE", point,
                choice.describe(units.find(point).map(Unit::name).orElse(point)),
                "Đổi nơi, cách nhận kết quả", actor);
        workflow.resultReturnChosen(dossier.code(), choice, point);
        return choice;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
