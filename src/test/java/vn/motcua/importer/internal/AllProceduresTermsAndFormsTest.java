package vn.motcua.importer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.TermsProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Limits, fees and intake forms of all 1,584 procedures of the shared catalog export: every procedure can be submitted
 * on each channel its source lists (a limit, or {@code UNPUBLISHED} with the province's default), a fee is free only
 * when the source says so and not the People's Council, the online discount of 2.001194 is kept with its dates, and
 * each generated form has an upload field per document the parser found. Skipped only when the shared data is absent.
 */
@DisplayName("All 1,584 procedures: terms as the source states them and a real intake form")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllProceduresTermsAndFormsTest {

    private static final Path CATALOG = Path.of("../shared/data/tthc-catalog");
    private List<CatalogRow> rows;
    private final Map<String, ProcedureFacts> facts = new java.util.LinkedHashMap<>();

    @BeforeAll
    void interpretEveryRow() {
        assumeTrue(Files.isRegularFile(CATALOG.resolve(CatalogSource.FILE_NAME)), "shared catalog export not found at " + CATALOG);
        rows = CatalogSource.read(CATALOG);
        for (CatalogRow row : rows) {
            ImplementingLevel.of(row.levels()).ifPresent(level -> facts.putIfAbsent(row.code(), ProcedureInterpreter.interpret(row, level, null)));
        }
    }

    @Test
    void everyProcedureCanBeSubmittedOnEachChannelItsSourceLists() {
        assertThat(rows).hasSize(1584);
        List<String> problems = new ArrayList<>();
        int defaults = 0;
        for (CatalogRow row : rows) {
            ProcedureFacts f = facts.get(row.code());
            if (f == null) {
                continue;
            }
            Map<String, String> terms = BpmnGenerator.terms(f);
            for (CatalogRow.ChannelEntry entry : row.channels()) {
                ProcedureInterpreter.channel(entry.form()).ifPresent(channel -> {
                    if (!terms.containsKey(TermsProperties.LIMIT + channel.name())) {
                        problems.add(row.code() + " " + channel + ": no motcua.limit");
                    }
                });
            }
            if (!f.unpublished().isEmpty()) {
                defaults++;
            }
            f.issues().forEach(i -> {
                if (i.action().contains("cannot") || i.action().contains("không được mở") || i.action().contains("chưa kênh nào nộp được")) {
                    problems.add(row.code() + ": " + i.action());
                }
            });
        }
        assertThat(problems).as("channels that cannot be submitted").isEmpty();
        assertThat(defaults).as("procedures with the province's default limit").isBetween(100, 200);
    }

    @Test
    void aFeeIsFreeOnlyWhenTheSourceSaysFreeAndThePeoplesCouncilDoesNotSetIt() {
        List<String> wronglyFree = new ArrayList<>();
        int unknown = 0;
        int provincial = 0;
        for (CatalogRow row : rows) {
            ProcedureFacts f = facts.get(row.code());
            if (f == null) {
                continue;
            }
            for (Map.Entry<Channel, Fee> e : f.fees().entrySet()) {
                Fee fee = e.getValue();
                unknown += fee.basis() == Fee.Basis.UNKNOWN ? 1 : 0;
                provincial += fee.basis() == Fee.Basis.PROVINCIAL_TABLE ? 1 : 0;
                if (!fee.free()) {
                    continue;
                }
                boolean saysFree = row.channels().stream()
                        .filter(c -> ProcedureInterpreter.channel(c.form()).orElse(null) == e.getKey())
                        .map(c -> fold(c.fee()))
                        .anyMatch(t -> t.startsWith("miễn phí") || t.startsWith("miễn lệ phí") || t.startsWith("0 "));
                if (!saysFree) {
                    wronglyFree.add(row.code() + " " + e.getKey());
                }
            }
        }
        assertThat(wronglyFree).as("free although the source does not say free").isEmpty();
        assertThat(unknown).as("channel fees not published").isGreaterThan(300);
        assertThat(provincial).as("channel fees set by the provincial People's Council").isGreaterThan(40);
    }

    @Test
    void theOnlineDiscountOfTheIdentityCardIsKeptWithItsDates() {
        Fee online = facts.get("2.001194").fees().get(Channel.ONLINE);
        assertThat(online.amountVnd()).isEqualTo(70_000L);
        assertThat(online.discounts()).extracting(Fee.Discount::percent).containsOnly(50);
        assertThat(online.dueOn(java.time.LocalDate.of(2026, 6, 1))).contains(35_000L);
        assertThat(online.dueOn(java.time.LocalDate.of(2027, 1, 4))).contains(70_000L);
    }

    @Test
    void everyGeneratedFormHasAnUploadFieldPerDocumentTheParserFoundAndOriginalOrCopyWhereStated() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int withQuantities = 0;
        int unsplit = 0;
        for (ProcedureFacts f : facts.values()) {
            JsonNode form = json.readTree(FormGenerator.generate(f));
            List<JsonNode> uploads = new ArrayList<>();
            form.path("components").forEach(c -> {
                if (c.path("type").asText().equals("filepicker")) {
                    uploads.add(c);
                }
            });
            assertThat(uploads).as(f.code()).hasSize(f.documentItems().size());
            if (f.documentItems().stream().anyMatch(DocumentListParser.Document::quantityKnown)) {
                withQuantities++;
                assertThat(uploads).as(f.code()).anySatisfy(u -> assertThat(u.path("description").asText()).startsWith("Bản chính: "));
            }
            unsplit += f.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.DOCUMENTS_NOT_SPLIT) ? 1 : 0;
        }
        assertThat(withQuantities).as("procedures whose documents carry original/copy counts").isGreaterThan(1000);
        assertThat(unsplit).as("procedures whose document text could not be split (reported)").isLessThan(200);
    }

    /**
     * The template file glued to a document's name is gone from every label, checked with shapes independent of the
     * cutter: no extension, no "Mẫu"/"Mau" or file name glued to a word, no "văn bản đề" left of "văn bản đề nghị.docx";
     * the names cut only at their last word are each in the report.
     */
    @Test
    void noDocumentNameKeepsItsGluedTemplateFileAndTheUncertainCutsAreReported() {
        java.util.regex.Pattern remnant = java.util.regex.Pattern.compile(
                "(?<![“\"])\\.(docx?|pdf|xlsx?)\\b|\\p{Ll}(Mẫu|Mau|mẫu|mau)(\\s|$)|(Mẫu|Mau|mẫu|mau) (số|so)$|[;.](văn bản|báo cáo|tờ|mau|mẫu)"
                        + "|\\p{Ll}{2}(văn bản đề|báo cáo kết quả)|TT-\\p{Lu}+(Mẫu|Mus|Phụ lục)|[-/](CP|BCA|BTC)(mau|Mau|Mẫu)|-TT$|GMSGMS");
        List<String> remnants = new ArrayList<>();
        int uncertain = 0;
        for (ProcedureFacts f : facts.values()) {
            List<Issue> reported = f.issues().stream().filter(i -> i.kind() == Issue.Kind.TEMPLATE_FILE_NOT_CUT).toList();
            f.documentItems().stream().map(DocumentListParser.Document::name)
                    .filter(n -> remnant.matcher(n).find())
                    .filter(n -> reported.stream().noneMatch(i -> i.source().equals(ProcedureInterpreter.shorten(n))))
                    .forEach(n -> remnants.add(f.code() + ": " + n));
            uncertain += reported.size();
            assertThat(reported).as(f.code()).allSatisfy(i -> assertThat(f.documentItems()).extracting(DocumentListParser.Document::name)
                    .anySatisfy(n -> assertThat(i.source()).isEqualTo(ProcedureInterpreter.shorten(n))));
        }
        assertThat(remnants).as("document names with a template file left in them").isEmpty();
        assertThat(uncertain).as("names cut at their last word only (reported)").isBetween(1, 20);
    }

    @Test
    void noGeneratedFormAsksToUploadANoteAndEveryNoteIsShownWithTheDocuments() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int withNotes = 0;
        List<String> noteUploads = new ArrayList<>();
        for (ProcedureFacts f : facts.values()) {
            JsonNode form = json.readTree(FormGenerator.generate(f));
            form.path("components").forEach(c -> {
                String document = c.path("properties").path("motcua.document").asText("");
                if (c.path("type").asText().equals("filepicker") && DocumentListParser.isNote(document)) {
                    noteUploads.add(f.code() + ": " + document);
                }
            });
            if (!f.documentNotes().isEmpty()) {
                withNotes++;
                String heading = form.path("components").get(0).path("text").asText();
                assertThat(heading).as(f.code()).contains("**Lưu ý về hồ sơ:**");
                assertThat(f.documentNotes()).as(f.code()).allSatisfy(note -> assertThat(heading).contains(FormGenerator.markdown(note)));
                assertThat(f.issues()).as(f.code()).anySatisfy(i -> assertThat(i.kind()).isEqualTo(Issue.Kind.DOCUMENT_NOTES));
            }
        }
        assertThat(withNotes).as("procedures whose document list has notes (e.g. 2.002349's \"Lưu ý\" asked as a required upload)")
                .isGreaterThan(50);
        assertThat(noteUploads).as("upload fields that name no paper").isEmpty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }
}
