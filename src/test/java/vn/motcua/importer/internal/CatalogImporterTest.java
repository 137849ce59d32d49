package vn.motcua.importer.internal;

import vn.motcua.importer.CatalogImportCommand;

import vn.motcua.importer.internal.CatalogImporter;
import vn.motcua.importer.internal.GeneratedMarker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.catalog.ProcessVariables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The importer on the made-up fixture (src/test/resources/catalog-fixture), writing into a temporary project root. */
class CatalogImporterTest {

    static final Path FIXTURE = Path.of("src/test/resources/catalog-fixture");
    private static final List<String> GENERATED = List.of("9.000001", "9.000002", "9.000003", "9.000004", "9.000005",
            "9.000006", "9.000009", "9.000010.H36");

    @TempDir
    Path out;

    @BeforeEach
    void aHandMadeModelExistsFor9_000008() throws IOException {
        Files.createDirectories(out.resolve("processes"));
        Files.writeString(out.resolve("processes/tthc-9.000008.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="x">
                  <bpmn:process id="tthc-9.000008" isExecutable="true">
                    <bpmn:extensionElements><camunda:properties><camunda:property name="motcua.code" value="9.000008" /></camunda:properties></bpmn:extensionElements>
                  </bpmn:process>
                </bpmn:definitions>
                """);
    }

    @Test
    void eachProvinceOrCommuneProcedureGetsItsProcessDecisionAndIntakeForm() throws IOException {
        CatalogImporter.Result result = run(false);

        for (String code : GENERATED) {
            assertThat(out.resolve("processes/catalog/tthc-" + code + ".bpmn")).isRegularFile();
            assertThat(out.resolve("decisions/catalog/authority-" + code + ".dmn")).isRegularFile();
            assertThat(out.resolve("forms/catalog/form-" + code + ".form")).isRegularFile();
        }
        assertThat(modelFiles()).hasSize(3 * GENERATED.size());
        assertThat(result.rowsRead()).isEqualTo(11);
        assertThat(result.generatedByLevel()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ImplementingLevel.COMMUNE, 3, ImplementingLevel.PROVINCE, 5));

        String commune = Files.readString(out.resolve("processes/catalog/tthc-9.000001.bpmn"));
        assertThat(commune).contains("<bpmn:process id=\"tthc-9.000001\" name=\"Xác nhận thử nghiệm cấp xã (thủ tục mẫu)\"",
                "camunda:historyTimeToLive=\"365\"", "name=\"motcua.level\" value=\"COMMUNE\"",
                "name=\"motcua.limit.COUNTER\" value=\"3WD\"", "name=\"motcua.fee.ONLINE\" value=\"0\"",
                "camunda:formRef=\"form-9.000001\"", "camunda:decisionRef=\"authority-9.000001\"",
                "sourceRef=\"Gateway_Received\" targetRef=\"Call_Decide\"", "messageRef=\"Message_WithdrawalRequested\"")
                .doesNotContain("Event_HandedOver", "Call_Consult", "motcua.documents");
        String province = Files.readString(out.resolve("processes/catalog/tthc-9.000002.bpmn"));
        assertThat(province).contains("name=\"motcua.level\" value=\"PROVINCE\"", "name=\"motcua.limit.COUNTER\" value=\"30CD\"",
                "name=\"motcua.fee.COUNTER\" value=\"500000\"", "name=\"motcua.fee.ONLINE\" value=\"250000\"",
                "${dossierLifecycle.handOver(execution, competentUnitCode)}", "sourceRef=\"Event_HandedOver\" targetRef=\"Call_Decide\"")
                .doesNotContain("motcua.limit.POSTAL", "Call_Consult");
        assertThat(Files.readString(out.resolve("decisions/catalog/authority-9.000002.dmn")))
                .contains("hitPolicy=\"UNIQUE\"", "<text>\"DEPARTMENT_CONSTRUCTION\"</text>", "<text>receivingCommuneCode</text>",
                        "Rule_ReceivedAtProvince", "Rule_ReceivedAtCommune", "<dmndi:DMNShape")
                .doesNotContain("H36");
        assertThat(Files.readString(out.resolve("decisions/catalog/authority-9.000001.dmn")))
                .contains("<text>\"COMMUNE\"</text>", "<text>\"COMMUNE_PEOPLES_COMMITTEE\"</text>", "<text>applicantCommuneCode</text>")
                .doesNotContain("Rule_ReceivedAtProvince", "H36");
        assertThat(Files.readString(out.resolve("decisions/catalog/authority-9.000004.dmn")))
                .contains("<text>\"PROVINCIAL_PEOPLES_COMMITTEE\"</text>").doesNotContain("H36");
        assertThat(province).contains("${competentBodies.unitCode(competentBodyKind, competentCommuneCode)}",
                "<camunda:outputParameter name=\"specialistGroup\">${competentUnitCode}:specialist</camunda:outputParameter>");

        assertThat(Files.readString(out.resolve("processes/catalog/tthc-9.000010.H36.bpmn")))
                .contains("<bpmn:process id=\"tthc-9.000010.H36\"", "id=\"Definitions_Tthc9_000010_H36\"");
        String longName = Files.readString(out.resolve("processes/catalog/tthc-9.000009.bpmn"));
        assertThat(longName).contains("name=\"motcua.name\"", "&lt;ký tự&gt; &amp; &quot;đặc biệt&quot;");
        assertThat(Files.readString(out.resolve("forms/catalog/form-9.000009.form"))).contains("\"motcua.document\": \"Đơn đăng ký / bản kê\"");
    }

    @Test
    void theIntakeFormIsACamundaFormWithTheNameDocumentsAndGenericFieldsThatAreNoLifecycleVariables() throws IOException {
        run(false);

        JsonNode form = new ObjectMapper().readTree(out.resolve("forms/catalog/form-9.000001.form").toFile());
        assertThat(form.path("id").asText()).isEqualTo("form-9.000001");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("motcuaGenerated").asText()).hasSize(64);
        JsonNode heading = form.path("components").get(0);
        assertThat(heading.path("type").asText()).isEqualTo("text");
        // the documents are named once, by their upload fields, not also in the heading
        assertThat(heading.path("text").asText()).contains("Xác nhận thử nghiệm cấp xã").doesNotContain("Giấy tờ chứng minh nơi cư trú");
        List<String> keys = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        form.path("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.path("key").asText());
                required.add(c.path("validate").path("required").asBoolean(false));
            }
        });
        assertThat(keys).startsWith("applicantType", "organisationName", "enterpriseCode")
                .endsWith("subject", "applicantAddress", "note");
        assertThat(keys).filteredOn(k -> k.startsWith("document")).isNotEmpty();
        JsonNode firstDocument = null;
        for (JsonNode c : form.path("components")) {
            if (c.path("type").asText().equals("filepicker") && firstDocument == null) {
                firstDocument = c;
            }
        }
        assertThat(firstDocument).as("an upload field per required document").isNotNull();
        assertThat(firstDocument.path("properties").path("motcua.document").asText()).isNotBlank();
        assertThat(form.path("components").findValuesAsText("label")).contains("Giấy tờ chứng minh nơi cư trú");
        // the place inputs of the authority decision are the one documented exception (ProcessVariables.PLACE_INPUTS)
        assertThat(keys).contains(ProcessVariables.APPLICANT_COMMUNE_CODE);
        assertThat(keys.stream().filter(k -> !ProcessVariables.PLACE_INPUTS.contains(k)).toList())
                .doesNotContainAnyElementsOf(processVariableNames());
    }

    @Test
    void runningAgainOnTheSameExportChangesNothingByteForByte() throws IOException {
        run(false);
        Map<String, byte[]> first = snapshot();

        CatalogImporter.Result second = run(false);

        assertThat(snapshot()).usingRecursiveComparison().isEqualTo(first);
        assertThat(second.files()).containsOnlyKeys(CatalogImporter.Outcome.UNCHANGED);
        assertThat(second.removedStale()).isEmpty();
    }

    @Test
    void aModelAnAnalystEditedIsKeptUnlessOverwritingEditedModelsIsAsked() throws IOException {
        run(false);
        Path process = out.resolve("processes/catalog/tthc-9.000003.bpmn");
        Path form = out.resolve("forms/catalog/form-9.000003.form");
        String edited = Files.readString(process).replace("value=\"5CD\"", "value=\"5WD\"");
        Files.writeString(process, edited);
        String editedForm = Files.readString(form).replace("Ghi chú", "Ghi chú thêm");
        Files.writeString(form, editedForm);

        CatalogImporter.Result kept = run(false);

        assertThat(Files.readString(process)).isEqualTo(edited);
        assertThat(Files.readString(form)).isEqualTo(editedForm);
        assertThat(kept.keptEdited()).containsExactlyInAnyOrder("processes/catalog/tthc-9.000003.bpmn", "forms/catalog/form-9.000003.form");
        assertThat(kept.files()).containsEntry(CatalogImporter.Outcome.KEPT_EDITED, 2);

        CatalogImporter.Result overwritten = run(true);

        assertThat(Files.readString(process)).contains("value=\"5CD\"").doesNotContain("value=\"5WD\"");
        assertThat(GeneratedMarker.FORM.untouched(Files.readString(form))).isTrue();
        assertThat(overwritten.files()).containsEntry(CatalogImporter.Outcome.OVERWRITTEN_EDITED, 2);
    }

    @Test
    void anUneditedGeneratedModelIsUpdatedWhenTheExportChanges() throws IOException {
        run(false);
        Path process = out.resolve("processes/catalog/tthc-9.000001.bpmn");
        String before = Files.readString(process);
        // an older generation: same mark scheme, different content
        Files.writeString(process, GeneratedMarker.BPMN.seal(before.replaceAll("value=\"[0-9a-f]{64}\"", "value=\"\"")
                .replace("value=\"3WD\"", "value=\"9WD\"")));

        CatalogImporter.Result result = run(false);

        assertThat(Files.readString(process)).isEqualTo(before);
        assertThat(result.files()).containsEntry(CatalogImporter.Outcome.UPDATED, 1);
    }

    @Test
    void theReportListsTheRowsNotParsedCleanlyWithWhyAndWhatWasDoneAndTheAssumptions() throws IOException {
        run(false);

        String report = Files.readString(out.resolve(CatalogImporter.REPORT));
        assertThat(report).contains("| rows read | 11 |", "| procedures generated | 8 |", "level COMMUNE | 3 |", "level PROVINCE | 5 |");
        assertThat(section(report, "9.000004")).contains("time limits", "limit in hours",
                "written as UNPUBLISHED: due dates use the province's default limit");
        assertThat(section(report, "9.000005")).contains("the limit starts the fee cell",
                "fee in a foreign currency", "written as UNKNOWN");
        assertThat(section(report, "9.000003")).contains("COUNTER fee", "no information", "written as UNKNOWN", "never free");
        assertThat(section(report, "9.000009")).contains("implausible", "the engine's name column holds 255");
        assertThat(section(report, "9.000006")).contains("ONLINE limit", "another channel's limit used");
        String defaults = report.substring(report.indexOf("## Mặc định của tỉnh đã áp dụng / Provincial defaults applied"));
        assertThat(defaults).contains("| limit: the province's default applied (not published) | 1 |", "- `9.000004`: ");
        assertThat(report).doesNotContainIgnoringCase("cannot be used").doesNotContain("không được mở", "chưa kênh nào nộp được");
        assertThat(report).contains("row 6 repeats the code of row 1", "the first row kept, this one skipped");
        assertThat(section(report, "9.000008")).contains("processes/tthc-9.000008.bpmn", "not generated, the hand-made model stays");
        assertThat(section(report, "9.000007")).contains("neither province nor commune level");
        String assumptions = report.substring(report.indexOf("## Giả định / Assumptions"));
        assertThat(assumptions).contains("`9.000003`: COUNTER `5` → 5CD, POSTAL `5` → 5CD", "| `DEPARTMENT_CONSTRUCTION` | Sở Xây dựng | 1 | 0 |",
                "procedures whose agency text the classification does not hold", "`9.000004` ", "`Tòa án nhân dân cấp tỉnh`");
        assertThat(section(report, "9.000004")).contains("text not in the reviewed classification");
        assertThat(report.indexOf("### `9.000003`")).isLessThan(report.indexOf("### `9.000004`"));
        assertThat(section(report, "9.000001")).contains("row 6", "not generated").doesNotContain("row 1 ·");
        assertThat(report).doesNotContain("### `9.000002`");
    }

    @Test
    void aDryRunWritesNothingButSaysWhatWouldHappen() throws IOException {
        CatalogImporter.Result result = run(false, true);

        assertThat(result.files()).containsEntry(CatalogImporter.Outcome.CREATED, 3 * GENERATED.size());
        assertThat(modelFiles()).isEmpty();
        assertThat(out.resolve(CatalogImporter.REPORT)).doesNotExist();
    }

    @Test
    void aGeneratedModelWhoseProcedureIsNoLongerGeneratedIsRemovedUnlessEdited() throws IOException {
        run(false);
        Files.copy(out.resolve("processes/catalog/tthc-9.000001.bpmn"), out.resolve("processes/tthc-9.000001.bpmn"));

        CatalogImporter.Result result = run(false);

        assertThat(out.resolve("processes/catalog/tthc-9.000001.bpmn")).doesNotExist();
        assertThat(result.removedStale()).containsExactlyInAnyOrder("processes/catalog/tthc-9.000001.bpmn",
                "decisions/catalog/authority-9.000001.dmn", "forms/catalog/form-9.000001.form");
    }

    @Test
    void theCommandPrintsProgressAndASummaryAndRejectsUnknownArguments() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int status = CatalogImportCommand.run(new String[]{"--source", FIXTURE.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("11/11", "11 rows read; 8 procedures generated (COMMUNE 3, PROVINCE 5)",
                "1 with a hand-made model, 1 duplicate codes, 1 not province/commune level", "24 created");
        assertThat(CatalogImportCommand.run(new String[]{"--source", FIXTURE.toString(), "--bogus"},
                new PrintStream(stdout), new PrintStream(stderr))).isEqualTo(2);
        assertThat(CatalogImportCommand.run(new String[]{"--source", out.resolve("nothing-here").toString()},
                new PrintStream(stdout), new PrintStream(stderr))).isEqualTo(2);
    }

    private CatalogImporter.Result run(boolean overwriteEdited) {
        return run(overwriteEdited, false);
    }

    private CatalogImporter.Result run(boolean overwriteEdited, boolean dryRun) {
        return CatalogImporter.run(new CatalogImporter.Options(FIXTURE, out, overwriteEdited, dryRun), line -> { });
    }

    private List<Path> modelFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("processes/catalog", "decisions/catalog", "forms/catalog")) {
            if (Files.isDirectory(out.resolve(folder))) {
                try (Stream<Path> list = Files.list(out.resolve(folder))) {
                    files.addAll(list.toList());
                }
            }
        }
        return files;
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String section(String report, String code) {
        int start = report.indexOf("### `" + code + "`");
        assertThat(start).as("report section of %s", code).isNotNegative();
        int end = report.indexOf("\n### ", start + 1);
        int assumptions = report.indexOf("\n## ", start + 1);
        int stop = end < 0 ? assumptions : assumptions < 0 ? end : Math.min(end, assumptions);
        return report.substring(start, stop < 0 ? report.length() : stop);
    }

    static List<String> processVariableNames() {
        List<String> names = new ArrayList<>();
        for (Field f : ProcessVariables.class.getFields()) {
            if (f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
