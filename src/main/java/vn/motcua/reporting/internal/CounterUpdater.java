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

    CounterUpdater(DossierQueries dossiers, ProcedureCatalog catalog, CounterStore store, OpenAtMonthEnd openAtMonthEnd) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.store = store;
        this.openAtMonthEnd = openAtMonthEnd;
    }

    @EventListener
    void on(DossierStep step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(step.dossierId(), step.code());
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
            refresh(step.dossierId(), step.code());
        } else {
            pending.dossiers.put(step.dossierId(), step.code());
        }
    }

    /** The dossiers a transaction stepped, refreshed in id order before it commits (two nodes lock them alike). */
    private final class Pending implements TransactionSynchronization {
        final TreeMap<UUID, String> dossiers = new TreeMap<>();
        boolean done;

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Map.Entry<UUID, String> next; (next = dossiers.pollFirstEntry()) != null; ) {
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

    void refresh(UUID dossierId, String code) {
        Optional<Contribution.Row> before = store.lock(dossierId);
        Optional<DossierFacts> facts = dossiers.forSystem(code).map(d -> TimelineFacts.of(d.dossier(), d.timeline(),
                d.identity(), catalog.find(d.dossier().procedureCode()).map(Procedure::field).orElse("")));
        if (facts.isEmpty()) {
            return;
        }
        Contribution.Row after = Contribution.row(facts.get());
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        Map<Contribution.Key, long[]> delta = Contribution.difference(before.orElse(null), after);
        store.save(dossierId, code, after, before.isPresent());
        store.add(delta);
        openAtMonthEnd.apply(before.orElse(null), after, delta);   // after the projection row is written: see OpenAtMonthEnd
    }
}
