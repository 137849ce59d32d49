package vn.motcua.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Moving a dossier along its lifecycle, as the process models say: status changes, handovers between units
 * (the process control slip, form 06 of Circular 03/2025/TT-VPCP) and consultations. Always joins the
 * engine's transaction, so the dossier and the process never disagree.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierProgress {

    private final DossierRepository dossiers;
    private final Clock clock;

    DossierProgress(DossierRepository dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public void changeStatus(UUID dossierId, DossierStatus status, String step, String actor) {
        Dossier dossier = load(dossierId);
        LocalDateTime now = now();
        dossiers.updateStatus(dossierId, status, now);
        dossiers.addEvent(dossierId, new TimelineEntry(now, "STATUS", status, step, actor, dossier.handlingUnitCode(), null));
    }

    public void handOver(UUID dossierId, String toUnitCode, String step, String actor) {
        Dossier dossier = load(dossierId);
        if (dossier.handlingUnitCode().equals(toUnitCode)) {
            return;
        }
        dossiers.updateHandlingUnit(dossierId, toUnitCode);
        dossiers.addEvent(dossierId, new TimelineEntry(now(), "HANDOVER", dossier.status(), step, actor,
                dossier.handlingUnitCode(), toUnitCode));
    }

    public void consult(UUID dossierId, String unitCode, String step, String actor) {
        Dossier dossier = load(dossierId);
        dossiers.addEvent(dossierId, new TimelineEntry(now(), "CONSULT", dossier.status(), step, actor,
                dossier.handlingUnitCode(), unitCode));
    }

    private Dossier load(UUID dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new IllegalStateException("The process refers to dossier " + dossierId + " which does not exist"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
