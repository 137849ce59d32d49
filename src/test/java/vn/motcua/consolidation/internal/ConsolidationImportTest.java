package vn.motcua.consolidation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.importer.internal.exportgen.ExportGenerator;
import vn.motcua.importer.internal.unitmapping.OldUnits;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated export of the three old provinces, broken lines among them, imported through the administrators' API the
 * way the README tells: complete the mapping, import, read the report, import again; and a run killed midway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolidationImportTest {

    static final Path SHARED = Path.of("../shared/data");
    static final Map<String, String> PREFIXES = Map.of("60", "BTH", "67", "DNO", "68", "LDO");

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TaskService tasks;
    @Autowired ConsolidationImport imports;

    Path export;
    ExportGenerator.Written written;
    JsonNode firstReport;

    @BeforeAll
    void prepare() throws Exception {
        export = generate(600, 11, Path.of("target/consolidation-test-export.jsonl"));
        // the administrator completes the mapping first: old provincial land offices, and the communes the tool left
        for (String prefix : PREFIXES.values()) {
            assertThat(put("/api/v1/admin/consolidation/agencies/" + prefix + ".16.01",
                    Map.of("unitCode", Officers.LAND_OFFICE, "note", "Văn phòng đăng ký đất đai hợp nhất")).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        JsonNode open = json.readTree(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD)
                .getForObject("/api/v1/admin/consolidation/communes?outcome=NONE", String.class));
        assertThat(open.size()).isEqualTo(8);
        for (JsonNode c : open) {
            assertThat(put("/api/v1/admin/consolidation/communes/" + c.get("code").asText(),
                    Map.of("newCommuneCodes", List.of("24781"), "note", "theo quyết định của tỉnh")).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        for (JsonNode c : json.readTree(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD)
                .getForObject("/api/v1/admin/consolidation/communes?outcome=SEVERAL", String.class))) {
            put("/api/v1/admin/consolidation/communes/" + c.get("code").asText(),
                    Map.of("newCommuneCodes", List.of(c.get("newCommunes").get(0).asText()), "note", "phần lớn dân cư"));
        }
    }

    @Test
    @Order(1)
    void everyLineEndsImportedOrRejectedAndTheCountsAddUpPerOldProvinceAndStatus() throws Exception {
        ResponseEntity<String> response = importFile(export, false);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        firstReport = json.readTree(response.getBody());
        JsonNode totals = firstReport.get("totals");
        assertThat(totals.get("lines").asLong()).isEqualTo(600);
        assertThat(totals.get("imported").asLong() + totals.get("rejected").asLong()).isEqualTo(600);
        long rowsSum = 0;
        Set<String> provinces = new HashSet<>();
        for (JsonNode row : firstReport.get("byProvinceAndStatus")) {
            assertThat(row.get("lines").asLong()).isEqualTo(row.get("imported").asLong() + row.get("unchanged").asLong()
                    + row.get("rejected").asLong());
            rowsSum += row.get("lines").asLong();
            provinces.add(row.get("oldProvinceCode").asText());
        }
        assertThat(rowsSum).isEqualTo(600);
        assertThat(provinces).contains("60", "67", "68");
        // exactly the deliberately broken lines are rejected, each with a reason
        List<Long> rejectedLines = new ArrayList<>();
        firstReport.get("rejections").forEach(r -> {
            rejectedLines.add(r.get("lineNo").asLong());
            assertThat(r.get("reason").asText()).isNotBlank();
        });
        assertThat(rejectedLines).as(firstReport.get("rejections").toString()).containsExactlyElementsOf(exportWritten.brokenLines().keySet());
        assertThat(totals.get("importedInProgress").asLong()).isEqualTo(exportWritten.inProgress());
    }

    @Test
    @Order(2)
    void aFinishedDossierIsTrackedByItsOldCodeWithItsTimelineAndHasNoProcess() throws Exception {
        JsonNode line = goodLine(l -> l.get("TrangThaiHoSo").asText().equals("10"));
        JsonNode tracked = track(line.get("MaHoSo").asText(), line.get("MaDoiTuong").asText());
        assertThat(tracked.get("status").asInt()).isEqualTo(10);
        List<Integer> statuses = new ArrayList<>();
        tracked.get("timeline").forEach(s -> statuses.add(s.get("status").asInt()));
        assertThat(statuses).startsWith(2, 4).contains(9, 10);
        assertThat(jdbc.sql("select process_instance_id from dossier where code = :c").param("c", line.get("MaHoSo").asText())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    @Order(3)
    void aDossierInProgressWaitsForTheNewCommunesSpecialistWithItsOriginalDueDateAndCompletesNormally() throws Exception {
        JsonNode line = goodLine(l -> l.get("TrangThaiHoSo").asText().equals("4") && l.get("MaTTHC").asText().equals(Dossiers.BIRTH)
                && !List.of("22978", "23053").contains(l.get("MaXaCu").asText()) && !isNone(l.get("MaXaCu").asText()));
        String code = line.get("MaHoSo").asText();
        // past its due date by now, so the overdue warning has also asked the leader for an apology (form 04)
        Task review = task(code, "Task_ReviewDossier");
        LocalDateTime due = LocalDateTime.parse(line.get("NgayHenTra").asText(), ExportLine.DATE);
        // the engine keeps instants; the province works in its own zone (motcua.zone)
        // the dossier keeps its original appointment; the step's own deadline (calendar share of the time) falls before it
        assertThat(jdbc.sql("select due_at from dossier where code = :c").param("c", code).query(java.sql.Timestamp.class)
                .single().toLocalDateTime()).isEqualTo(due);
        assertThat(review.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime()).isBeforeOrEqualTo(due);
        String newCommune = jdbc.sql("select new_commune_code from consolidation_commune_map where old_commune_code = :c")
                .param("c", line.get("MaXaCu").asText()).query(String.class).single();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .contains("H36." + newCommune + ":specialist");

        tasks.complete(review.getId(), Map.of("proposal", "GRANT", "opinion", "Đủ điều kiện"));
        tasks.complete(task(code, "Task_ApproveResult").getId(), Map.of("approval", "APPROVE"));
        tasks.complete(task(code, "Task_ReturnResult").getId());
        assertThat(track(code, line.get("MaDoiTuong").asText()).get("status").asInt()).isEqualTo(10);
    }

    @Test
    @Order(4)
    void importingTheSameFileAgainChangesNothing() throws Exception {
        long dossiers = count("dossier");
        long events = count("dossier_event");
        JsonNode again = json.readTree(importFile(export, false).getBody()).get("totals");
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(firstReport.get("totals").get("imported").asLong());
        assertThat(again.get("rejected").asLong()).isEqualTo(firstReport.get("totals").get("rejected").asLong());
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_event")).isEqualTo(events);
    }

    @Test
    @Order(5)
    void aRunKilledMidwayResumesAndEndsAsAnUninterruptedRunWouldAndADryRunWritesNothing() throws Exception {
        Path other = generate(450, 29, Path.of("target/consolidation-test-export-2.jsonl"));
        long dossiers = count("dossier");
        JsonNode dry = json.readTree(importFile(other, true).getBody());
        assertThat(count("dossier")).as("a dry run writes no dossier").isEqualTo(dossiers);

        ConsolidationRuns.Run killed = imports.run(other, "export-2.jsonl", false, 250, Officers.ADMIN);
        assertThat(killed.finishedAt()).isNull();
        assertThat(killed.linesDone()).isBetween(200L, 250L);
        ConsolidationRuns.Run resumed = imports.run(other, "export-2.jsonl", false, 0, Officers.ADMIN);
        assertThat(resumed.id()).isEqualTo(killed.id());
        assertThat(resumed.finishedAt()).isNotNull();

        JsonNode report = json.readTree(http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD)
                .getForObject("/api/v1/admin/consolidation/imports/" + resumed.id(), String.class));
        assertThat(report.get("totals").get("lines").asLong()).isEqualTo(450);
        assertThat(report.get("byProvinceAndStatus")).isEqualTo(dry.get("byProvinceAndStatus"));
        assertThat(count("dossier") - dossiers).isEqualTo(dry.get("totals").get("imported").asLong());
        assertThat(jdbc.sql("select count(*) from consolidated_dossier where run_id = :r").param("r", resumed.id())
                .query(Long.class).single()).isEqualTo(dry.get("totals").get("imported").asLong());
    }

    private Task task(String code, String key) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key + " of " + code).isNotNull();
        return task;
    }

    private boolean isNone(String oldCommune) {
        return "NONE".equals(jdbc.sql("select outcome from consolidation_old_commune where old_commune_code = :c")
                .param("c", oldCommune).query(String.class).single());
    }

    private Path generate(int count, long seed, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            written = new ExportGenerator(OldUnits.read(SHARED.resolve("vn-admin-units-2024"))).write(new ExportGenerator.Settings(
                    List.of("60", "67", "68"), PREFIXES, List.of(
                            new ExportGenerator.ProcedureSpec(Dossiers.BIRTH, "Đăng ký khai sinh", null),
                            new ExportGenerator.ProcedureSpec(Dossiers.LAND_CERTIFICATE, "Cấp đổi Giấy chứng nhận", "16.01")),
                    count, 0.08, 0.04, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), seed), w);
        }
        if (seed == 11) {
            exportWritten = written;
        }
        return file;
    }

    ExportGenerator.Written exportWritten;

    private JsonNode goodLine(java.util.function.Predicate<JsonNode> which) throws Exception {
        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!exportWritten.brokenLines().containsKey((long) i + 1)) {
                JsonNode n = json.readTree(lines.get(i));
                if (which.test(n)) {
                    return n;
                }
            }
        }
        throw new AssertionError("no such line in the export");
    }

    private JsonNode track(String code, String idNumber) throws Exception {
        ResponseEntity<String> r = http.postForEntity("/api/v1/tracking", Map.of("dossierCode", code, "idNumber", idNumber), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private ResponseEntity<String> importFile(Path file, boolean dryRun) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        return http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).postForEntity(
                "/api/v1/admin/consolidation/imports?dryRun=" + dryRun + "&fileName=" + file.getFileName(),
                new HttpEntity<>(Files.readAllBytes(file), headers), String.class);
    }

    private ResponseEntity<String> put(String path, Object body) {
        return http.withBasicAuth(Officers.ADMIN, Officers.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
