package vn.motcua.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts of one import and their rendering as {@code catalog-import-report.md}: counts, every row not taken cleanly
 * (code, name, field, what could not be parsed and why, what the importer did instead), then the assumptions. Sorted by
 * code, then source row; no timestamps: the same export gives the same report, byte for byte.
 */
public final class ImportReport {

    /**
     * One row of the export with what happened to it.
     *
     * @param level     its level, when known
     * @param generated whether its models were generated
     * @param issues    what could not be taken as written, and the assumptions
     */
    public record Entry(String code, int row, String name, String field, ImplementingLevel level, boolean generated,
                        List<Issue> issues) {

        boolean problematic() {
            return issues.stream().anyMatch(i -> !i.kind().assumption());
        }
    }

    private final String sourceName;
    private final int rowsRead;
    private final List<Entry> entries = new ArrayList<>();
    private Map<ImplementingLevel, Integer> generatedByLevel = new EnumMap<>(ImplementingLevel.class);
    private int documentListsCut;
    /** Kind of competent body → how many procedures it decides when settled at province / commune level. */
    private final Map<String, int[]> kinds = new java.util.TreeMap<>();
    /** Code → the channels whose limit is the province's default (the source states none). */
    private final Map<String, String> defaultLimits = new java.util.TreeMap<>();
    /** Procedures with at least one fee unknown / from the People's Council table / with a discount. */
    private int feesUnknown;
    private int feesProvincial;
    private int feesDiscounted;

    ImportReport(String sourceName, int rowsRead) {
        this.sourceName = sourceName;
        this.rowsRead = rowsRead;
    }

    void skipped(CatalogRow row, ImplementingLevel level, Issue issue) {
        entries.add(new Entry(row.code(), row.index(), row.name(), row.field(), level, false, List.of(issue)));
    }

