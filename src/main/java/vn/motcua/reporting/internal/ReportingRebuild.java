package vn.motcua.reporting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierQueries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Builds the projection and the counters of the dossiers that have none: those received before the counters existed
 * (V85) and never touched since, or a node run with the counters switched off. A page of dossiers at a time, each page
 * in its own transaction with its counter increments summed per key (one upsert per key and page, in key order like
 * the live steps). Dossiers that already have a projection are left alone, so it can run again, and on a live system:
 * a step that projects a dossier of the page first makes the page fail on its key and run again, skipping it.
 */
@Component
public class ReportingRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReportingRebuild.class);
    private static final int PAGE = 500;

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final CounterStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OpenAtMonthEnd openAtMonthEnd;
    private final ModuleFacts moduleFacts;
    private final OpenNow openNow;

    ReportingRebuild(DossierQueries dossiers, ProcedureCatalog catalog, CounterStore store, JdbcClient jdbc,
                     TransactionTemplate tx, OpenAtMonthEnd openAtMonthEnd, ModuleFacts moduleFacts, OpenNow openNow) {
        this.openNow = openNow;
        this.moduleFacts = moduleFacts;
        this.openAtMonthEnd = openAtMonthEnd;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** @param dossiers dossiers read; @param projected of them, those that had no projection and got one */
    public record Result(long dossiers, long projected) {
    }

    /** @param progress called after each page with the number of dossiers read so far */
    public Result rebuild(LongConsumer progress) {
        long read = 0;
        long projected = 0;
        String after = null;
        for (List<String> page = dossiers.codesAfter(null, PAGE); !page.isEmpty(); page = dossiers.codesAfter(after, PAGE)) {
            List<String> codes = page;
            Integer done;
            try {
                done = tx.execute(s -> page(codes));
            } catch (DuplicateKeyException e) {
                log.info("A step projected a dossier of the page {}..{} meanwhile: the page again", codes.get(0), after);
                done = tx.execute(s -> page(codes));
            }
            projected += done == null ? 0 : done;
            read += codes.size();
            after = codes.get(codes.size() - 1);
            progress.accept(read);
        }
        return new Result(read, projected);
    }

    private int page(List<String> codes) {
        Set<String> projected = new HashSet<>(jdbc.sql("select dossier_code from report_dossier where dossier_code in (:codes)")
                .param("codes", codes).query(String.class).list());
        List<DossierQueries.DossierDetails> details = new ArrayList<>(codes.size());
        codes.stream().filter(c -> !projected.contains(c)).forEach(c -> dossiers.forSystem(c).ifPresent(details::add));
        if (details.isEmpty()) {
            return 0;
        }
        Set<UUID> have = new HashSet<>(jdbc.sql("select dossier_id from report_dossier where dossier_id in (:ids)")
                .param("ids", details.stream().map(d -> d.dossier().id()).toList())
                .query(UUID.class).list());
        Map<UUID, Contribution.Facts> facts = moduleFacts.of(details.stream().map(d -> d.dossier().id())
                .filter(id -> !have.contains(id)).toList());
        Map<Contribution.Key, long[]> sum = new TreeMap<>();
        List<OpenAtMonthEnd.Change> changes = new ArrayList<>();
        int n = 0;
        for (DossierQueries.DossierDetails d : details) {
            if (have.contains(d.dossier().id())) {
                continue;
            }
            Contribution.Row row = Contribution.row(TimelineFacts.of(d.dossier(), d.timeline(), d.identity(),
                    catalog.find(d.dossier().procedureCode()).map(Procedure::field).orElse("")), facts.get(d.dossier().id()));
            store.save(d.dossier().id(), d.dossier().code(), row, false);
            Contribution.of(row).forEach((k, v) -> Contribution.add(sum, k, v, 1));
            changes.add(new OpenAtMonthEnd.Change(null, row));
            n++;
        }
        store.add(sum);
        openAtMonthEnd.apply(changes, sum);
        openNow.apply(changes);
        return n;
    }
}
