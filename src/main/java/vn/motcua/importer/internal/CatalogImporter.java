package vn.motcua.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the province's catalog of procedure models from the catalog export: for each province- or commune-level
 * procedure {@code processes/catalog/tthc-<code>.bpmn}, {@code decisions/catalog/authority-<code>.dmn} and
 * {@code forms/catalog/form-<code>.form}, and the report {@code catalog-import-report.md}.
 *
 * <ul>
 *   <li>Deterministic: the same export gives byte-identical files (no timestamps; the report sorted by code), and an
 *       unchanged file is not rewritten.</li>
 *   <li>A generated file that an analyst edited (its content no longer matches its {@link GeneratedMarker}) is kept,
 *       and listed, unless {@link Options#overwriteEdited()}.</li>
 *   <li>A code that already has a hand-made model outside {@code catalog/} (process, decision or form) is not
 *       generated; a code seen twice is generated from its first row. Both are reported.</li>
 *   <li>A generated, unedited file whose procedure is no longer generated is removed (an edited one is kept and
 *       listed).</li>
 * </ul>
 */
public final class CatalogImporter {

    public static final String CATALOG = "catalog";
    public static final String REPORT = "catalog-import-report.md";
    private static final Pattern USABLE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,60}");
    private static final Pattern HAND_MADE_BPMN = Pattern.compile(
            "<camunda:property name=\"motcua\\.code\" value=\"([^\"]+)\"|<(?:bpmn2?:)?process id=\"tthc-([^\"]+)\"");
    private static final Pattern HAND_MADE_DMN = Pattern.compile("<(?:\\w+:)?decision id=\"authority-([^\"]+)\"");
    private static final Pattern HAND_MADE_FORM = Pattern.compile("\"id\"\\s*:\\s*\"form-([^\"]+)\"");

    /**
     * @param source          the export file or its folder
     * @param out             the project root (the folders processes/, decisions/, forms/ and the report go there)
     * @param overwriteEdited replace generated files an analyst edited
     * @param dryRun          write and remove nothing; say what would happen
     */
    public record Options(Path source, Path out, boolean overwriteEdited, boolean dryRun) {
    }

    /** What happened to one model file. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, KEPT_EDITED, OVERWRITTEN_EDITED
    }

    /**
     * @param rowsRead         rows in the export
     * @param generatedByLevel procedures generated, by level
     * @param files            model files by outcome
     * @param keptEdited       generated files kept because they were edited (relative paths)
     * @param removedStale     generated files removed because their procedure is no longer generated
     * @param keptStale        edited files of procedures no longer generated, kept
     * @param report           the report's facts
     * @param millis           how long the run took
     */
    public record Result(int rowsRead, Map<ImplementingLevel, Integer> generatedByLevel, Map<Outcome, Integer> files,
                         List<String> keptEdited, List<String> removedStale, List<String> keptStale,
                         ImportReport report, long millis) {

        public int generated() {
            return generatedByLevel.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private CatalogImporter() {
    }

    public static Result run(Options options, Consumer<String> progress) {
        long started = System.nanoTime();
        Path exportFile = CatalogSource.resolve(options.source());
        List<CatalogRow> rows = CatalogSource.read(exportFile);
        Map<String, String> officialAgencies = OfficialList.agencies(exportFile);
        Map<String, String[]> officialTexts = OfficialList.texts(exportFile);
        Path out = options.out();
        Map<String, List<String>> handMade = handMadeModels(out);

        ImportReport report = new ImportReport(CatalogSource.FILE_NAME, rows.size());
        Map<ImplementingLevel, Integer> byLevel = new EnumMap<>(ImplementingLevel.class);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> keptEdited = new ArrayList<>();
        Set<Path> written = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();

        int done = 0;
        for (CatalogRow row : rows) {
            process(row, options, out, officialAgencies, officialTexts, handMade, firstRow, report, byLevel, outcomes, keptEdited, written);
            done++;
            if (done % 100 == 0 || done == rows.size()) {
                progress.accept("  %d/%d thủ tục / procedures".formatted(done, rows.size()));
            }
        }

        List<String> removed = new ArrayList<>();
        List<String> keptStale = new ArrayList<>();
        for (Path folder : catalogFolders(out)) {
            for (Path file : list(folder)) {
                if (written.contains(file)) {
                    continue;
                }
                String name = out.relativize(file).toString();
                if (GeneratedMarker.forFile(file.getFileName().toString()).untouched(read(file))) {
                    removed.add(name);
                    if (!options.dryRun()) {
                        delete(file);
                    }
                } else {
                    keptStale.add(name);
                }
            }
        }

        report.generated(byLevel);
        if (!options.dryRun()) {
            writeIfChanged(out.resolve(REPORT), report.render());
        }
        return new Result(rows.size(), byLevel, outcomes, keptEdited, removed, keptStale, report,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void process(CatalogRow row, Options options, Path out, Map<String, String> officialAgencies,
                                Map<String, String[]> officialTexts,
                                Map<String, List<String>> handMade, Map<String, Integer> firstRow, ImportReport report,
                                Map<ImplementingLevel, Integer> byLevel, Map<Outcome, Integer> outcomes,
                                List<String> keptEdited, Set<Path> written) {
        String code = row.code();
        if (!USABLE_CODE.matcher(code).matches()) {
            report.skipped(row, null, new Issue(Issue.Kind.INVALID_CODE, "Mã thủ tục / code", code,
                    "mã rỗng hoặc có ký tự không dùng được trong mã mô hình / empty code or characters unusable in a model id",
                    "không sinh / not generated"));
            return;
        }
        Integer first = firstRow.putIfAbsent(code, row.index());
        if (first != null) {
            report.skipped(row, null, new Issue(Issue.Kind.DUPLICATE_CODE, "Mã thủ tục / code", code,
                    "dòng " + row.index() + " trùng mã với dòng " + first + " / row " + row.index() + " repeats the code of row " + first,
                    "giữ dòng đầu, bỏ dòng này / the first row kept, this one skipped"));
            return;
        }
        Optional<ImplementingLevel> level = ImplementingLevel.of(row.levels());
        if (level.isEmpty()) {
            report.skipped(row, null, new Issue(Issue.Kind.NOT_PROVINCE_OR_COMMUNE, "Cấp thực hiện / level", row.levels(),
                    "không có Cấp tỉnh hay Cấp xã / neither province nor commune level", "không sinh / not generated"));
            return;
        }
        List<String> own = handMade.get(code);
        if (own != null) {
            report.skipped(row, level.get(), new Issue(Issue.Kind.HAND_MADE_MODEL, "Mô hình / models", String.join(", ", own),
                    "đã có mô hình làm bằng tay ngoài catalog/ / a hand-made model exists outside catalog/",
                    "không sinh, giữ mô hình làm bằng tay / not generated, the hand-made model stays"));
            return;
        }
        ProcedureFacts facts = ProcedureInterpreter.interpret(row, level.get(), officialAgencies.get(code), officialTexts.get(code));
        report.generated(row, facts);
        byLevel.merge(level.get(), 1, Integer::sum);
        String bpmn = GeneratedMarker.BPMN.seal(BpmnGenerator.generate(facts));
        String dmn = GeneratedMarker.DMN.seal(DmnGenerator.generate(facts));
        String form = GeneratedMarker.FORM.seal(FormGenerator.generate(facts));
        place(out, out.resolve("processes").resolve(CATALOG).resolve("tthc-" + code + ".bpmn"), bpmn, options, outcomes, keptEdited, written);
        place(out, out.resolve("decisions").resolve(CATALOG).resolve("authority-" + code + ".dmn"), dmn, options, outcomes, keptEdited, written);
        place(out, out.resolve("forms").resolve(CATALOG).resolve("form-" + code + ".form"), form, options, outcomes, keptEdited, written);
    }

    private static void place(Path out, Path file, String content, Options options, Map<Outcome, Integer> outcomes,
                              List<String> keptEdited, Set<Path> written) {
        written.add(file);
        Outcome outcome;
        if (!Files.exists(file)) {
            outcome = Outcome.CREATED;
        } else {
            String existing = read(file);
            if (existing.equals(content)) {
                outcome = Outcome.UNCHANGED;
            } else if (GeneratedMarker.forFile(file.getFileName().toString()).untouched(existing)) {
                outcome = Outcome.UPDATED;
            } else if (options.overwriteEdited()) {
                outcome = Outcome.OVERWRITTEN_EDITED;
            } else {
                outcome = Outcome.KEPT_EDITED;
                keptEdited.add(out.relativize(file).toString());
            }
        }
        outcomes.merge(outcome, 1, Integer::sum);
        if (!options.dryRun() && (outcome == Outcome.CREATED || outcome == Outcome.UPDATED || outcome == Outcome.OVERWRITTEN_EDITED)) {
            write(file, content);
        }
    }

    /** Code → the hand-made model files (outside catalog/) that already define it, as relative paths. */
    static Map<String, List<String>> handMadeModels(Path out) {
        Map<String, Set<String>> found = new TreeMap<>();
        scan(out, "processes", ".bpmn", HAND_MADE_BPMN, found);
        scan(out, "decisions", ".dmn", HAND_MADE_DMN, found);
        scan(out, "forms", ".form", HAND_MADE_FORM, found);
        Map<String, List<String>> result = new HashMap<>();
        found.forEach((code, files) -> result.put(code, List.copyOf(files)));
        return result;
    }

    private static void scan(Path out, String folder, String extension, Pattern pattern, Map<String, Set<String>> found) {
        Path root = out.resolve(folder);
        if (!Files.isDirectory(root)) {
            return;
        }
        Path catalog = root.resolve(CATALOG);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(extension) && !p.startsWith(catalog)).sorted().toList()) {
                Matcher m = pattern.matcher(read(file));
                while (m.find()) {
                    String code = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                    if (code != null) {
                        found.computeIfAbsent(code, c -> new TreeSet<>()).add(out.relativize(file).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> catalogFolders(Path out) {
        return List.of(out.resolve("processes").resolve(CATALOG), out.resolve("decisions").resolve(CATALOG),
                out.resolve("forms").resolve(CATALOG));
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void writeIfChanged(Path file, String content) {
        if (Files.exists(file) && read(file).equals(content)) {
            return;
        }
        write(file, content);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }
}
