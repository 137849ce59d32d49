package vn.motcua.dossier.internal;

import vn.motcua.dossier.PopulationRegistry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;

/**
 * The portal's identity step before an online submission: is this ID number, with this name, in the National
 * Population Database? Public, so the number travels in the body (not the URL) and the answer is never cached; an
 * invalid number is a 400 naming {@code idNumber}. The submission checks again itself: this answer is for the citizen.
 */
@RestController
class IdentityCheckController {

    private final ApplicantIdentity identity;

    IdentityCheckController(ApplicantIdentity identity) {
        this.identity = identity;
    }

    @PostMapping("/api/v1/identity-checks")
    ResponseEntity<IdentityCheckAnswer> check(@Valid @RequestBody IdentityCheckRequest request) {
        ApplicantIdentity.Check check = identity.check(request.idNumber().strip(), request.fullName(), request.birthDate());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new IdentityCheckAnswer(check.result(), check.result() == PopulationRegistry.Result.FOUND,
                        check.messageVi(), check.messageEn(), check.checkedAt()));
    }

    /** @param birthDate optional: compared with the database's when given */
    record IdentityCheckRequest(@NotBlank @Size(max = 12) String idNumber, @NotBlank @Size(max = 200) String fullName,
                                @vn.motcua.input.BirthDate java.time.LocalDate birthDate) {
    }

    record IdentityCheckAnswer(PopulationRegistry.Result result, boolean verified, String messageVi, String messageEn,
                               LocalDateTime checkedAt) {
    }
}
