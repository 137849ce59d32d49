package vn.motcua.feedback.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ApplicantProof;

import java.util.List;

/**
 * Complaints and recommendations (phản ánh, kiến nghị), public: about the sender's dossier with the tracking proof,
 * or about a procedure with their name and ID number; the answer is read back with the complaint's code and the ID
 * number, and tracking lists a dossier's complaints with their answers.
 */
@RestController
class ComplaintController {

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** About the applicant's own dossier (proof as tracking). */
    @PostMapping("/api/v1/tracking/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintIntake.Filed aboutDossier(@Valid @RequestBody DossierComplaint request) {
        return intake.aboutDossier(new ApplicantProof(request.dossierCode(), request.idNumber()), request.kind(),
                request.content());
    }

    /** The complaints about the applicant's dossier with their answers (tracking). */
    @PostMapping("/api/v1/tracking/complaints/list")
    List<ComplaintIntake.Filed> ofDossier(@Valid @RequestBody ApplicantProof proof) {
        return intake.aboutDossier(proof);
    }

    /** About a procedure of the catalog. */
    @PostMapping("/api/v1/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintIntake.Filed aboutProcedure(@Valid @RequestBody ProcedureComplaint request) {
        return intake.aboutProcedure(request.procedureCode(), request.kind(), request.fullName(), request.idNumber(),
                request.email(), request.phone(), request.content());
    }

    /** One complaint and its answer, by its code and the sender's ID number. */
    @PostMapping("/api/v1/complaints/status")
    ComplaintIntake.Filed status(@Valid @RequestBody StatusRequest request) {
        return intake.find(request.code(), request.idNumber());
    }

    /** The sender rates the answer (satisfied or not), once, after it was given (766 indicator 5.3). */
    @PostMapping("/api/v1/complaints/rating")
    ComplaintIntake.Filed rateAnswer(@Valid @RequestBody RatingRequest request) {
        return intake.rateAnswer(request.code(), request.idNumber(), request.rating());
    }

    record DossierComplaint(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber,
                            @NotNull ComplaintIntake.Kind kind, @NotBlank @Size(max = 4000) String content) {
    }

    record ProcedureComplaint(@NotBlank @Size(max = 40) String procedureCode, @NotNull ComplaintIntake.Kind kind,
                              @NotBlank @Size(max = 200) String fullName,
                              @NotBlank @Pattern(regexp = "\\d{12}") String idNumber,
                              @Email @Size(max = 200) String email, @Size(max = 20) String phone,
                              @NotBlank @Size(max = 4000) String content) {
    }

    record RatingRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 12) String idNumber,
                         @NotNull ComplaintIntake.AnswerRating rating) {
    }

    record StatusRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 12) String idNumber) {
    }
}
