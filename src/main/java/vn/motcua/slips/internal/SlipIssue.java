package vn.motcua.slips.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A slip being issued: the dossier, the timeline entry (at {@code index}) that called for the slip, and who it is
 * printed for.
 */
record SlipIssue(DossierDetails details, TimelineEntry entry, int index, SlipRenderer.Audience audience) {

    Dossier dossier() {
        return details.dossier();
    }

    /** The due date in force once the issuing step was done (e.g. the appointment on the receipt, form 01). */
    LocalDateTime dueAfter() {
        return dueInForce(details, index, true);
    }

    /** The due date in force just before the issuing step (e.g. the appointment an apology, form 04, replaces). */
    LocalDateTime dueBefore() {
        return dueInForce(details, index, false);
    }

    /**
     * The due date in force at timeline entry {@code index}: the latest due date set by a step up to it (the entry
     * itself included or not); if no step ever moved the due date, the dossier's own due date; otherwise (the
     * first due date was moved by a later step and no step recorded it) unknown, {@code null}.
     */
    static LocalDateTime dueInForce(DossierDetails details, int index, boolean inclusive) {
        List<TimelineEntry> timeline = details.timeline();
        for (int i = inclusive ? index : index - 1; i >= 0; i--) {
            if (timeline.get(i).dueAt() != null) {
                return timeline.get(i).dueAt();
            }
        }
        boolean movedLater = timeline.stream().skip(inclusive ? index + 1L : index).anyMatch(e -> e.dueAt() != null);
        return movedLater ? null : details.dossier().dueAt();
    }
}
