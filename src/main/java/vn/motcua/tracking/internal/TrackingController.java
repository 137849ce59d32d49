package vn.motcua.tracking.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierWithdrawal;
import vn.motcua.slips.AvailableSlip;

import java.util.List;

/**
 * Public tracking without login, with the applicant's proof ({@link ApplicantProof}: dossier code and ID number, in
 * the body). An unknown code and a wrong ID number get the same 404.
 */
@RestController
@RequestMapping("/api/v1/tracking")
class TrackingController {

    private final DossierQueries queries;
    private final DossierWithdrawal withdrawal;

    TrackingController(DossierQueries queries, DossierWithdrawal withdrawal) {
        this.queries = queries;
        this.withdrawal = withdrawal;
    }

    /** Status, timeline, due date and handling unit, with the slips the applicant can download now. */
    @PostMapping
    TrackingAnswer track(@Valid @RequestBody ApplicantProof proof) {
        DossierQueries.DossierDetails details = queries.forApplicant(proof);
        return new TrackingAnswer(queries.tracking(details), AvailableSlip.forApplicant(details));
    }

    /** The applicant asks to withdraw their dossier; the agency confirms the stop (status 8, form 05). */
    @PostMapping("/withdrawal")
    DossierQueries.Tracking withdraw(@Valid @RequestBody WithdrawalRequest request) {
        withdrawal.request(request.proof(), request.reason());
        return queries.tracking(queries.forApplicant(request.proof()));
    }

    /** The applicant's proof and their reason, in one flat body (the fields as in {@link ApplicantProof}). */
    record WithdrawalRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber,
                             @NotBlank @Size(max = 2000) @vn.motcua.input.MultiLine String reason) {

        ApplicantProof proof() {
            return new ApplicantProof(dossierCode, idNumber);
        }
    }

    record TrackingAnswer(@JsonUnwrapped DossierQueries.Tracking tracking, List<AvailableSlip> slips) {
    }
}
