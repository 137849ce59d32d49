/**
 * Errors as RFC 9457 {@code application/problem+json}, in Vietnamese and English, for the whole application: the
 * exceptions other modules throw for a business outcome ({@link vn.motcua.problem.InvalidInputException} with the
 * offending fields, {@link vn.motcua.problem.NotFoundException}, {@link vn.motcua.problem.RuleViolationException}),
 * and, internally, the one advice that renders them and the framework's own errors (malformed JSON, oversized bodies
 * and uploads). It depends on no other module, so every module may use it.
 */
package vn.motcua.problem;
