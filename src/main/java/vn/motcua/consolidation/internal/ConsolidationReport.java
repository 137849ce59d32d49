package vn.motcua.consolidation.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What became of an export's lines: every line is imported (new, or unchanged because imported before) or rejected,
 * per old province and status, so that {@code lines = imported + unchanged + rejected} can be checked row by row.
 */
record ConsolidationReport(UUID runId, String fileName, boolean dryRun, boolean finished, LocalDateTime startedAt,
                           LocalDateTime finishedAt, long linesDone, Totals totals, List<Row> byProvinceAndStatus,
                           List<ConsolidationRuns.Rejection> rejections) {

    record Totals(long lines, long imported, long importedHistory, long importedInProgress, long unchanged, long rejected) {
    }

    /** @param oldProvinceCode "??" when the line did not say */
    record Row(String oldProvinceCode, int status, long lines, long imported, long unchanged, long rejected) {
    }

    static ConsolidationReport of(ConsolidationRuns.Run run, List<ConsolidationRuns.Count> counts,
                                  List<ConsolidationRuns.Rejection> rejections) {
        Map<String, long[]> rows = new TreeMap<>();
        long imported = 0, history = 0, inProgress = 0, unchanged = 0, rejected = 0;
        for (ConsolidationRuns.Count c : counts) {
            long[] row = rows.computeIfAbsent(c.oldProvinceCode() + "|" + String.format("%02d", c.status()), k -> new long[4]);
            row[0] += c.lines();
            switch (c.outcome()) {
                case "IMPORTED" -> {
                    row[1] += c.lines();
                    imported += c.lines();
                    if ("IN_PROGRESS".equals(c.kind())) {
                        inProgress += c.lines();
                    } else {
                        history += c.lines();
                    }
                }
                case "UNCHANGED" -> {
                    row[2] += c.lines();
                    unchanged += c.lines();
                }
                default -> {
                    row[3] += c.lines();
                    rejected += c.lines();
                }
            }
        }
        List<Row> list = rows.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            long[] v = e.getValue();
            return new Row(key[0], Integer.parseInt(key[1]), v[0], v[1], v[2], v[3]);
        }).toList();
        return new ConsolidationReport(run.id(), run.fileName(), run.dryRun(), run.finishedAt() != null, run.startedAt(),
                run.finishedAt(), run.linesDone(), new Totals(imported + unchanged + rejected, imported, history, inProgress,
                unchanged, rejected), list, rejections);
    }
}
