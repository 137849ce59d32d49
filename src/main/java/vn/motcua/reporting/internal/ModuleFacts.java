package vn.motcua.reporting.internal;

import org.springframework.stereotype.Component;
import vn.motcua.dossier.PaperMarks;
import vn.motcua.feedback.Complaints;
import vn.motcua.feedback.ServiceRatingFigures;
import vn.motcua.integration.NpspSyncLedger;
import vn.motcua.payment.FeeRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads from the modules that hold them the facts of dossiers the 766 index counts ({@link Contribution.Facts}):
 * five indexed reads by dossier id, for one dossier (a step or a module's event) or a page of them (the rebuild, the
 * recount, the backfill).
 */
@Component
class ModuleFacts {

    private final NpspSyncLedger sync;
    private final FeeRecords fees;
    private final PaperMarks paperMarks;
    private final Complaints complaints;
    private final ServiceRatingFigures ratings;

    ModuleFacts(NpspSyncLedger sync, FeeRecords fees, PaperMarks paperMarks, Complaints complaints,
                ServiceRatingFigures ratings) {
        this.sync = sync;
        this.fees = fees;
        this.paperMarks = paperMarks;
        this.complaints = complaints;
        this.ratings = ratings;
    }

    Contribution.Facts of(UUID dossierId) {
        return of(List.of(dossierId)).get(dossierId);
    }

    /** The facts of each of these dossiers (read, all false for a dossier no module knows). */
    Map<UUID, Contribution.Facts> of(Collection<UUID> dossierIds) {
        Set<UUID> synced = sync.synced(dossierIds);
        Map<UUID, Boolean> paidOnline = fees.paidOnlineByDossier(dossierIds);
        Map<UUID, PaperMarks.Counts> marks = paperMarks.counts(dossierIds);
        Set<UUID> complained = complaints.complainedAbout(dossierIds);
        Set<UUID> notSatisfied = ratings.ratedNotSatisfied(dossierIds);
        Map<UUID, Contribution.Facts> out = new HashMap<>();
        for (UUID id : dossierIds) {
            PaperMarks.Counts m = marks.getOrDefault(id, PaperMarks.Counts.NONE);
            out.put(id, new Contribution.Facts(true, synced.contains(id), paidOnline.containsKey(id),
                    Boolean.TRUE.equals(paidOnline.get(id)), m.digitised() > 0, m.reused() > 0, complained.contains(id),
                    notSatisfied.contains(id)));
        }
        return out;
    }
}
