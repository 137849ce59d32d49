package vn.motcua.dossier;

import vn.motcua.dossier.internal.DossierSubmission;
import vn.motcua.dossier.internal.SubmitDossier;
import vn.motcua.dossier.internal.SubmittedDossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Channel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Online dossiers that reach the province through another portal (the National Public Service Portal's connector,
 * {@code vn.motcua.integration}): they take exactly the path of the province's own online submission (the same
 * checks, identity check included, code, routing by the procedure's decision, process), so a dossier is the same
 * whichever portal the citizen used (Decree 118/2025/NĐ-CP: receiving online through the NPSP or the province's
 * portal). Joins the caller's transaction, so the caller can store its own reference with the dossier atomically.
 *
 * @throws vn.motcua.problem.InvalidInputException when the dossier breaks a rule; nothing is stored
 */
@Service
public class DossierIntake {

    private final DossierSubmission submission;

    DossierIntake(DossierSubmission submission) {
        this.submission = submission;
    }

    @Transactional
    public Received receiveOnline(OnlineApplication application) {
        SubmittedDossier submitted = submission.submit(new SubmitDossier(application.procedureCode(),
                new SubmitDossier.Applicant(application.idNumber(), application.fullName(), application.email(),
                        application.phone(), application.birthDate()),
                application.receivingUnitCode(), Channel.ONLINE, application.formData(), java.util.List.of(), null, true),
                Optional.empty());
        return new Received(submitted.dossierId(), submitted.code(), submitted.status(), submitted.receivedAt(),
                submitted.dueAt(), submitted.identityStatus());
    }

    /** An online application as another portal forwards it. */
    public record OnlineApplication(String procedureCode, String receivingUnitCode, String idNumber, String fullName,
                                    LocalDate birthDate, String email, String phone, Map<String, Object> formData) {
    }

    public record Received(UUID dossierId, String code, DossierStatus status, LocalDateTime receivedAt,
                           LocalDateTime dueAt, IdentityVerification.Status identity) {
    }
}
