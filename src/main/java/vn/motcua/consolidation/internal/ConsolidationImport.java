package vn.motcua.consolidation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.AuditTrail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Imports an export file, streaming: a line at a time, {@code batchSize} lines per transaction, each batch committing
 * its dossiers, its lines' outcomes and the run's checkpoint together. A run that was killed leaves an unfinished run
 * behind; the next run of the same file (same SHA-256) continues it from the checkpoint, so no line is settled twice
 * and the report is the one run's. A dry run settles every line the same way but writes only its report.
 */
@Service
@EnableConfigurationProperties(ConsolidationProperties.class)
class ConsolidationImport {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationImport.class);

    private final DossierImport dossiers;
    private final ConsolidationRuns runs;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final ConsolidationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    ConsolidationImport(DossierImport dossiers, ConsolidationRuns runs, TransactionTemplate transactions, ObjectMapper json,
                        ConsolidationProperties properties, AuditTrail audit, Clock clock) {
        this.dossiers = dossiers;
        this.runs = runs;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param stopAfterLines stop (as if killed) once this many lines of the file are settled; 0 for no stop
     * @return the run, finished unless stopped
     */
    ConsolidationRuns.Run run(Path file, String fileName, boolean dryRun, long stopAfterLines, String actor) throws IOException {
        String hash = sha256(file);
        ConsolidationRuns.Run run = dryRun ? null : runs.unfinished(hash).orElse(null);
        if (run == null) {
            run = new ConsolidationRuns.Run(UUID.randomUUID(), fileName, hash, dryRun, now(), null, 0, actor);
            ConsolidationRuns.Run started = run;
            transactions.executeWithoutResult(s -> {
                runs.start(started);
                audit.record(actor, "CONSOLIDATION_START", "IMPORT", started.id().toString(), null,
                        fileName + " sha256=" + hash + (dryRun ? " (dry run)" : ""));
            });
        } else {
            log.info("Consolidation run {} of {} resumes after line {}", run.id(), fileName, run.linesDone());
        }
        UUID runId = run.id();
        long done = run.linesDone();
        java.util.Map<String, String> dryRunSeen = new java.util.HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (long skipped = 0; skipped < done; skipped++) {
                if (reader.readLine() == null) {
                    break;
                }
            }
            List<String> batch = new ArrayList<>(properties.batchSize());
            String line;
            while ((line = reader.readLine()) != null) {
                batch.add(line);
                boolean stopNow = stopAfterLines > 0 && done + batch.size() >= stopAfterLines;
                if (batch.size() == properties.batchSize() || stopNow) {
                    done = settle(runId, batch, done, dryRun, dryRunSeen);
                    batch.clear();
                    if (stopNow) {
                        log.warn("Consolidation run {} stopped after line {} as asked", runId, done);
                        return runs.find(runId).orElseThrow();
                    }
                }
            }
            if (!batch.isEmpty()) {
                done = settle(runId, batch, done, dryRun, dryRunSeen);
            }
        }
        long total = done;
        transactions.executeWithoutResult(s -> {
            runs.finish(runId, now());
            audit.record(actor, "CONSOLIDATION_END", "IMPORT", runId.toString(), null, fileName + ": " + total + " lines");
        });
        log.info("Consolidation run {} of {} finished: {} lines", runId, fileName, total);
        return runs.find(runId).orElseThrow();
    }

    private long settle(UUID runId, List<String> batch, long before, boolean dryRun, java.util.Map<String, String> dryRunSeen) {
        transactions.executeWithoutResult(s -> {
            LocalDateTime now = now();
            List<Object> parsed = new ArrayList<>(batch.size());
            for (String line : batch) {
                if (line.isBlank()) {
                    parsed.add(null);
                    continue;
                }
                try {
                    parsed.add(ExportLine.read(json, line));
                } catch (ExportLine.Refused e) {
                    parsed.add(e);
                }
            }
            DossierImport.Batch writes = dossiers.batch(parsed.stream().filter(OldDossier.class::isInstance)
                    .map(o -> ((OldDossier) o).code()).toList());
            List<ConsolidationRuns.LineOutcome> outcomes = new ArrayList<>(batch.size());
            long lineNo = before;
            for (int i = 0; i < batch.size(); i++) {
                lineNo++;
                Object p = parsed.get(i);
                if (p == null) {
                    outcomes.add(new ConsolidationRuns.LineOutcome(lineNo, null, null, 0,
                            DossierImport.Result.rejected("dòng trống / empty line")));
                } else if (p instanceof OldDossier d) {
                    outcomes.add(new ConsolidationRuns.LineOutcome(lineNo, d.code(), d.oldProvinceCode(), d.status().code(),
                            dossiers.settle(d, sha256(batch.get(i).strip()), runId, dryRun, now, dryRunSeen, writes)));
                } else {
                    Partial part = partial(batch.get(i));
                    outcomes.add(new ConsolidationRuns.LineOutcome(lineNo, part.code(), part.province(), part.status(),
                            DossierImport.Result.rejected(((ExportLine.Refused) p).getMessage())));
                }
            }
            writes.flush();
            runs.recordAll(runId, outcomes);
            runs.checkpoint(runId, lineNo);
        });
        long after = before + batch.size();
        if (after / properties.progressEvery() > before / properties.progressEvery()) {
            log.info("Consolidation run {}: {} lines settled", runId, after);
        }
        return after;
    }

    /** What the report can still say about a refused line: its code, old province and status, when readable. */
    private record Partial(String code, String province, int status) {
    }

    private Partial partial(String line) {
        try {
            var n = json.readTree(line);
            String code = n.path("MaHoSo").asText(null);
            String province = n.path("MaTinhCu").asText(null);
            int status = n.path("TrangThaiHoSo").asInt(0);
            return new Partial(code == null || code.isBlank() ? null : code, province, status);
        } catch (Exception e) {
            return new Partial(null, null, 0);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
