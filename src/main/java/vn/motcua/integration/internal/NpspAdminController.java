package vn.motcua.integration.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Administrators (role ADMINISTRATOR, the {@code /api/v1/admin/**} gate): the state of the NPSP sync and its
 * dead-letter list. Nothing here shows a credential, a session or an entry's payload (the applicant's data).
 */
@RestController
@RequestMapping("/api/v1/admin/npsp")
// no class-level @Validated: Spring MVC's own method validation refuses a bad limit as a 400 problem (with it,
// the method-validation proxy's ConstraintViolationException was a 500)
class NpspAdminController {

    private final NpspDeadLetters deadLetters;
    private final NpspMetrics metrics;
    private final NpspClient client;

    NpspAdminController(NpspDeadLetters deadLetters, NpspMetrics metrics, NpspClient client) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.client = client;
    }

    @GetMapping("/sync")
    SyncState state() {
        return new SyncState(client.configured(), client.calls().circuitState().name(), metrics.queueLength(),
                metrics.oldestAge().toSeconds(), metrics.deadLetters());
    }

    @GetMapping("/dead-letters")
    List<NpspOutbox.DeadLetter> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @PostMapping("/dead-letters/{entryId}/requeue")
    ResponseEntity<Void> requeue(@PathVariable UUID entryId) {
        deadLetters.requeue(entryId);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param circuit CLOSED, OPEN (the NPSP is being spared after repeated failures) or HALF_OPEN, on this node
     */
    record SyncState(boolean configured, String circuit, long queueLength, long oldestUndeliveredSeconds,
                     long deadLetters) {
    }
}
