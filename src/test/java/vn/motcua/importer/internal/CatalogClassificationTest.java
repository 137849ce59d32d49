package vn.motcua.importer.internal;

import vn.motcua.catalog.ProcessVariables;
import vn.motcua.organisation.BodyKinds;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewed classification of competent bodies ({@code importer/competent-bodies.csv}) against the whole source:
 * every agency text the catalog uses maps to exactly one kind of body at every level it is used, and the authority
 * decision of each of the 1,584 procedures (generated or hand-made) names, for each receiving level, the kind the
 * classification gives its source agency.
 */
@DisplayName("Competent bodies: the reviewed classification and every procedure's authority decision")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogClassificationTest {

    private static final Path CATALOG = Path.of("../shared/data/tthc-catalog");

    private final CompetentBodyClassification classification = CompetentBodyClassification.reviewed();
    private List<CatalogRow> rows;
    private Map<String, String[]> official;

    @BeforeAll
    void readTheSource() {
        assertThat(CATALOG.resolve(CatalogSource.FILE_NAME)).as("the shared catalog export").isRegularFile();
        rows = CatalogSource.read(CATALOG).stream().filter(r -> !ImplementingLevel.all(r.levels()).isEmpty()).toList();
        official = OfficialList.texts(CatalogSource.resolve(CATALOG));
    }

    @Test
    void everyAgencyTextOfTheSourceMapsToExactlyOneKindAtEveryLevelItIsUsed() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (CatalogRow row : rows) {
            for (String text : agencyTexts(row)) {
                for (ImplementingLevel level : ImplementingLevel.all(row.levels())) {
                    int found = classification.matches(text, level, row.issuingBody()).size();
                    checked++;
                    if (found != 1) {
                        problems.add(row.code() + " " + level + " (" + found + " rows): " + text);
                    }
                }
            }
        }
        assertThat(checked).as("texts × levels checked").isGreaterThan(2_000);
        assertThat(problems).as("agency texts without exactly one kind").isEmpty();
    }

    @Test
    void everyRowOfTheClassificationIsUsedBySomeProcedureAndNamesAKnownKindWithAReason() {
        Set<Long> used = new HashSet<>();
        for (CatalogRow row : rows) {
            for (String text : agencyTexts(row)) {
                for (ImplementingLevel level : ImplementingLevel.all(row.levels())) {
                    classification.matches(text, level, row.issuingBody()).forEach(r -> used.add(r.line()));
                }
            }
        }
        assertThat(classification.rows()).allSatisfy(row -> {
            assertThat(used).as("row %s (%s) is used", row.line(), row.text()).contains(row.line());
            assertThat(BodyKinds.find(row.kind())).as("kind of row %s", row.line()).isPresent();
            assertThat(row.reason()).as("reason of row %s", row.line()).isNotBlank();
        });
    }

    @Test
    void eachOfThe1584ProceduresDecisionNamesTheKindTheClassificationGivesItsSourceAgency() throws Exception {
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        Map<String, String> disagreements = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        int decisions = 0;
        for (CatalogRow row : rows) {
            if (!codes.add(row.code())) {
                continue;
            }
            Path file = Path.of("decisions/catalog/authority-" + row.code() + ".dmn");
            if (!Files.exists(file)) {
                file = Path.of("decisions/authority-" + row.code() + ".dmn");
            }
            assertThat(file).as("authority decision of %s", row.code()).exists();
            DmnDecision decision;
            try (InputStream in = Files.newInputStream(file)) {
                decision = dmn.parseDecision("authority-" + row.code(), in);
            }
            Set<ImplementingLevel> levels = ImplementingLevel.all(row.levels());
            for (ImplementingLevel receivedAt : ImplementingLevel.values()) {
                DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                        .putValue(ProcessVariables.RECEIVING_UNIT_CODE, "X")
                        .putValue(ProcessVariables.RECEIVING_UNIT_LEVEL, receivedAt.name())
                        .putValue(ProcessVariables.RECEIVING_COMMUNE_CODE, "00001")
                        .putValue(ProcessVariables.APPLICANT_COMMUNE_CODE, "00002")
                        .putValue(ProcessVariables.PROPERTY_COMMUNE_CODE, "00003"));
                if (receivedAt == ImplementingLevel.PROVINCE && !levels.contains(ImplementingLevel.PROVINCE)) {
                    if (!result.isEmpty()) {
                        disagreements.put(row.code() + " PROVINCE", "a commune-level procedure is received at the provincial centre");
                    }
                    continue;
                }
                ImplementingLevel settledAt = levels.contains(receivedAt) ? receivedAt : ImplementingLevel.PROVINCE;
                String expected = expectedKind(row, settledAt);
                String actual = result.isEmpty() ? "(no rule)" : result.getSingleResult().getEntry(ProcessVariables.COMPETENT_BODY_KIND);
                decisions++;
                if (!expected.equals(actual)) {
                    disagreements.put(row.code() + " received at " + receivedAt, "decision says " + actual + ", classification " + expected);
                }
                Object commune = result.isEmpty() ? null : result.getSingleResult().getEntry(ProcessVariables.COMPETENT_COMMUNE_CODE);
                if (!(commune instanceof String c) || !c.matches("0000[123]")) {
                    disagreements.put(row.code() + " commune at " + receivedAt, "the decision names no territory: " + commune);
                }
            }
        }
        assertThat(codes).as("the province's catalog").hasSize(1584);
        assertThat(decisions).as("receiving levels checked").isGreaterThanOrEqualTo(1584);
        assertThat(disagreements).as("procedures whose decision disagrees with the classification").isEmpty();
    }

    @Test
    void everyProcedureWhoseSourceNamesNoAgencyHasOneReviewedBodyPerLevelInTheWordsOfItsOwnSteps() {
        List<String> problems = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        int nameless = 0;
        for (CatalogRow row : rows) {
            if (!agencyTexts(row).isEmpty()) {
                continue;
            }
            nameless++;
            String steps = plain(row.steps());
            for (ImplementingLevel level : ImplementingLevel.all(row.levels())) {
                List<CompetentBodyClassification.ProcedureRow> found = classification.procedureMatches(row.code(), level);
                if (found.size() != 1) {
                    problems.add(row.code() + " " + level + ": " + found.size() + " reviewed rows");
                    continue;
                }
                used.add(found.get(0).line());
                if (!steps.contains(plain(found.get(0).evidence()))) {
                    problems.add(row.code() + " " + level + ": its steps do not say \"" + found.get(0).evidence() + "\"");
                }
            }
        }
        assertThat(nameless).as("procedures whose source names no agency at all").isPositive();
        assertThat(problems).as("procedures without exactly one reviewed body quoted from their steps").isEmpty();
        assertThat(classification.byProcedure()).allSatisfy(row -> {
            assertThat(used).as("per-procedure row %s (%s %s) is for a procedure that names no agency", row.line(), row.code(), row.level())
                    .contains(row.line());
            assertThat(row.reason()).as("reason of per-procedure row %s", row.line()).isNotBlank();
        });
    }

    @Test
    void noProcedureOfTheSourceIsLeftToTheLevelsPeoplesCommitteeForWantOfAClassification() {
        Set<String> seen = new HashSet<>();
        List<String> unclassified = new ArrayList<>();
        for (CatalogRow row : rows) {
            if (seen.add(row.code()) && !Authority.of(row, official.get(row.code()), classification).classified()) {
                unclassified.add(row.code() + " " + row.name());
            }
        }
        assertThat(seen).as("the province's catalog").hasSize(1584);
        assertThat(unclassified).as("procedures routed to the general body because nothing says who decides").isEmpty();
    }

    private static String plain(String text) {
        return CompetentBodyClassification.key(text);
    }

    /**
     * The kind the reviewed classification gives the procedure's deciding text, or, where the source names no agency,
     * the kind its per-procedure review reads from its steps; else the level's People's Committee.
     */
    private String expectedKind(CatalogRow row, ImplementingLevel level) {
        List<String> texts = agencyTexts(row);
        String text = texts.isEmpty() ? "" : texts.get(0);
        return text.isEmpty()
                ? classification.classifyProcedure(row.code(), level).map(CompetentBodyClassification.ProcedureRow::kind).orElse(generalBody(level))
                : classification.classify(text, level, row.issuingBody()).map(CompetentBodyClassification.Row::kind).orElse(generalBody(level));
    }

    private static String generalBody(ImplementingLevel level) {
        return level == ImplementingLevel.COMMUNE ? "COMMUNE_PEOPLES_COMMITTEE" : "PROVINCIAL_PEOPLES_COMMITTEE";
    }

    /** The agency texts of a row, the deciding one first: competent body, implementing agency, then the official list's. */
    private List<String> agencyTexts(CatalogRow row) {
        List<String> texts = new ArrayList<>();
        if (!row.competentBody().isBlank()) {
            texts.add(row.competentBody());
        }
        if (!row.agency().isBlank()) {
            texts.add(row.agency());
        }
        if (texts.isEmpty() && official.containsKey(row.code())) {
            for (String t : official.get(row.code())) {
                if (t != null && !t.isBlank()) {
                    texts.add(t.strip());
                }
            }
        }
        return texts;
    }
}
