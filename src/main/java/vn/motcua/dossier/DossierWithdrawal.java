package vn.motcua.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * The applicant asks to withdraw their dossier (Decree 118/2025/NĐ-CP; status 7). Allowed until the
 * result is ready; the agency then confirms the stop in the process (status 8, form 05).
 */
@Service
public class DossierWithdrawal {

    /** Once one of these is reached there is nothing left to withdraw. */
    private static final Set<DossierStatus> CLOSED = EnumSet.of(DossierStatus.NOT_ACCEPTED,
            DossierStatus.WITHDRAWAL_REQUESTED, DossierStatus.STOPPED, DossierStatus.FINISHED, DossierStatus.RETURNED);

    private final DossierQueries queries;
    private final DossierWorkflow workflow;

    DossierWithdrawal(DossierQueries queries, DossierWorkflow workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }

    /**
     * @throws DossierNotFoundException when the code and ID number do not match a dossier (answered like an unknown
     *                                  code)
     * @throws DossierRuleViolation     when the dossier can no longer be withdrawn
     */
    @Transactional
    public void request(ApplicantProof proof, String reason) {
        Dossier dossier = queries.forApplicant(proof).dossier();
        if (CLOSED.contains(dossier.status())) {
            throw new DossierRuleViolation("Hồ sơ ở trạng thái \"" + dossier.status().labelVi() + "\", không thể rút",
                    "The dossier is \"" + dossier.status().labelEn().toLowerCase() + "\" and can no longer be withdrawn");
        }
        if (!workflow.withdrawalRequested(dossier.code(), reason.trim())) {
            throw new DossierRuleViolation("Hồ sơ không còn được xử lý, không thể rút",
                    "The dossier is no longer being processed and cannot be withdrawn");
        }
    }
}