    void generated(CatalogRow row, ProcedureFacts facts) {
        if (DocumentListParser.parse(row.documents()).truncated()) {
            documentListsCut++;
        }
        if (!facts.unpublished().isEmpty()) {
            defaultLimits.put(facts.code(), facts.unpublished().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (facts.fees().values().stream().anyMatch(f -> f.basis() == vn.motcua.catalog.Fee.Basis.UNKNOWN)) {
            feesUnknown++;
        }
        if (facts.fees().values().stream().anyMatch(f -> f.basis() == vn.motcua.catalog.Fee.Basis.PROVINCIAL_TABLE)) {
            feesProvincial++;
        }
        if (facts.fees().values().stream().anyMatch(f -> !f.discounts().isEmpty())) {
            feesDiscounted++;
        }
        facts.authority().byLevel().forEach((level, decision) ->
                kinds.computeIfAbsent(decision.kind(), k -> new int[2])[level == ImplementingLevel.PROVINCE ? 0 : 1]++);
        if (!facts.issues().isEmpty()) {
            entries.add(new Entry(row.code(), row.index(), row.name(), row.field(), facts.level(), true, facts.issues()));
        }
    }

    void generated(Map<ImplementingLevel, Integer> byLevel) {
        this.generatedByLevel = new EnumMap<>(byLevel);
    }

    public List<Entry> entries() {
        return entries.stream().sorted(ORDER).toList();
    }

    /** Rows listed in the report's "not parsed cleanly" section. */
    public List<Entry> problemRows() {
        return entries().stream().filter(Entry::problematic).toList();
    }

    /** For each reason, how many rows have it (a row counts once per reason). */
    public Map<Issue.Kind, Integer> rowsByReason() {
        Map<Issue.Kind, Integer> counts = new EnumMap<>(Issue.Kind.class);
        for (Entry entry : entries) {
            Set<Issue.Kind> kinds = EnumSet.noneOf(Issue.Kind.class);
            entry.issues().forEach(i -> kinds.add(i.kind()));
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    /** Code → channels whose limit is the province's default. */
    public Map<String, String> defaultLimits() {
        return java.util.Collections.unmodifiableMap(defaultLimits);
    }

    /** Kind of competent body → procedures it decides when settled at {province, commune} level. */
    public Map<String, int[]> proceduresByKind() {
        return java.util.Collections.unmodifiableMap(kinds);
    }

    public int generatedCount() {
        return generatedByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::code).thenComparingInt(Entry::row);

    public String render() {
        StringBuilder md = new StringBuilder(200_000);
        md.append("# Nhập danh mục thủ tục hành chính / Catalog import report\n\n");
        md.append("Sinh bởi / written by `vn.motcua.importer.CatalogImportCommand` from `").append(sourceName)
                .append("` (tthc-catalog: the National Public Service Portal crawl, read in place from `../shared/data`, never copied here). ")
                .append("Do not edit: the importer rewrites this file. Rows are sorted by code; there are no timestamps, so an unchanged export gives this file byte for byte.\n\n");
        md.append("Facts are taken as the catalog writes them and are **not checked against the legal texts** (unverified). ")
                .append("Every value the importer could not take as written is listed below with what it did instead; nothing is guessed silently.\n\n");

        Map<Issue.Kind, Integer> reasons = rowsByReason();
        List<Entry> sorted = entries();
        md.append("## Số liệu / Counts\n\n| | rows |\n|---|---:|\n");
        row(md, "rows read", rowsRead);
        row(md, "procedures generated", generatedCount());
        for (ImplementingLevel level : ImplementingLevel.values()) {
            row(md, "&nbsp;&nbsp;level " + level.name(), generatedByLevel.getOrDefault(level, 0));
        }
        row(md, "skipped: hand-made model exists", reasons.getOrDefault(Issue.Kind.HAND_MADE_MODEL, 0));
        row(md, "skipped: duplicate code", reasons.getOrDefault(Issue.Kind.DUPLICATE_CODE, 0));
        row(md, "skipped: not province or commune level", reasons.getOrDefault(Issue.Kind.NOT_PROVINCE_OR_COMMUNE, 0));
        row(md, "skipped: unusable code", reasons.getOrDefault(Issue.Kind.INVALID_CODE, 0));
        row(md, "generated cleanly (no issue, assumptions aside)", generatedCount()
                - (int) sorted.stream().filter(e -> e.generated() && e.problematic()).count());
        row(md, "rows not parsed cleanly (listed below)", (int) sorted.stream().filter(Entry::problematic).count());
        row(md, "document lists cut to " + DocumentListParser.MAX_DOCUMENTS + " names", documentListsCut);
        md.append("\n### Rows by reason\n\nA row counts once per reason; a row may have several.\n\n| reason | rows |\n|---|---:|\n");
        for (Issue.Kind kind : Issue.Kind.values()) {
            if (reasons.containsKey(kind)) {
                md.append("| ").append(kind.label()).append(kind.assumption() ? " (assumption)" : "").append(" | ")
                        .append(reasons.get(kind)).append(" |\n");
            }
        }

        md.append("\n## Mặc định của tỉnh đã áp dụng / Provincial defaults applied\n\n")
                .append("Every procedure can be submitted on each channel its source lists. Where the source states no limit on any channel, the model says `")
                .append(vn.motcua.catalog.TermsProperties.UNPUBLISHED).append("`: due dates are counted with the province's default limit (`")
                .append(vn.motcua.catalog.ProcedureCatalog.DEFAULT_LIMIT).append("`, set by the administrator), citizens see \"chưa công bố\" (not published), ")
                .append("and the channel is on the analysts' worklist (`GET /api/v1/procedures/worklist`). A fee the source does not state is `UNKNOWN` (shown as not published, never free); ")
                .append("a fee the provincial People's Council sets is `PROVINCIAL`, read from the province's fee table (`")
                .append(vn.motcua.catalog.ProcedureCatalog.PROVINCIAL_FEES).append("`).\n\n| | procedures |\n|---|---:|\n");
        row(md, "limit: the province's default applied (not published)", defaultLimits.size());
        row(md, "fee: unknown on a channel (not published)", feesUnknown);
        row(md, "fee: set by the provincial People's Council (fee table)", feesProvincial);
        row(md, "fee: discount with validity dates", feesDiscounted);
        md.append("\nDefault limit applied to:\n\n");
        defaultLimits.forEach((code, channels) -> md.append("- `").append(code).append("`: ").append(channels).append('\n'));

        md.append("\n## Dòng không đọc được trọn vẹn / Rows not parsed cleanly\n\n");
        md.append("Each item: **what** — as written in the source — why it could not be taken as written → what the importer did instead.\n");
        for (Entry entry : sorted) {
            if (!entry.problematic()) {
                continue;
            }
            md.append("\n### `").append(entry.code()).append("` ").append(inline(ProcedureFacts.fit(entry.name(), 300))).append('\n');
            md.append("\nrow ").append(entry.row()).append(" · lĩnh vực / field: ").append(inline(entry.field()))
                    .append(entry.level() == null ? "" : " · level " + entry.level().name())
                    .append(entry.generated() ? " · generated" : " · **not generated**").append("\n\n");
            // the same problem on several channels is one line
            Map<List<Object>, List<String>> grouped = new java.util.LinkedHashMap<>();
            Map<List<Object>, Issue> first = new java.util.HashMap<>();
            for (Issue issue : entry.issues()) {
                if (issue.kind().assumption()) {
                    continue;
                }
                List<Object> key = List.of(issue.kind(), issue.source(), issue.problem(), issue.action());
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(issue.subject());
                first.putIfAbsent(key, issue);
            }
            for (Map.Entry<List<Object>, List<String>> group : grouped.entrySet()) {
                Issue issue = first.get(group.getKey());
                md.append("- **").append(inline(String.join("; ", group.getValue()))).append("**");
                if (!issue.source().isBlank()) {
                    md.append(" — `").append(issue.source().replace('`', '\'')).append('`');
                }
                md.append(" — ").append(inline(issue.problem())).append(" → ").append(inline(issue.action())).append('\n');
            }
        }

        md.append("\n## Giả định / Assumptions\n\n");
        List<Entry> bare = sorted.stream().filter(e -> has(e, Issue.Kind.BARE_NUMBER) || has(e, Issue.Kind.SAME_DAY_ZERO)).toList();
        md.append("### Bare numbers\n\nThe export often writes a limit as a bare number (`1`, `5`). It is read as **calendar days, as written in the source** ")
                .append("(the export does not say working days; `0` is read as same day, `0WD`). An analyst who knows the legal limit corrects the model. ")
                .append(bare.size()).append(" procedures:\n\n");
        for (Entry entry : bare) {
            md.append("- `").append(entry.code()).append("`: ").append(entry.issues().stream()
                    .filter(i -> i.kind() == Issue.Kind.BARE_NUMBER || i.kind() == Issue.Kind.SAME_DAY_ZERO)
                    .map(i -> channelOf(i.subject()) + " `" + i.source().replace('`', '\'') + "` → " + i.action().replaceAll(" / .*", "").replace("ghi ", ""))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        md.append("\n### Competent bodies\n\nWho decides is read from the source's agency texts (`co_quan_co_tham_quyen`, else `co_quan_thuc_hien`, ")
                .append("else those of `procedures.csv`) through the reviewed classification `src/main/resources/")
                .append(CompetentBodyClassification.RESOURCE).append("` into kinds of body (`src/main/resources/organisation/body-kinds.csv`), ")
                .append("at each level the source lists; where the source names no agency at all, from the procedure's own steps through the ")
                .append("per-procedure review `src/main/resources/").append(CompetentBodyClassification.BY_PROCEDURE)
                .append("` (the words quoted are checked against the steps). The authority decisions name the kind and the commune whose body it is; the province's ")
                .append("units and service areas say which unit that is. Procedures per kind (a procedure listed at both levels counts at each; ")
                .append("hand-made models are not counted):\n\n| kind | body | settled at province level | settled at commune level |\n|---|---|---:|---:|\n");
        kinds.forEach((kind, counts) -> md.append("| `").append(kind).append("` | ")
                .append(inline(vn.motcua.organisation.BodyKinds.find(kind).map(vn.motcua.organisation.BodyKind::nameVi).orElse("?")))
                .append(" | ").append(counts[0]).append(" | ").append(counts[1]).append(" |\n"));
        List<Entry> unclassified = sorted.stream().filter(e -> has(e, Issue.Kind.UNCLASSIFIED_AGENCY)).toList();
        md.append("\n").append(unclassified.size()).append(" procedures whose agency text the classification does not hold (routed to the level's People's Committee until an analyst adds the text):\n\n");
        for (Entry entry : unclassified) {
            Issue issue = entry.issues().stream().filter(i -> i.kind() == Issue.Kind.UNCLASSIFIED_AGENCY).findFirst().orElseThrow();
            md.append("- `").append(entry.code()).append("` ").append(inline(ProcedureFacts.fit(entry.name(), 120)))
                    .append(" — `").append(issue.source().replace('`', '\'')).append("`\n");
        }
        md.append("\n### No consultation step\n\nGenerated procedures have no consultation (liên thông) step: the catalog has no reliable data about which other agency is consulted. ")
                .append("An analyst adds `Call_Consult` and the DMN outputs `consultBodyKind`, `consultCommuneCode` where the law requires it (see `processes/tthc-1.012783.bpmn`).\n");
        return md.toString();
    }

    private static boolean has(Entry e, Issue.Kind kind) {
        return e.issues().stream().anyMatch(i -> i.kind() == kind);
    }

    private static String channelOf(String subject) {
        int slash = subject.lastIndexOf(" / ");
        String en = slash < 0 ? subject : subject.substring(slash + 3);
        return en.replace(" limit", "");
    }

    private static void row(StringBuilder md, String label, int count) {
        md.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    /** Markdown-safe inline text: one line, no table pipes, no HTML. */
    private static String inline(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
