package vn.motcua.consolidation.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.importer.internal.exportgen.ExportGenerator;
import vn.motcua.importer.internal.unitmapping.OldUnits;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;
import vn.motcua.support.PostgresTestDatabase;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import on PostgreSQL: history and dossiers in progress, counts adding up, and the throughput of each (printed;
 * BENCHMARKS.md "Consolidation import"). {@code -Dconsolidation.lines=N} scales it for the benchmark
 * ({@code -Dconsolidation.in-progress-lines=M} sets the dossiers in progress, N/5 by default).
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class ConsolidationOnPostgresTest {

    static final int LINES = Integer.getInteger("consolidation.lines", 1500);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.fresh("motcua_it_consolidation").register(registry);
    }

    @Autowired ConsolidationImport imports;
    @Autowired ConsolidationRuns runs;
    @Autowired UnitMappings mappings;
    @Autowired JdbcClient jdbc;

    @Test
    void historyAndDossiersInProgressAreImportedAndEveryLineIsAccountedFor() throws Exception {
        for (String prefix : List.of("BTH", "DNO", "LDO")) {
            mappings.mapAgency(prefix + ".16.01", Officers.LAND_OFFICE, "benchmark", Officers.ADMIN, LocalDateTime.now());
        }
        for (UnitMappings.OldCommune c : mappings.oldCommunes(null)) {
            if (c.newCommunes().size() != 1) {
                mappings.mapCommune(c.code(), List.of(c.newCommunes().isEmpty() ? "24781" : c.newCommunes().get(0)), "benchmark",
                        Officers.ADMIN, LocalDateTime.now());
            }
        }
        measure("history", generate("history", LINES, 0.0), LINES);
        int running = Integer.getInteger("consolidation.in-progress-lines", Math.max(100, LINES / 5));
        measure("in progress", generate("in-progress", running, 1.0), running);
    }

    private void measure(String what, Path file, int lines) throws Exception {
        long start = System.nanoTime();
        ConsolidationRuns.Run run = imports.run(file, file.getFileName().toString(), false, 0, Officers.ADMIN);
        double seconds = (System.nanoTime() - start) / 1e9;
        ConsolidationReport report = ConsolidationReport.of(run, runs.counts(run.id()), runs.rejections(run.id(), 10));
        assertThat(report.finished()).isTrue();
        assertThat(report.totals().lines()).isEqualTo(lines);
        assertThat(report.totals().imported() + report.totals().unchanged() + report.totals().rejected()).isEqualTo(lines);
        assertThat(report.totals().rejected()).as(report.rejections().toString()).isLessThan(lines / 10);
        System.out.printf("CONSOLIDATION BENCH %s: %d lines (%d imported, %d in progress, %d rejected) in %.1f s = %.0f lines/s%n",
                what, lines, report.totals().imported(), report.totals().importedInProgress(), report.totals().rejected(),
                seconds, lines / seconds);
    }

    private static Path generate(String name, int count, double inProgress) throws Exception {
        Path file = Path.of("target/consolidation-pg-" + name + ".jsonl");
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new ExportGenerator(OldUnits.read(Path.of("../shared/data/vn-admin-units-2024"))).write(new ExportGenerator.Settings(
                    List.of("60", "67", "68"), Map.of("60", "BTH", "67", "DNO", "68", "LDO"), List.of(
                            new ExportGenerator.ProcedureSpec(Dossiers.BIRTH, "Đăng ký khai sinh", null),
                            new ExportGenerator.ProcedureSpec(Dossiers.LAND_CERTIFICATE, "Cấp đổi Giấy chứng nhận", "16.01")),
                    count, inProgress, 0.01, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), name.hashCode()), w);
        }
        return file;
    }
}
