package vn.motcua.integration.internal;

import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.problem.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The dead-letter list of the NPSP sync: what administrators see and put back in the line, once the cause is fixed
 * (DOMAIN.md: in other provinces one failed call blocked a dossier until an administrator re-queued it; here a dead
 * entry blocks nothing, and re-queueing is for getting it delivered at all). A progress entry goes back as it was (it
 * carries the time of its step); a dead snapshot is replaced by a fresh one of the dossier as it is now, so the NPSP
 * never goes back in time. Every re-queue is audited.
 */
class NpspDeadLetters {

    private final NpspOutbox outbox;
    private final NpspRecorder recorder;
    private final DossierQueries dossiers;
    private final AuditTrail audit;
    private final Clock clock;

    NpspDeadLetters(NpspOutbox outbox, NpspRecorder recorder, DossierQueries dossiers, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.recorder = recorder;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    List<NpspOutbox.DeadLetter> list(int limit) {
        return outbox.deadLetters(limit);
    }

    @Transactional
    void requeue(UUID entryId) {
        NpspOutbox.Entry dead = outbox.dead(entryId).orElseThrow(() -> new NotFoundException("npsp-entry", entryId.toString(),
                "Không có bản ghi đồng bộ lỗi " + entryId, "No dead NPSP entry " + entryId));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (NpspMessages.SNAPSHOT.equals(dead.service())) {
            outbox.replace(entryId);
            recorder.enqueueSnapshot(dossiers.forSystem(dead.dossierCode()).orElseThrow(), now);
        } else {
            outbox.requeue(entryId, now);
        }
        audit.record("NPSP_REQUEUE", "DOSSIER", dead.dossierCode(), null, dead.service() + " " + entryId);
    }
}
