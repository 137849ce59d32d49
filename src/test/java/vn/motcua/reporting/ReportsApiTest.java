package vn.motcua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.reporting.internal.ReportingRebuild;
import vn.motcua.reporting.internal.ReportingRecount;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard API on the embedded database: scopes by organisation, the score, exports that match the tables. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportsApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TransactionTemplate tx;
    @Autowired DossierProgress progress;
    @Autowired ReportingRebuild rebuild;
    @Autowired ReportingRecount recount;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired vn.motcua.dossier.PaperMarks paperMarks;
    @Autowired vn.motcua.reporting.internal.ReportingFactsBackfill backfill;

    @BeforeEach
    void twoCommunesWithDossiers() throws Exception {
        UUID finished = submit(Officers.XUANHUONG);
        submit(Officers.XUANHUONG);
        submit(Officers.LACDUONG);
        tx.executeWithoutResult(s -> {
            progress.changeStatus(finished, DossierStatus.ACCEPTED, "Tiếp nhận", "test");
            progress.changeStatus(finished, DossierStatus.FINISHED, "Xử lý xong", "test");
        });
    }

    @Test
    void aCommuneLeaderSeesTheCommuneOnlyAndTheProvincialLeaderAndAuditorSeeEverything() throws Exception {
        JsonNode commune = read(Officers.XUANHUONG_LEADER, "/api/v1/reports/766");
        assertThat(commune.get("province").asBoolean()).isFalse();
        assertThat(commune.get("units")).extracting(JsonNode::asText).containsExactly(Officers.XUANHUONG);
        JsonNode units = read(Officers.XUANHUONG_LEADER, "/api/v1/reports/tables/units");
        assertThat(units.get("rows")).isNotEmpty().allSatisfy(r -> assertThat(r.get(0).asText()).isEqualTo(Officers.XUANHUONG));

        for (String everything : List.of(Officers.PROVINCIAL_LEADER, Officers.AUDITOR)) {
            assertThat(read(everything, "/api/v1/reports/766").get("province").asBoolean()).as(everything).isTrue();
            List<String> seen = new ArrayList<>();
            read(everything, "/api/v1/reports/tables/units").get("rows").forEach(r -> seen.add(r.get(0).asText()));
            assertThat(seen).as(everything).contains(Officers.XUANHUONG, Officers.LACDUONG);
        }
        mvc.perform(get("/api/v1/reports/766").with(httpBasic(Officers.XUANHUONG_SPECIALIST, Officers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/766")).andExpect(status().isUnauthorized());
    }

    @Test
    void theScoreMeasuresWhatTheSystemHoldsAndSaysNotMeasuredForTheRest() throws Exception {
        JsonNode score = read(Officers.XUANHUONG_LEADER, "/api/v1/reports/766");
        JsonNode onTime = indicator(score, "2.1");
        assertThat(onTime.get("measured").asBoolean()).isTrue();
        assertThat(onTime.get("denominator").asLong()).isPositive();
        // 1.4 is read from the NPSP sync ledger: measured even when nothing was delivered yet (the sender is idle here)
        JsonNode synced = indicator(score, "1.4");
        assertThat(synced.get("measured").asBoolean()).isTrue();
        assertThat(synced.get("numerator").asLong()).isBetween(0L, synced.get("denominator").asLong());
        for (String code : List.of("1.1", "4.1")) {
            JsonNode i = indicator(score, code);
            assertThat(i.get("measured").asBoolean()).as(code).isFalse();
            assertThat(i.hasNonNull("points")).as(code + ": no points at all, not even zero").isFalse();
            assertThat(i.get("noteVi").asText()).as(code).startsWith("Chưa đo");
        }
        // payments (6.1), digitisation marks (4.2, 4.4), complaints, their answers' ratings and service ratings (5.2, 5.3,
        // 5.4) are held now: measured, or N/A when the period has nothing to count, never "chưa đo"
        for (String code : List.of("4.2", "4.4", "5.2", "5.3", "5.4", "6.1")) {
            JsonNode i = indicator(score, code);
            assertThat(i.path("noteVi").asText()).as(code).doesNotStartWith("Chưa đo");
            assertThat(i.get("measured").asBoolean() || i.path("noteVi").asText().contains("N/A")).as(code).isTrue();
        }
    }

    @Test
    void csvAndXlsxExportsHoldTheTableShownOnThePage() throws Exception {
        for (String table : List.of("units", "indicators", "overdue")) {
            JsonNode shown = read(Officers.PROVINCIAL_LEADER, "/api/v1/reports/tables/" + table);
            byte[] csvBytes = mvc.perform(get("/api/v1/reports/tables/" + table + ".csv")
                            .with(httpBasic(Officers.PROVINCIAL_LEADER, Officers.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String csv = new String(csvBytes, StandardCharsets.UTF_8).substring(1);   // after the byte-order mark
            List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv)).getRecords();
            assertThat(records.get(0).toList()).isEqualTo(texts(shown.get("headingsVi")));
            assertThat(records).hasSize(shown.get("rows").size() + 1);
            byte[] xlsx = mvc.perform(get("/api/v1/reports/tables/" + table + ".xlsx")
                            .with(httpBasic(Officers.PROVINCIAL_LEADER, Officers.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(shown.get("rows").size());
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo(shown.get("headingsVi").get(1).asText());
                for (int r = 0; r < shown.get("rows").size(); r++) {
                    assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue())
                            .isEqualTo(shown.get("rows").get(r).get(0).asText());
                    assertThat(records.get(r + 1).get(0)).isEqualTo(shown.get("rows").get(r).get(0).asText());
                }
            }
        }
    }

    @Test
    void aBadPeriodIsAProblemThatNamesIt() throws Exception {
        mvc.perform(get("/api/v1/reports/766?from=2026-13").with(httpBasic(Officers.AUDITOR, Officers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("yyyy-MM")));
        mvc.perform(get("/api/v1/reports/tables/nothing").with(httpBasic(Officers.AUDITOR, Officers.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePublicTransparencyFiguresNeedNoLoginAndCarryNoPersonalData() throws Exception {
        String body = mvc.perform(get("/api/v1/transparency?months=3")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode t = json.readTree(body);
        assertThat(t.get("rows")).isNotEmpty();
        assertThat(body).doesNotContain(Officers.APPLICANT_ID).doesNotContain("Nguyễn Thị Hạnh").doesNotContain("-0001");
        mvc.perform(get("/api/v1/transparency?months=99")).andExpect(status().isBadRequest());
    }

    @Test
    void theWhatIfOfAMergeAnswersTheProvincialLeaderAndTheAuditorOnly() throws Exception {
        String month = java.time.YearMonth.now(vn.motcua.calendar.WorkingCalendar.ZONE).toString();
        String merge = json.writeValueAsString(java.util.Map.of("name", "Gộp Lạc Dương vào Xuân Hương",
                "from", month, "to", month, "officers", java.util.Map.of("default", 1),
                "changes", java.util.Map.of("moves", List.of(java.util.Map.of("from", Officers.LACDUONG, "to", Officers.XUANHUONG)),
                        "officers", java.util.Map.of(Officers.LACDUONG, 0))));
        for (String user : List.of(Officers.XUANHUONG_LEADER, Officers.XUANHUONG_SPECIALIST)) {
            mvc.perform(post("/api/v1/reports/what-if").contentType(MediaType.APPLICATION_JSON).content(merge)
                            .with(httpBasic(user, Officers.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/v1/reports/what-if").contentType(MediaType.APPLICATION_JSON).content(merge))
                .andExpect(status().isUnauthorized());

        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/reports/what-if").contentType(MediaType.APPLICATION_JSON)
                        .content(merge).with(httpBasic(Officers.PROVINCIAL_LEADER, Officers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode xh = null;
        JsonNode ld = null;
        for (JsonNode u : answer.get("units")) {
            if (u.get("unit").asText().equals(Officers.XUANHUONG)) {
                xh = u;
            } else if (u.get("unit").asText().equals(Officers.LACDUONG)) {
                ld = u;
            }
        }
        assertThat(xh).isNotNull();
        assertThat(ld).isNotNull();
        long received = xh.get("recorded").get("received").asLong() + ld.get("recorded").get("received").asLong();
        assertThat(ld.get("recorded").get("received").asLong()).isPositive();
        assertThat(xh.get("scenario").get("received").asLong()).isEqualTo(received);
        assertThat(ld.get("scenario").get("received").asLong()).isZero();
        assertThat(ld.get("officersAfter").asInt()).isZero();
        assertThat(xh.get("name").asText()).isNotBlank();
        // the actual map replayed gives what happened
        assertThat(answer.get("baselineTotal")).isEqualTo(answer.get("recordedTotal"));
        assertThat(xh.get("baseline")).isEqualTo(xh.get("recorded"));

        byte[] png = mvc.perform(post("/api/v1/reports/what-if.png").contentType(MediaType.APPLICATION_JSON).content(merge)
                        .with(httpBasic(Officers.AUDITOR, Officers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1200);
        String table = mvc.perform(post("/api/v1/reports/what-if.txt").contentType(MediaType.APPLICATION_JSON).content(merge)
                        .with(httpBasic(Officers.AUDITOR, Officers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(table).contains("Gộp Lạc Dương vào Xuân Hương", Officers.XUANHUONG, Officers.LACDUONG, "1→0", "TỔNG/TOTAL");

        mvc.perform(post("/api/v1/reports/what-if").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2026-13\", \"to\": \"2026-03\"}")
                        .with(httpBasic(Officers.PROVINCIAL_LEADER, Officers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("yyyy-MM")));
    }

    @Test
    void theRebuildGivesDossiersWithoutProjectionTheirCountersAgain() {
        // as before V85: dossiers with no projection and no counters
        jdbc.sql("delete from report_counter").update();
        jdbc.sql("delete from report_open_counter").update();
        jdbc.sql("delete from report_counter_rollup").update();
        jdbc.sql("delete from report_open_month").update();
        jdbc.sql("delete from report_dossier").update();
        jdbc.sql("delete from report_open_now").update();
        assertThat(recount.compare().differences()).isNotEmpty();

        ReportingRebuild.Result first = rebuild.rebuild(n -> { });
        assertThat(first.projected()).isEqualTo(first.dossiers()).isPositive();
        assertThat(recount.compare().differences()).isEmpty();
        // again: nothing to do, nothing counted twice
        assertThat(rebuild.rebuild(n -> { }).projected()).isZero();
        assertThat(recount.compare().differences()).isEmpty();
    }

    /**
     * Dossiers projected before the other modules' facts were counted (V163: facts_read false, the facts' counters 0)
     * get them from the backfill: the score first says how many wait, then counts them as the modules hold them, and
     * the counters equal the recount. A second run finds nothing to do.
     */
    @Test
    void theFactsOfDossiersProjectedBeforeTheyWereCountedAreReadByTheBackfill() throws Exception {
        UUID marked = submit(Officers.XUANHUONG);
        paperMarks.record(marked, List.of(new vn.motcua.dossier.PaperMarks.Mark("Giấy chứng sinh", true, true)), "INTAKE",
                "test");
        JsonNode counted = read(Officers.PROVINCIAL_LEADER, "/api/v1/reports/766");
        long digitised = indicator(counted, "4.2").get("numerator").asLong();
        assertThat(digitised).as("the marks' event counted them at once").isPositive();
        assertThat(indicator(counted, "4.4").get("numerator").asLong()).isPositive();
        assertThat(counted.get("factsPending").asLong()).isZero();

        // as the migration leaves a database projected before it
        jdbc.sql("""
                update report_dossier set facts_read = false, synced = false, fee_charging = false, paid_online = false,
                    digitised = false, reused = false, complained = false, rated_not_satisfied = false""").update();
        for (String table : List.of("report_counter", "report_counter_rollup")) {
            jdbc.sql("update " + table + " set synced = 0, fee_charging = 0, paid_online = 0, digitised = 0, reused = 0,"
                    + " complained = 0, rated_not_satisfied = 0").update();
        }
        JsonNode before = read(Officers.PROVINCIAL_LEADER, "/api/v1/reports/766");
        assertThat(indicator(before, "4.2").get("numerator").asLong()).isZero();
        assertThat(before.get("factsPending").asLong()).isPositive();
        assertThat(recount.compare().differences()).isNotEmpty();

        assertThat(backfill.backfill()).isEqualTo(before.get("factsPending").asLong());
        JsonNode after = read(Officers.PROVINCIAL_LEADER, "/api/v1/reports/766");
        assertThat(indicator(after, "4.2").get("numerator").asLong()).isEqualTo(digitised);
        assertThat(after.get("factsPending").asLong()).isZero();
        assertThat(recount.compare().differences()).isEmpty();
        assertThat(backfill.backfill()).isZero();
    }

    private UUID submit(String unit) throws Exception {
        String receiver = unit.equals(Officers.LACDUONG) ? Officers.LACDUONG_RECEIVER : Officers.XUANHUONG_RECEIVER;
        String body = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(receiver, Officers.PASSWORD))
                        .content(json.writeValueAsString(Dossiers.birthRegistration(unit, "COUNTER"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("dossierId").asText());
    }

    private JsonNode read(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, Officers.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode indicator(JsonNode score, String code) {
        for (JsonNode i : score.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
