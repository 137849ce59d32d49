package vn.motcua.consolidation.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTakeOver;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.workflow.ProcessContinuation;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes one old dossier over, in the caller's transaction: finds the new unit that settles it, stores it under its
 * original code with its timeline, and, when it is still in progress, continues it in the engine at its step.
 */
@Component
class DossierImport {

    static final String ACTOR = "consolidation";

    enum Outcome { IMPORTED, UNCHANGED, REJECTED }

    /** @param kind HISTORY or IN_PROGRESS when imported */
    record Result(Outcome outcome, String kind, String reason) {
        static Result rejected(String reason) {
            return new Result(Outcome.REJECTED, null, reason);
        }
    }

    private static final String INSERT_CONSOLIDATED = """
            insert into consolidated_dossier (dossier_code, dossier_id, old_province_code, old_agency_code,
              old_commune_code, content_sha256, kind, run_id, imported_at)
            values (:code, :id, :province, :agency, :commune, :hash, :kind, :run, :at)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final UnitMappings mappings;
    private final UnitDirectory units;
    private final ProcedureCatalog catalog;
    private final ProcessContinuation continuation;
    private final DossierTakeOver takeOver;
    private final ConsolidationProperties properties;

    DossierImport(JdbcClient jdbc, NamedParameterJdbcTemplate batches, UnitMappings mappings, UnitDirectory units,
                  ProcedureCatalog catalog, ProcessContinuation continuation, DossierTakeOver takeOver,
                  ConsolidationProperties properties) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.mappings = mappings;
        this.units = units;
        this.catalog = catalog;
        this.continuation = continuation;
        this.takeOver = takeOver;
        this.properties = properties;
    }

    /**
     * What one batch of lines needs to know and what it will write, so that a batch costs a handful of statements
     * instead of a dozen round trips per line (BENCHMARKS.md, "Consolidation import"): the mapping read once, the
     * codes already imported or already dossiers read in two statements, the dossiers, their timelines and the
     * import's rows written in batched statements at the end. Lines are still settled in file order: a code repeated
     * within the batch sees the earlier line's outcome.
     */
    final class Batch {
        private final UnitMappings.Snapshot mapping;
        private final Map<String, String> earlier = new HashMap<>();
        private final Set<String> existing;
        private final List<DossierTakeOver.TakenOver> dossiers = new ArrayList<>();
        private final List<MapSqlParameterSource> consolidated = new ArrayList<>();

        private Batch(Collection<String> codes) {
            this.mapping = mappings.snapshot();
            List<String> distinct = codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
            if (!distinct.isEmpty()) {
                jdbc.sql("select dossier_code, content_sha256 from consolidated_dossier where dossier_code in (:codes)")
                        .param("codes", distinct).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                        .forEach(e -> earlier.put(e.getKey(), e.getValue()));
            }
            this.existing = takeOver.existing(distinct);
        }

        /** Writes what the batch's lines settled so far: the dossiers and timelines first, then the import's rows. */
        void flush() {
            if (!dossiers.isEmpty()) {
                takeOver.storeAll(dossiers);
                dossiers.clear();
            }
            if (!consolidated.isEmpty()) {
                batches.batchUpdate(INSERT_CONSOLIDATED, consolidated.toArray(MapSqlParameterSource[]::new));
                consolidated.clear();
            }
        }
    }

    /** A batch for lines with these codes (null or blank codes are ignored): in the caller's transaction. */
    Batch batch(Collection<String> codes) {
        return new Batch(codes);
    }

    /**
     * @param dryRunSeen for a dry run, the codes the run has settled so far and their content (a dry run writes none,
     *                   so a code repeated in the file is recognised here); ignored otherwise
     */
    Result settle(OldDossier d, String contentHash, UUID runId, boolean dryRun, LocalDateTime now,
                  Map<String, String> dryRunSeen, Batch batch) {
        Optional<String> earlier = Optional.ofNullable(batch.earlier.get(d.code()));
        if (earlier.isEmpty() && dryRun) {
            earlier = Optional.ofNullable(dryRunSeen.get(d.code()));
        }
        if (earlier.isPresent()) {
            return earlier.get().equals(contentHash) ? new Result(Outcome.UNCHANGED, null, "đã nhập trước đó / imported before")
                    : Result.rejected("mã hồ sơ đã nhập với nội dung khác / the code was imported before with other content");
        }
        if (batch.existing.contains(d.code())) {
            return Result.rejected("mã hồ sơ trùng một hồ sơ của hệ thống mới / the code is a dossier of the new system");
        }
        if (!batch.mapping.oldProvinces().contains(d.oldProvinceCode())) {
            return Result.rejected("MaTinhCu " + d.oldProvinceCode() + " không thuộc các tỉnh cũ đã hợp nhất / is not one of the merged old provinces");
        }
        Unit unit;
        try {
            unit = competentUnit(d, batch.mapping);
        } catch (ExportLine.Refused e) {
            return Result.rejected(e.getMessage());
        }
        String activity = properties.resumeAt().get(d.status().code());
        boolean inProgress = !d.finished() && activity != null;
        Procedure procedure = null;
        if (inProgress) {
            procedure = catalog.find(d.procedureCode()).orElse(null);
            if (procedure == null) {
                return Result.rejected("hồ sơ đang xử lý của thủ tục " + d.procedureCode()
                        + " không có trong danh mục / an in-progress dossier of a procedure not in the catalog");
            }
            Optional<String> cannot = continuation.cannotContinueAt(procedure.processKey(), activity);
            if (cannot.isPresent()) {
                return Result.rejected("không tiếp tục được hồ sơ trên quy trình / cannot continue in the engine: " + cannot.get());
            }
        } else if (!d.finished()) {
            return Result.rejected("trạng thái " + d.status().code() + " chưa được cấu hình bước tiếp tục / no step configured "
                    + "for status " + d.status().code() + " (motcua.consolidation.resume-at)");
        }
        String kind = inProgress ? "IN_PROGRESS" : "HISTORY";
        if (dryRun) {
            dryRunSeen.put(d.code(), contentHash);
            return new Result(Outcome.IMPORTED, kind, null);
        }
        UUID id = UUID.randomUUID();
        Dossier dossier = new Dossier(id, d.code(), d.procedureCode(), d.procedureName(), unit.code(), unit.code(),
                channel(d.channel()), d.applicantId(), d.applicantName(), d.email(), d.phone(), d.status(), d.receivedAt(),
                d.dueAt(), d.finishedAt(), d.returnedAt(), d.details(), null);
        batch.dossiers.add(new DossierTakeOver.TakenOver(dossier, timeline(d, unit, now)));
        batch.earlier.put(d.code(), contentHash);
        batch.consolidated.add(new MapSqlParameterSource()
                .addValue("code", d.code()).addValue("id", id).addValue("province", d.oldProvinceCode())
                .addValue("agency", d.oldAgencyCode()).addValue("commune", d.oldCommuneCode()).addValue("hash", contentHash)
                .addValue("kind", kind).addValue("run", runId).addValue("at", Timestamp.valueOf(now)));
        if (inProgress) {
            // the engine's start listeners read and update the dossier: it is written before the process starts
            batch.flush();
            String pid = continuation.continueAt(procedure.processKey(), activity, new ProcessContinuation.Continued(id,
                    d.code(), d.procedureCode(), channel(d.channel()).name(), d.applicantName(), d.dueAt(), unit, unit,
                    d.procedureName() + " - " + d.applicantName()));
            takeOver.attachProcess(id, pid);
        }
        return new Result(Outcome.IMPORTED, kind, null);
    }

    /** The agency's own mapping first; else the commune's People's Committee of the one new commune. */
    private Unit competentUnit(OldDossier d, UnitMappings.Snapshot mappings) throws ExportLine.Refused {
        Optional<String> mapped = mappings.agency(d.oldAgencyCode());
        if (mapped.isPresent()) {
            return units.find(mapped.get()).orElseThrow(() -> new ExportLine.Refused("đơn vị " + mapped.get()
                    + " không còn / the mapped unit no longer exists"));
        }
        if (d.oldCommuneCode() == null) {
            throw new ExportLine.Refused("cơ quan cũ " + d.oldAgencyCode() + " chưa được ánh xạ và hồ sơ không có MaXaCu / "
                    + "old agency not mapped and no MaXaCu");
        }
        UnitMappings.OldCommune commune = mappings.oldCommune(d.oldCommuneCode()).orElseThrow(() -> new ExportLine.Refused(
                "MaXaCu " + d.oldCommuneCode() + " không phải xã cũ của các tỉnh đã hợp nhất / is not an old commune of the merged provinces"));
        if (!commune.oldProvinceCode().equals(d.oldProvinceCode())) {
            throw new ExportLine.Refused("MaXaCu " + d.oldCommuneCode() + " không thuộc tỉnh " + d.oldProvinceCode()
                    + " / is not in old province " + d.oldProvinceCode());
        }
        if (commune.newCommunes().size() != 1) {
            throw new ExportLine.Refused(commune.newCommunes().isEmpty()
                    ? "xã cũ " + commune.name() + " (" + commune.code() + ") chưa ánh xạ sang xã mới / old commune not mapped to a new one"
                    : "xã cũ " + commune.name() + " (" + commune.code() + ") đã chia cho các xã " + commune.newCommunes()
                    + ": cần ánh xạ cơ quan " + d.oldAgencyCode() + " / split between new communes: map the old agency");
        }
        String newCommune = commune.newCommunes().get(0);
        return units.competentUnit(properties.communeBodyKind(), newCommune).orElseThrow(() -> new ExportLine.Refused(
                "không có đơn vị " + properties.communeBodyKind() + " phục vụ xã mới " + newCommune + " / no unit serves the new commune"));
    }

    private static List<TimelineEntry> timeline(OldDossier d, Unit unit, LocalDateTime now) {
        List<TimelineEntry> steps = new ArrayList<>();
        for (OldDossier.Step s : d.steps()) {
            steps.add(new TimelineEntry(s.at(), "STATUS", s.status(), nonBlank(s.content(), s.status().labelVi()),
                    nonBlank(s.actor(), d.oldAgencyCode()), unit.code(), null,
                    s.department().isBlank() ? null : "Phòng ban xử lý (hệ thống cũ): " + s.department(), s.stepDueAt()));
        }
        for (OldDossier.Supplement s : d.supplements()) {
            steps.add(new TimelineEntry(s.requestedAt(), "SUPPLEMENT", vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED,
                    "Yêu cầu bổ sung hồ sơ", nonBlank(s.requestedBy(), d.oldAgencyCode()), unit.code(), null,
                    nonBlank(s.content(), null), s.newDueAt()));
        }
        steps.add(new TimelineEntry(now, "CONSOLIDATED", d.status(), "Chuyển từ hệ thống của tỉnh cũ (" + d.oldProvinceCode()
                + ", cơ quan " + d.oldAgencyCode() + ") / taken over from the old province's system", ACTOR, unit.code(),
                null, null, d.dueAt()));
        return steps;
    }

    private static Channel channel(int code) {
        return code == 2 ? Channel.ONLINE : code == 3 ? Channel.POSTAL : Channel.COUNTER;
    }

    private static String nonBlank(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }
}
