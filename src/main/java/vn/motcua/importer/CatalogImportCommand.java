package vn.motcua.importer;

import vn.motcua.importer.internal.CatalogImporter;
import vn.motcua.importer.internal.CatalogSource;
import vn.motcua.importer.internal.ImplementingLevel;
import vn.motcua.importer.internal.Issue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Command line of the catalog importer (see {@link CatalogImporter}).
 *
 * <pre>
 * mvn -B -q compile exec:java -Dexec.mainClass=vn.motcua.importer.CatalogImportCommand \
 *     -Dexec.args="--source ../shared/data/tthc-catalog"
 * </pre>
 *
 * <dl>
 *   <dt>{@code --source PATH}</dt><dd>the export {@code procedure_details_tinh_xa.json} or its folder (required);
 *   {@code procedures.csv} next to it, if present, supplies missing agencies</dd>
 *   <dt>{@code --out DIR}</dt><dd>the project root to write into (default {@code .})</dd>
 *   <dt>{@code --overwrite-edited}</dt><dd>also replace generated models an analyst edited (default: keep them)</dd>
 *   <dt>{@code --dry-run}</dt><dd>write nothing, print what would happen</dd>
 * </dl>
 * Prints progress every 100 procedures and a summary. Exit status 0, or 2 on bad arguments, 1 on failure.
 */
public final class CatalogImportCommand {

    static final String USAGE = """
            Usage: CatalogImportCommand --source <export file or folder> [--out <project root>] [--overwrite-edited] [--dry-run]
              --source            procedure_details_tinh_xa.json or the folder holding it (e.g. ../shared/data/tthc-catalog)
              --out               project root to write processes/catalog, decisions/catalog, forms/catalog and
                                  catalog-import-report.md into (default: .)
              --overwrite-edited  replace generated models that an analyst has edited (default: keep them)
              --dry-run           write nothing; print what would happen
            """;

    private CatalogImportCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path source = null;
        Path target = Path.of(".");
        boolean overwriteEdited = false;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--out" -> target = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--overwrite-edited" -> overwriteEdited = true;
                case "--dry-run" -> dryRun = true;
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    err.println("Unknown argument: " + args[i]);
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        if (source == null || target == null) {
            err.print(USAGE);
            return 2;
        }
        if (!Files.exists(CatalogSource.resolve(source))) {
            err.println("No catalog export at " + CatalogSource.resolve(source).toAbsolutePath().normalize());
            return 2;
        }
        try {
            out.println("Nhập danh mục TTHC / catalog import from " + CatalogSource.resolve(source).toAbsolutePath().normalize()
                    + (dryRun ? " (dry run: nothing is written)" : ""));
            CatalogImporter.Result result = CatalogImporter.run(
                    new CatalogImporter.Options(source, target.toAbsolutePath().normalize(), overwriteEdited, dryRun), out::println);
            summary(result, dryRun, out);
            return 0;
        } catch (RuntimeException e) {
            err.println("Import failed: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        }
    }

    private static void summary(CatalogImporter.Result r, boolean dryRun, PrintStream out) {
        Map<ImplementingLevel, Integer> levels = r.generatedByLevel();
        out.printf("%d rows read; %d procedures generated (COMMUNE %d, PROVINCE %d)%n", r.rowsRead(), r.generated(),
                levels.getOrDefault(ImplementingLevel.COMMUNE, 0), levels.getOrDefault(ImplementingLevel.PROVINCE, 0));
        Map<Issue.Kind, Integer> reasons = r.report().rowsByReason();
        out.printf("skipped: %d with a hand-made model, %d duplicate codes, %d not province/commune level, %d unusable codes%n",
                reasons.getOrDefault(Issue.Kind.HAND_MADE_MODEL, 0), reasons.getOrDefault(Issue.Kind.DUPLICATE_CODE, 0),
                reasons.getOrDefault(Issue.Kind.NOT_PROVINCE_OR_COMMUNE, 0), reasons.getOrDefault(Issue.Kind.INVALID_CODE, 0));
        String verb = dryRun ? "would be " : "";
        out.printf("model files: %d %screated, %d %supdated, %d unchanged, %d %soverwritten although edited, %d kept because edited by hand%n",
                r.files().getOrDefault(CatalogImporter.Outcome.CREATED, 0), verb,
                r.files().getOrDefault(CatalogImporter.Outcome.UPDATED, 0), verb,
                r.files().getOrDefault(CatalogImporter.Outcome.UNCHANGED, 0),
                r.files().getOrDefault(CatalogImporter.Outcome.OVERWRITTEN_EDITED, 0), verb,
                r.files().getOrDefault(CatalogImporter.Outcome.KEPT_EDITED, 0));
        list(out, "kept (edited by hand; --overwrite-edited replaces them)", r.keptEdited());
        list(out, verb + "removed (generated, unedited, procedure no longer generated)", r.removedStale());
        list(out, "kept although no longer generated (edited by hand)", r.keptStale());
        out.printf("%s: %d rows not parsed cleanly%s%n", CatalogImporter.REPORT, r.report().problemRows().size(),
                dryRun ? " (not written: dry run)" : "");
        r.report().rowsByReason().forEach((kind, count) -> out.printf("  %-95s %5d%n", kind.label(), count));
        out.printf("done in %.1f s%n", r.millis() / 1000.0);
    }

    private static void list(PrintStream out, String what, List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        out.printf("%d %s:%n", files.size(), what);
        files.stream().limit(50).forEach(f -> out.println("  " + f));
        if (files.size() > 50) {
            out.println("  …");
        }
    }
}
