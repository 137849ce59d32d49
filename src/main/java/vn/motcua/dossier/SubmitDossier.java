package vn.motcua.dossier;

import vn.motcua.catalog.Channel;

import java.util.Map;

/** A request to register a new dossier, from the counter (an officer) or online (the applicant). */
public record SubmitDossier(String procedureCode, Applicant applicant, String receivingUnitCode, Channel channel,
                            Map<String, Object> formData) {

    public record Applicant(String idNumber, String fullName, String email, String phone) {
    }
}
