package vn.motcua.tracking.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierWithdrawal;
import vn.motcua.slips.AvailableSlip;
import vn.motcua.problem.NotFoundException;

import java.util.List;

/**
 * Public tracking without login. The ID number travels in the body, not the URL, so it stays out of
 * access logs and browser history.
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
    TrackingAnswer track(@Valid @RequestBody TrackingRequest request) {
        DossierQueries.DossierDetails details = queries.forApplicant(request.dossierCode().trim(),
                request.idNumber().trim()).orElseThrow(() -> notFound(request.dossierCode()));
        return new TrackingAnswer(queries.tracking(details), AvailableSlip.forApplicant(details));
    }

    /** The applicant asks to withdraw their dossier; the agency confirms the stop (status 8, form 05). */
    @PostMapping("/withdrawal")
    DossierQueries.Tracking withdraw(@Valid @RequestBody WithdrawalRequest request) {
        String code = request.dossierCode().trim();
        String idNumber = request.idNumber().trim();
        if (!withdrawal.request(code, idNumber, request.reason())) {
            throw notFound(code);
        }
        return queries.track(code, idNumber).orElseThrow(() -> notFound(code));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("dossier", code,
                "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                "No dossier matches this dossier code and ID number");
    }

    record WithdrawalRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record TrackingAnswer(@JsonUnwrapped DossierQueries.Tracking tracking, List<AvailableSlip> slips) {
    }

    record TrackingRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber) {
    }
}
