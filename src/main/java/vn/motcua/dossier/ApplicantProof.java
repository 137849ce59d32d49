package vn.motcua.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The applicant's proof that a dossier is theirs, for what they do without logging in (public tracking, their slips,
 * withdrawal): the dossier code and their ID number. It travels in the request body, never in the URL, so that the ID
 * number stays out of access logs and browser history. {@link DossierQueries#forApplicant(ApplicantProof)} checks it.
 */
public record ApplicantProof(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber) {
}
