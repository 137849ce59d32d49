package vn.motcua.tracking.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierWithdrawal;
import vn.motcua.dossier.ResultReturn;
import vn.motcua.dossier.ResultReturnChoice;
import vn.motcua.payment.FeeRecords;
import vn.motcua.result.ResultDocuments;
import vn.motcua.slips.AvailableSlip;

import java.time.LocalDateTime;
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
    private final ResultReturnChoice resultReturn;
    private final FeeRecords fees;
    private final ResultDocuments results;

    TrackingController(DossierQueries queries, DossierWithdrawal withdrawal, ResultReturnChoice resultReturn,
                       FeeRecords fees, ResultDocuments results) {
        this.queries = queries;
        this.withdrawal = withdrawal;
        this.resultReturn = resultReturn;
        this.fees = fees;
        this.results = results;
    }

    /**
     * The applicant changes where they receive the result (at the receiving point, at another receiving point of the
     * province, by post, electronically) until the result is ready.
     */
    @PostMapping("/result-return")
    DossierQueries.Tracking changeResultReturn(@Valid @RequestBody ResultReturnRequest request) {
        resultReturn.changeByApplicant(request.proof(), new ResultReturn(request.method(), request.unitCode(),
                request.postalAddress()));
        return queries.tracking(queries.forApplicant(request.proof()));
    }

    /** The applicant's proof and their choice, in one flat body. */
    record ResultReturnRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber,
                               @NotNull ResultReturn.Method method, @Size(max = 40) String unitCode,
                               @Size(max = 500) String postalAddress) {

        ApplicantProof proof() {
            return new ApplicantProof(dossierCode, idNumber);
        }
    }

    /**
     * Status, timeline, due date and handling unit, with the slips the applicant can download now and the signed
     * electronic result when there is one.
     */
    @PostMapping
    TrackingAnswer track(@Valid @RequestBody ApplicantProof proof) {
        DossierQueries.DossierDetails details = queries.forApplicant(proof);
        ElectronicResult result = results.signed(details.dossier().id()).stream().findFirst()
                .map(d -> new ElectronicResult(d.title(), d.fileName(), d.signedAt())).orElse(null);
        return new TrackingAnswer(queries.tracking(details), AvailableSlip.forApplicant(details,
                fees.receipt(details.dossier().id()).isPresent()), result,
                resultReturn.current(details.dossier().id()), resultReturn.changeable(details.dossier().status()));
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

    /**
     * @param electronicResult         the signed electronic result once the leader approved it (download:
     *                                 {@code POST /api/v1/tracking/result}), else null
     * @param resultReturn             where the applicant receives the result, as chosen (at the receiving point
     *                                 unless they chose otherwise)
     * @param resultReturnChangeable   whether {@code POST /api/v1/tracking/result-return} can still change it
     */
    record TrackingAnswer(@JsonUnwrapped DossierQueries.Tracking tracking, List<AvailableSlip> slips,
                          ElectronicResult electronicResult, ResultReturn resultReturn, boolean resultReturnChangeable) {
    }

    /** The signed result as tracking lists it. */
    record ElectronicResult(String title, String fileName, LocalDateTime signedAt) {
    }
}
