package vn.motcua.dossier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierRepository;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Dossiers taken over from another system (the merged provinces' old systems, {@code vn.motcua.consolidation}): stored
 * as they stand there, code, dates and timeline included, without the submission's checks and without telling anyone
 * (the old system already told the applicant and the national portal). Joins the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierTakeOver {

    private final DossierRepository dossiers;

    DossierTakeOver(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /** Stores the dossier and its timeline, oldest step first. The code must be new (checked by the caller). */
    public void store(Dossier dossier, List<TimelineEntry> timeline) {
        dossiers.insert(dossier, null, IdentityVerification.Status.UNKNOWN, null, null);
        timeline.stream().sorted(Comparator.comparing(TimelineEntry::occurredAt))
                .forEach(step -> dossiers.addEvent(dossier.id(), step));
    }

    /** A dossier to take over and its timeline. */
    public record TakenOver(Dossier dossier, List<TimelineEntry> timeline) {
    }

    /** Stores several dossiers and their timelines (oldest step first) in batched statements. Codes must be new. */
    public void storeAll(List<TakenOver> taken) {
        List<java.util.Map.Entry<UUID, TimelineEntry>> events = new java.util.ArrayList<>();
        for (TakenOver t : taken) {
            t.timeline().stream().sorted(Comparator.comparing(TimelineEntry::occurredAt))
                    .forEach(step -> events.add(java.util.Map.entry(t.dossier().id(), step)));
        }
        dossiers.insertAll(taken.stream().map(TakenOver::dossier).toList(), events);
    }

    /** The codes among {@code codes} that are dossiers of this system already. */
    public java.util.Set<String> existing(java.util.Collection<String> codes) {
        return dossiers.existingCodes(codes);
    }

    /** The dossier continues in the engine: its process instance. */
    public void attachProcess(UUID dossierId, String processInstanceId) {
        dossiers.attachProcess(dossierId, processInstanceId);
    }

    public boolean exists(String code) {
        return dossiers.findByCode(code).isPresent();
    }
}
