package vn.motcua.dossier;

/**
 * An officer's or applicant's action breaks a rule of the lifecycle (a new appointment date before the old
 * one, a withdrawal after the result ...). Carries the reason in Vietnamese and English; nothing changed.
 */
public class DossierRuleViolation extends RuntimeException {

    private final String messageVi;
    private final String messageEn;

    public DossierRuleViolation(String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
