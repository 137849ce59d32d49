package vn.motcua.dossier.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.ClientAddress;

/**
 * Every step on a dossier's timeline becomes an audit row ({@code DOSSIER_<action>}), in the transaction of the
 * step. A plain {@code @EventListener}: {@link DossierActivity} is published inside that transaction, so the row
 * commits or rolls back with the step, and a failure to write it fails the step.
 */
@Component
class DossierAuditing {

    private final AuditTrail audit;

    DossierAuditing(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DossierActivity activity) {
        String detail = "trạng thái / status " + activity.status().code() + " (" + activity.status().labelEn() + ")"
                + (activity.step() == null ? "" : "; " + activity.step())
                + (activity.toUnitCode() == null ? "" : "; → " + activity.toUnitCode());
        audit.record(actor(activity.actor()), "DOSSIER_" + activity.action(), "DOSSIER", activity.code(),
                activity.unitCode(), detail);
    }

    /**
     * The process says {@code system} when no engine user moved it; if a request did (an officer through the
     * app's API, a citizen through tracking), the caller of that request is the actor.
     */
    private static String actor(String timelineActor) {
        if (AuditTrail.SYSTEM.equals(timelineActor) && ClientAddress.current().isPresent()) {
            return AuditTrail.currentActor();
        }
        return timelineActor;
    }
}
