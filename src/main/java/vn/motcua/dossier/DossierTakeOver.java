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

    /** The dossier continues in the engine: its process instance. */
    public void attachProcess(UUID dossierId, String processInstanceId) {
        dossiers.attachProcess(dossierId, processInstanceId);
    }

    public boolean exists(String code) {
        return dossiers.findByCode(code).isPresent();
    }
}
