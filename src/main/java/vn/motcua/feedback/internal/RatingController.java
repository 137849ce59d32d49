package vn.motcua.feedback.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ApplicantProof;

/** The applicant rates the service from tracking, with their proof (dossier code and ID number, in the body). */
@RestController
class RatingController {

    private final ServiceRatings ratings;

    RatingController(ServiceRatings ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/v1/tracking/rating")
    @ResponseStatus(HttpStatus.CREATED)
    void rate(@Valid @RequestBody RatingRequest request) {
        ratings.rate(new ApplicantProof(request.dossierCode(), request.idNumber()), request.rating(), request.comment());
    }

    record RatingRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber,
                         @NotNull ServiceRatings.Rating rating, @Size(max = 2000) @vn.motcua.input.MultiLine String comment) {
    }
}
