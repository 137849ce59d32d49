package vn.motcua.reporting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads the module facts ({@link Contribution.Facts}) of the projections written before they were counted (V163) and
 * adds them to the counters: after start-up, on a thread of its own, a page of 500 projections per transaction, each
 * page's rows locked (on PostgreSQL the rows a step or another node holds are skipped and taken by a later page), so
 * it runs on a live system and on every node at once. A dossier stepped meanwhile reads its facts with the step. Until
 * it is done the score says how many dossiers still wait ({@code factsPending}).
 */
@Component
@ConditionalOnProperty(name = "motcua.reporting.counters.enabled", havingValue = "true", matchIfMissing = true)
public class ReportingFactsBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReportingFactsBackfill.class);
    private static final int PAGE = 500;

    private final CounterStore store;
    private final ModuleFacts moduleFacts;
    private final OpenAtMonthEnd openAtMonthEnd;
    private final TransactionTemplate tx;
    private volatile boolean stopping;

    ReportingFactsBackfill(CounterStore store, ModuleFacts moduleFacts, OpenAtMonthEnd openAtMonthEnd,
                           TransactionTemplate tx) {
        this.store = store;
        this.moduleFacts = moduleFacts;
        this.openAtMonthEnd = openAtMonthEnd;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread t = new Thread(() -> {
            try {
                long done = backfill();
                if (done > 0) {
                    log.info("The 766 facts of {} dossiers projected before they were counted are read", done);
                }
            } catch (RuntimeException e) {
                if (!stopping) {
                    log.warn("Reading the 766 facts of earlier dossiers stopped ({}); the next start goes on", e.toString());
                }
            }
        }, "report-facts-backfill");
        t.setDaemon(true);
        t.start();
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    /** Reads every unread projection's facts, a page at a time; the number of projections updated. */
    public long backfill() {
        long done = 0;
        long pages = 0;
        while (!stopping) {
            Integer n = tx.execute(s -> page());
            if (n == null || n == 0) {
                // pages whose rows were all held elsewhere leave them unread: wait for those, then stop when none is left
                if (store.unread() == 0) {
                    break;
                }
                sleep();
                continue;
            }
            done += n;
            if (++pages % 20 == 0) {
                log.info("Reading the 766 facts of earlier dossiers: {} done, {} left", done, store.unread());
            }
        }
        return done;
    }

    private int page() {
        Map<UUID, Contribution.Row> rows = store.lockUnread(PAGE);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UUID, Contribution.Facts> facts = moduleFacts.of(rows.keySet());
        Map<Contribution.Key, long[]> sum = new TreeMap<>();
        List<OpenAtMonthEnd.Change> changes = new ArrayList<>();
        rows.forEach((id, before) -> {
            Contribution.Row after = before.withFacts(facts.get(id));
            store.saveFacts(id, after.facts());
            Contribution.difference(before, after).forEach((k, v) -> Contribution.add(sum, k, v, 1));
            changes.add(new OpenAtMonthEnd.Change(before, after));
        });
        sum.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(x -> x == 0));
        store.add(sum);
        openAtMonthEnd.apply(changes, sum);
        return rows.size();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
