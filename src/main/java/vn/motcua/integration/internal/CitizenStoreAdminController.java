package vn.motcua.integration.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditTrail;
import vn.motcua.problem.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Administrators (role ADMINISTRATOR, the {@code /api/v1/admin/**} gate): the signed results the citizen's data store
 * never took ({@code citizen_store_outbox} entries DEAD after {@code max-attempts}), and putting one back in the line
 * once the cause is fixed; the sender delivers it at its next round. Every retry is audited. Nothing here shows the
 * document itself or a credential. The NPSP sync's dead entries: {@link NpspAdminController}.
 */
@RestController
@RequestMapping("/api/v1/admin/citizen-store")
// no class-level @Validated: Spring MVC's own method validation refuses a bad limit as a 400 problem
class CitizenStoreAdminController {

    private final CitizenStoreOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenStoreAdminController(CitizenStoreOutbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dead-letters")
    DeadLetters list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return new DeadLetters(outbox.deadCount(), outbox.deadLetters(limit));
    }

    /** 204 once back in the line; 404 (problem) for an entry that is not dead (unknown, or already retried). */
    @PostMapping("/dead-letters/{entryId}/retry")
    @Transactional
    ResponseEntity<Void> retry(@PathVariable UUID entryId) {
        String dossierCode = outbox.deadDossierCode(entryId).orElseThrow(() -> notDead(entryId));
        if (!outbox.retry(entryId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS))) {
            throw notDead(entryId);
        }
        audit.record("CITIZEN_STORE_RETRY", "DOSSIER", dossierCode, null, "citizen-store " + entryId);
        return ResponseEntity.noContent().build();
    }

    private static NotFoundException notDead(UUID entryId) {
        return new NotFoundException("citizen-store-entry", entryId.toString(),
                "Không có lượt gửi kho dữ liệu công dân bị lỗi hẳn (DEAD) mã " + entryId,
                "No dead delivery to the citizen's data store " + entryId);
    }

    /** @param total all dead deliveries; {@code entries} the first {@code limit} of them, oldest first */
    record DeadLetters(long total, List<CitizenStoreOutbox.DeadDelivery> entries) {
    }
}
