package vn.motcua.importer;

import vn.motcua.importer.internal.unitmapping.MergerRow;
import vn.motcua.importer.internal.unitmapping.OldUnits;
import vn.motcua.importer.internal.unitmapping.UnitMapping;
import vn.motcua.importer.internal.unitmapping.UnitMatcher;
import vn.motcua.importer.internal.unitmapping.UnitMappingWriter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Derives the old-to-new commune mapping of a merged province from the published texts (see {@link UnitMatcher}) and
 * writes it as the project's own files: the migration that loads it and the report to review.
 *
 * <pre>
 * mvn -B -q -o compile exec:java -Dexec.mainClass=vn.motcua.importer.UnitMappingCommand \
 *     -Dexec.args="--shared ../shared/data --province 68 --migration src/main/resources/db/migration/V81__lam_dong_unit_mapping.sql --report unit-mapping-report.md"
 * </pre>
 * Without {@code --migration}/{@code --report} it prints the counts only. Exit status 0, 2 on bad arguments.
 */
public final class UnitMappingCommand {

    private UnitMappingCommand() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path shared = null;
        String province = null;
        Path migration = null;
        Path report = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[i + 1]);
                case "--province" -> province = args[i + 1];
                case "--migration" -> migration = Path.of(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                default -> {
                    err.println("Unknown argument: " + args[i]);
                    return 2;
                }
            }
        }
        if (shared == null || province == null) {
            err.println("Usage: UnitMappingCommand --shared <data folder> --province <new province code> "
                    + "[--migration <file.sql>] [--report <file.md>]");
            return 2;
        }
        UnitMapping mapping = new UnitMatcher(OldUnits.read(shared.resolve("vn-admin-units-2024")))
                .map(MergerRow.read(shared.resolve("vn-admin-units-2025/merger_2025-07-01.csv")), province);
        String source = "vn-admin-units-2024/{provinces,districts,wards}.csv and vn-admin-units-2025/merger_2025-07-01.csv "
                + "(MIT, thanglequoc/vietnamese-provinces-database)";
        if (migration != null) {
            Files.writeString(migration, UnitMappingWriter.migration(mapping, source), StandardCharsets.UTF_8);
        }
        if (report != null) {
            Files.writeString(report, UnitMappingWriter.report(mapping, source), StandardCharsets.UTF_8);
        }
        out.println(UnitMappingWriter.counts(mapping) + "; " + mapping.unresolved().size() + " text items unresolved");
        return 0;
    }
}
