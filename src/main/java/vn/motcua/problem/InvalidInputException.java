package vn.motcua.problem;

import java.util.List;

/**
 * The request is well-formed but breaks a rule; nothing was stored. Each violation names the field
 * (JSON path as the client sent it) with a Vietnamese and an English message.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String messageVi, String messageEn) {
        this(List.of(new Violation(field, messageVi, messageEn)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String messageVi, String messageEn) {
    }
}
