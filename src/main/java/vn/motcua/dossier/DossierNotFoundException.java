package vn.motcua.dossier;

import vn.motcua.problem.NotFoundException;

/**
 * A dossier the caller may not see, answered exactly as one that does not exist (404), so that dossier codes cannot be
 * probed: an officer outside the dossier's units, or an applicant whose ID number does not match the code.
 */
public class DossierNotFoundException extends NotFoundException {

    /** For an officer: the code is unknown, or the dossier is none of their units' business. */
    public DossierNotFoundException(String code) {
        this(code, "Không tìm thấy hồ sơ " + code, "Dossier " + code + " not found");
    }

    private DossierNotFoundException(String code, String messageVi, String messageEn) {
        super("dossier", code, messageVi, messageEn);
    }

    /** For an applicant: the message says neither whether the code exists nor which of the two did not match. */
    static DossierNotFoundException forApplicant(String code) {
        return new DossierNotFoundException(code, "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                "No dossier matches this dossier code and ID number");
    }
}
