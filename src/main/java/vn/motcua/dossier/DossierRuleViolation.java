package vn.motcua.dossier;

import vn.motcua.problem.RuleViolationException;

/**
 * An officer's or applicant's action breaks a rule of the lifecycle (a new appointment date before the old
 * one, a withdrawal after the result ...). Nothing changed.
 */
public class DossierRuleViolation extends RuleViolationException {

    public DossierRuleViolation(String messageVi, String messageEn) {
        super(messageVi, messageEn);
    }
}
