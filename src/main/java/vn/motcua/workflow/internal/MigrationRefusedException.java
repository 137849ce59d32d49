package vn.motcua.workflow.internal;

import vn.motcua.problem.RuleViolationException;

import java.util.stream.Collectors;

/** A migration that would strand dossiers (or whose plan is invalid): refused, nothing migrated. */
class MigrationRefusedException extends RuleViolationException {

    MigrationRefusedException(ProcessMigration.Plan plan) {
        super("Không chuyển phiên bản: " + plan.stranded().size() + " hồ sơ đang ở bước không còn trong phiên bản "
                        + plan.targetVersion() + " (" + list(plan) + ")" + problems(plan) + "; không hồ sơ nào bị chuyển",
                "Migration refused: " + plan.stranded().size() + " dossiers wait at steps version " + plan.targetVersion()
                        + " does not have (" + list(plan) + ")" + problems(plan) + "; no dossier was migrated");
    }

    private static String list(ProcessMigration.Plan plan) {
        return plan.stranded().stream().map(s -> s.dossierCode() + "@" + s.activityId()).collect(Collectors.joining(", "));
    }

    private static String problems(ProcessMigration.Plan plan) {
        return plan.planProblems().isEmpty() ? "" : "; " + String.join("; ", plan.planProblems());
    }
}
