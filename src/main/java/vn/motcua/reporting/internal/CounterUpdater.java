package vn.motcua.reporting.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the 766 counters current: on every dossier step, inside the step's own transaction (so a crash or a rollback
 * leaves counters and dossiers agreeing), re-reads the dossier as the step left it, projects it and adds the difference
 * between its new and old contribution. The projection row is locked first, so two nodes handling steps of one
 * dossier take turns; counter rows are updated in key order, so they never deadlock each other.
 *
 * <p>The work is done once per dossier, just before the transaction commits: a submission's steps (submitted, then
 * those its process takes at once) make one refresh, and the counter rows, which every submission to the same unit and
 * procedure in the month shares, stay locked only for the commit instead of the whole submission (the lock held from
 * the first step made submissions to one unit take turns: BENCHMARKS.md, issue 19).
 *
 * <p>The facts other modules hold (NPSP sync, fees, digitisation marks, complaints, ratings: {@link Contribution.Facts})
 * are read from them when a dossier is first projected, and again when one of their events says they changed
 * ({@link vn.motcua.integration.DossierSynced}, {@link vn.motcua.payment.FeeRecorded}, {@link
 * vn.motcua.dossier.PapersMarked}, {@link vn.motcua.feedback.DossierFeedbackGiven}); a step carries them over unread.
 *
 * <p>{@code motcua.reporting.counters.enabled=false} leaves the counters alone: for the load benchmark's "what do the
 * counters cost a submission" only (a node without them makes the dashboards wrong; {@link ReportingRebuild} repairs).
 */
@Component
@ConditionalOnProperty(name = "motcua.reporting.counters.enabled", havingValue = "true", matchIfMissing = true)
class CounterUpdater {

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final CounterStore store;
    private final OpenAtMonthEnd openAtMonthEnd;
    private final ModuleFacts moduleFacts;
    private final OpenNow openNow;

    CounterUpdater(DossierQueries dossiers, ProcedureCatalog catalog, CounterStore store, OpenAtMonthEnd openAtMonthEnd,
                   ModuleFacts moduleFacts, OpenNow openNow) {
        this.openNow = openNow;
        this.moduleFacts = moduleFacts;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.store = store;
        this.openAtMonthEnd = openAtMonthEnd;
    }

    @EventListener
    void on(DossierStep step) {
        later(step.dossierId(), new Work(step.code(), true, false));
    }

    @EventListener
    void on(vn.motcua.integration.DossierSynced synced) {
        later(synced.dossierId(), Work.FACTS);
    }

    @EventListener
    void on(vn.motcua.payment.FeeRecorded fee) {
        later(fee.dossierId(), Work.FACTS);
    }

    @EventListener
    void on(vn.motcua.dossier.PapersMarked marked) {
        later(marked.dossierId(), Work.FACTS);
    }

    @EventListener
    void on(vn.motcua.feedback.DossierFeedbackGiven feedback) {
        later(feedback.dossierId(), Work.FACTS);
    }

    /**
     * What a transaction asks of a dossier's projection: a step re-reads the dossier ({@code code} known), a module's
     * event its facts.
     */
    private record Work(String code, boolean step, boolean facts) {
        static final Work FACTS = new Work(null, false, true);

        Work and(Work o) {
            return new Work(code != null ? code : o.code, step || o.step, facts || o.facts);
        }
    }

    private void later(UUID dossierId, Work work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(dossierId, work);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.done) {
            // a step another synchronization took while the transaction commits: too late to wait
            refresh(dossierId, work);
        } else {
            pending.dossiers.merge(dossierId, work, Work::and);
        }
    }

    /** The dossiers a transaction stepped, refreshed in id order before it commits (two nodes lock them alike). */
    private final class Pending implements TransactionSynchronization {
        final TreeMap<UUID, Work> dossiers = new TreeMap<>();
        boolean done;

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Map.Entry<UUID, Work> next; (next = dossiers.pollFirstEntry()) != null; ) {
                refresh(next.getKey(), next.getValue());
            }
            done = true;
        }

        // a transaction started inside this one (REQUIRES_NEW) refreshes its own dossiers when it commits
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(CounterUpdater.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(CounterUpdater.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CounterUpdater.this);
        }
    }

    private void refresh(UUID dossierId, Work work) {
        Optional<Contribution.Row> before = store.lock(dossierId);
        if (!work.step()) {
            // a module's facts only: a dossier not projected yet gets them with its first step (or the rebuild)
            before.ifPresent(b -> {
                Contribution.Row after = b.withFacts(moduleFacts.of(dossierId));
                if (!after.equals(b)) {
                    Map<Contribution.Key, long[]> delta = Contribution.difference(b, after);
                    store.saveFacts(dossierId, after.facts());
                    store.add(delta);
                    openAtMonthEnd.apply(b, after, delta);
                }
            });
            return;
        }
        Optional<DossierFacts> facts = dossiers.forSystem(work.code()).map(d -> TimelineFacts.of(d.dossier(), d.timeline(),
                d.identity(), catalog.find(d.dossier().procedureCode()).map(Procedure::field).orElse("")));
        if (facts.isEmpty()) {
            return;
        }
        boolean carried = before.isPresent() && before.get().facts().read() && !work.facts();
        Contribution.Row after = Contribution.row(facts.get(), carried ? before.get().facts() : moduleFacts.of(dossierId));
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        Map<Contribution.Key, long[]> delta = Contribution.difference(before.orElse(null), after);
        store.save(dossierId, work.code(), after, before.isPresent());
        store.add(delta);
        openAtMonthEnd.apply(before.orElse(null), after, delta);   // after the projection row is written: see OpenAtMonthEnd
        openNow.apply(List.of(new OpenAtMonthEnd.Change(before.orElse(null), after)));
    }
}
