package vn.motcua.workflow.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (role ADMINISTRATOR) move the running dossiers of a procedure to the version of its process an analyst
 * deployed: {@code plan} shows the mapping and the dossiers that would be stranded (nothing changes), {@code apply}
 * migrates all of them or, when any would be stranded, refuses (409) with them listed. Each application is audited.
 */
@RestController
@RequestMapping("/api/v1/admin/process-migrations")
class ProcessMigrationController {

    private final ProcessMigration migration;

    ProcessMigrationController(ProcessMigration migration) {
        this.migration = migration;
    }

    /** @param targetVersion absent: the latest deployed */
    record MigrationRequest(@NotBlank String processKey, @Positive int sourceVersion, @Positive Integer targetVersion) {
        ProcessMigration.Request request() {
            return new ProcessMigration.Request(processKey, sourceVersion, targetVersion);
        }
    }

    record PlanView(ProcessMigration.Plan plan, boolean valid) {
    }

    @PostMapping("/plan")
    PlanView plan(@Valid @RequestBody MigrationRequest body) {
        ProcessMigration.Plan plan = migration.plan(body.request());
        return new PlanView(plan, plan.valid());
    }

    @PostMapping("/apply")
    ProcessMigration.Applied apply(@Valid @RequestBody MigrationRequest body) {
        return migration.apply(body.request());
    }
}
