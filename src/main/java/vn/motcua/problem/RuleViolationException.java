package vn.motcua.problem;

/**
 * An action breaks a rule of the domain at this moment (409): the reason in Vietnamese and English; nothing
 * changed. Modules subclass it with their own rules.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageVi;
    private final String messageEn;

    public RuleViolationException(String messageVi, String messageEn) {
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
