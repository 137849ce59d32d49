package vn.motcua.dossier;

import java.time.LocalDateTime;

/** One step on a dossier's timeline: what happened, at which step, who did it, in which unit. */
public record TimelineEntry(LocalDateTime occurredAt, String action, DossierStatus status, String step,
                            String actor, String unitCode, String toUnitCode) {
}
