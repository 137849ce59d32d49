package vn.motcua.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierQueries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The full recount: every dossier's contribution computed again from its row and timeline, summed, and compared with
 * the counters kept incrementally (the check behind "counters equal a recount"; an operator can run it too), and the
 * month-end counters of the open dossiers with the scan they stand for.
 */
@Component
public class ReportingRecount {

    private static final int PAGE = 500;

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final JdbcClient jdbc;
    private final OpenAtMonthEnd openAtMonthEnd;
    private final ModuleFacts moduleFacts;
    private final OpenNow openNow;

    ReportingRecount(DossierQueries dossiers, ProcedureCatalog catalog, JdbcClient jdbc, OpenAtMonthEnd openAtMonthEnd,
                     ModuleFacts moduleFacts, OpenNow openNow) {
        this.openNow = openNow;
        this.moduleFacts = moduleFacts;
        this.openAtMonthEnd = openAtMonthEnd;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /**
     * @param differences one line per counter key whose kept counts differ from the recount; empty when they agree
     */
    public record Comparison(int dossiers, int counterRows, List<String> differences) {
    }

    @Transactional(readOnly = true)
    public Comparison compare() {
        Map<Contribution.Key, long[]> expected = new TreeMap<>();
        int count = 0;
        String after = null;
        for (List<String> page = dossiers.codesAfter(null, PAGE); !page.isEmpty(); page = dossiers.codesAfter(after, PAGE)) {
            List<DossierQueries.DossierDetails> details = new ArrayList<>();
            page.forEach(code -> dossiers.forSystem(code).ifPresent(details::add));
            // the other modules' facts as they hold them now, not as the projection remembers them
            Map<java.util.UUID, Contribution.Facts> facts = moduleFacts.of(details.stream().map(d -> d.dossier().id()).toList());
            for (DossierQueries.DossierDetails d : details) {
                Contribution.of(Contribution.row(TimelineFacts.of(d.dossier(), d.timeline(), d.identity(),
                                catalog.find(d.dossier().procedureCode()).map(Procedure::field).orElse("")),
                                facts.get(d.dossier().id())))
                        .forEach((k, v) -> Contribution.add(expected, k, v, 1));
            }
            count += page.size();
            after = page.get(page.size() - 1);
        }
        expected.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        Map<Contribution.Key, long[]> kept = new TreeMap<>();
        jdbc.sql("select period_month, unit_code, procedure_code, field_code, channel, "
                        + String.join(", ", Contribution.COLUMNS) + " from report_counter")
                .query((rs, n) -> {
                    long[] v = new long[Contribution.COLUMNS.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(6 + i);
                    }
                    return Map.entry(new Contribution.Key(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)), v);
                }).list().forEach(e -> kept.put(e.getKey(), e.getValue()));
        kept.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
        List<String> differences = new ArrayList<>();
        TreeMap<Contribution.Key, Boolean> keys = new TreeMap<>();
        expected.keySet().forEach(k -> keys.put(k, true));
        kept.keySet().forEach(k -> keys.put(k, true));
        for (Contribution.Key k : keys.keySet()) {
            long[] e = expected.getOrDefault(k, new long[Contribution.COLUMNS.length]);
            long[] c = kept.getOrDefault(k, new long[Contribution.COLUMNS.length]);
            if (!Arrays.equals(e, c)) {
                differences.add(k + ": kept " + Arrays.toString(c) + ", recounted " + Arrays.toString(e));
            }
        }
        // the month-end counters of the open dossiers against the scan of the projection they stand for
        differences.addAll(openAtMonthEnd.differences());
        // and the closed months' roll-ups against the counters they sum
        differences.addAll(openAtMonthEnd.rollupDifferences());
        // and the dossiers open now against the projection's open rows
        differences.addAll(openNow.differences());
        return new Comparison(count, kept.size(), differences);
    }
}
