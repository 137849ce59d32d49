package vn.motcua.importer.internal;

import vn.motcua.organisation.BodyKinds;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reviewed classification of the catalog's agency texts into kinds of competent body
 * ({@code importer/competent-bodies.csv}, its header says how it was reviewed): which body decides a procedure is read
 * from what the source names ({@code co_quan_co_tham_quyen}, {@code co_quan_thuc_hien}) at the level that settles it,
 * never guessed from the ministry that published it. A text the file does not hold is <em>unclassified</em>: the
 * importer reports it and applies the level's general body. A procedure whose source names no agency at all is looked
 * up by its code in {@code importer/competent-bodies-by-procedure.csv}: the body its own steps say decides, with the
 * words that say so.
 */
final class CompetentBodyClassification {

    static final String RESOURCE = "importer/competent-bodies.csv";
    static final String BY_PROCEDURE = "importer/competent-bodies-by-procedure.csv";

    /** One reviewed row; {@code level} is {@code null} for ANY, {@code issuingBody} {@code null} for any ministry. */
    record Row(long line, String text, String key, ImplementingLevel level, String issuingBody, String kind, String reason) {
    }

    /**
     * One reviewed procedure whose source names no agency: the kind its steps say decides at {@code level}.
     *
     * @param evidence the words of the procedure's steps that say so, as the source writes them
     */
    record ProcedureRow(long line, String code, ImplementingLevel level, String kind, String evidence, String reason) {
    }

    private static final CompetentBodyClassification INSTANCE = new CompetentBodyClassification(load(), loadByProcedure());

    private final List<Row> rows;
    private final List<ProcedureRow> byProcedure;

    CompetentBodyClassification(List<Row> rows, List<ProcedureRow> byProcedure) {
        this.rows = List.copyOf(rows);
        this.byProcedure = List.copyOf(byProcedure);
    }

    static CompetentBodyClassification reviewed() {
        return INSTANCE;
    }

    List<Row> rows() {
        return rows;
    }

    List<ProcedureRow> byProcedure() {
        return byProcedure;
    }

    /** Every reviewed row of a procedure whose source names no agency, for a dossier settled at {@code level}. */
    List<ProcedureRow> procedureMatches(String code, ImplementingLevel level) {
        return byProcedure.stream().filter(r -> r.code.equals(code) && r.level == level).toList();
    }

    /** The one reviewed row of the procedure at that level; empty when none or (a review mistake the tests catch) several. */
    Optional<ProcedureRow> classifyProcedure(String code, ImplementingLevel level) {
        List<ProcedureRow> found = procedureMatches(code, level);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every row that applies to {@code text} settled at {@code level} for a procedure of {@code issuingBody}. */
    List<Row> matches(String text, ImplementingLevel level, String issuingBody) {
        String key = key(text);
        String ministry = key(issuingBody);
        List<Row> found = new ArrayList<>();
        for (Row row : rows) {
            if (row.key.equals(key) && (row.level == null || row.level == level)
                    && (row.issuingBody == null || row.issuingBody.equals(ministry))) {
                found.add(row);
            }
        }
        return found;
    }

    /** The one row for the text at that level; empty when none or (a review mistake the tests catch) several apply. */
    Optional<Row> classify(String text, ImplementingLevel level, String issuingBody) {
        List<Row> found = matches(text, level, issuingBody);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** NFC, lower case, no-break spaces and runs of blanks as one space, no trailing punctuation. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\s+", " ").strip();
        return t.replaceAll("[\\s.,;:]+$", "");
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : read(RESOURCE)) {
                String level = r.get("level").strip();
                String kind = r.get("kind").strip();
                BodyKinds.get(kind);
                rows.add(new Row(r.getRecordNumber(), r.get("text"), key(r.get("text")),
                        level.equals("ANY") ? null : ImplementingLevel.valueOf(level),
                        r.get("issuing_body").isBlank() ? null : key(r.get("issuing_body")), kind, r.get("reason").strip()));
        }
        return rows;
    }

    private static List<ProcedureRow> loadByProcedure() {
        List<ProcedureRow> rows = new ArrayList<>();
        for (CSVRecord r : read(BY_PROCEDURE)) {
            String kind = r.get("kind").strip();
            BodyKinds.get(kind);
            rows.add(new ProcedureRow(r.getRecordNumber(), r.get("code").strip(), ImplementingLevel.valueOf(r.get("level").strip()),
                    kind, Normalizer.normalize(r.get("evidence").strip(), Normalizer.Form.NFC), r.get("reason").strip()));
        }
        return rows;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = CompetentBodyClassification.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
