package vn.motcua.consolidation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.audit.AuditTrail;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.organisation.UnitDirectory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Administrators (role ADMINISTRATOR, the {@code /api/v1/admin/**} rule of SecurityConfig) import the old systems'
 * exports and complete the old-to-new mapping. The body of an import is the export itself (JSON lines), streamed to a
 * temporary file and imported from it; the answer is the run's report, which {@code GET} shows again, with progress,
 * while a long run goes on.
 */
@RestController
@RequestMapping("/api/v1/admin/consolidation")
class ConsolidationController {

    private final ConsolidationImport imports;
    private final ConsolidationRuns runs;
    private final UnitMappings mappings;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ConsolidationController(ConsolidationImport imports, ConsolidationRuns runs, UnitMappings mappings, UnitDirectory units,
                            AuditTrail audit, Clock clock, org.springframework.transaction.support.TransactionTemplate transactions) {
        this.imports = imports;
        this.runs = runs;
        this.mappings = mappings;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    @PostMapping("/imports")
    ResponseEntity<ConsolidationReport> importExport(HttpServletRequest request,
                                                     @RequestParam(defaultValue = "false") boolean dryRun,
                                                     @RequestParam(defaultValue = "export.jsonl") String fileName) throws IOException {
        Path file = Files.createTempFile("consolidation-", ".jsonl");
        try {
            try (var in = request.getInputStream()) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(file) == 0) {
                throw new InvalidInputException("body", "Tệp xuất dữ liệu trống", "The export file is empty");
            }
            ConsolidationRuns.Run run = imports.run(file, fileName, dryRun, 0, AuditTrail.currentActor());
            return ResponseEntity.created(URI.create("/api/v1/admin/consolidation/imports/" + run.id())).body(report(run));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/imports/{id}")
    ConsolidationReport run(@PathVariable UUID id) {
        return report(runs.find(id).orElseThrow(() -> new NotFoundException("consolidation-run", id.toString(),
                "Không tìm thấy lần nhập " + id, "Import run " + id + " not found")));
    }

    @GetMapping("/imports")
    List<ConsolidationRuns.Run> recent() {
        return runs.recent(50);
    }

    @GetMapping("/communes")
    List<UnitMappings.OldCommune> communes(@RequestParam(required = false) @Pattern(regexp = "ONE|SEVERAL|NONE") String outcome) {
        return mappings.oldCommunes(outcome);
    }

    record CommuneMapping(@NotEmpty List<@Pattern(regexp = "\\d{5}") String> newCommuneCodes, @Size(max = 500) @vn.motcua.input.MultiLine String note) {
    }

    /** Completes or corrects the mapping of an old commune: the new commune(s) it went into. */
    @PutMapping("/communes/{oldCode}")
    UnitMappings.OldCommune mapCommune(@PathVariable String oldCode, @Valid @RequestBody CommuneMapping body) {
        UnitMappings.OldCommune old = mappings.oldCommune(oldCode).orElseThrow(() -> new NotFoundException("old-commune",
                oldCode, "Không có xã cũ " + oldCode + " của các tỉnh đã hợp nhất", "No old commune " + oldCode + " of the merged provinces"));
        for (String code : body.newCommuneCodes()) {
            if (!units.knowsCommune(code)) {
                throw new InvalidInputException("newCommuneCodes", "Xã mới " + code + " không thuộc tỉnh",
                        "New commune " + code + " is not one of the province's");
            }
        }
        transactions.executeWithoutResult(s -> {
            mappings.mapCommune(oldCode, body.newCommuneCodes(), body.note(), AuditTrail.currentActor(), now());
            audit.record("CONSOLIDATION_MAP", "OLD_COMMUNE", oldCode, null, old.name() + " -> " + body.newCommuneCodes());
        });
        return mappings.oldCommune(oldCode).orElseThrow();
    }

    @GetMapping("/agencies")
    List<UnitMappings.Agency> agencies() {
        return mappings.agencies();
    }

    record AgencyMapping(@Pattern(regexp = "[0-9A-Z]{1,10}(\\.[0-9A-Z]{1,10}){0,6}") String unitCode, @Size(max = 500) @vn.motcua.input.MultiLine String note) {
    }

    /** Says which new unit settles the dossiers an old agency (a department, a district office) was settling. */
    @PutMapping("/agencies/{oldCode}")
    UnitMappings.Agency mapAgency(@PathVariable @Size(max = 35) String oldCode, @Valid @RequestBody AgencyMapping body) {
        if (body.unitCode() == null || units.find(body.unitCode()).isEmpty()) {
            throw new InvalidInputException("unitCode", "Không có đơn vị " + body.unitCode() + " trong tổ chức của tỉnh",
                    "No unit " + body.unitCode() + " in the province's organisation");
        }
        transactions.executeWithoutResult(s -> {
            mappings.mapAgency(oldCode, body.unitCode(), body.note(), AuditTrail.currentActor(), now());
            audit.record("CONSOLIDATION_MAP", "OLD_AGENCY", oldCode, body.unitCode(), body.note());
        });
        return mappings.agencies().stream().filter(a -> a.oldAgencyCode().equals(oldCode)).findFirst().orElseThrow();
    }

    private ConsolidationReport report(ConsolidationRuns.Run run) {
        return ConsolidationReport.of(run, runs.counts(run.id()), runs.rejections(run.id(), 1000));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
