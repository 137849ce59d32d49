package vn.motcua.importer.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official list {@code procedures.csv} next to the export (RFC 4180 CSV, header row), read only for the implementing
 * agency of procedures whose detail page names none. Absent file: an empty map.
 */
final class OfficialList {

    static final String FILE_NAME = "procedures.csv";

    private static final String CODE = "ma_thu_tuc";
    private static final String AGENCY = "co_quan_thuc_hien";
    private static final String COMPETENT = "co_quan_co_tham_quyen";

    /** The header names the columns; a record may be shorter than it (it is then skipped), a blank line is none. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    private OfficialList() {
    }

    /** Code → implementing agency ({@code co_quan_thuc_hien}, else {@code co_quan_co_tham_quyen}), non-blank only. */
    static Map<String, String> agencies(Path exportFile) {
        Path csv = exportFile.toAbsolutePath().getParent().resolve(FILE_NAME);
        Map<String, String> agencies = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return agencies;
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(withoutByteOrderMark(Files.readString(csv, StandardCharsets.UTF_8))))) {
            if (!parser.getHeaderNames().containsAll(List.of(CODE, AGENCY, COMPETENT))) {
                return agencies;
            }
            for (CSVRecord record : parser) {
                if (!record.isSet(CODE) || !record.isSet(AGENCY) || !record.isSet(COMPETENT)) {
                    continue;
                }
                String value = !record.get(AGENCY).isBlank() ? record.get(AGENCY) : record.get(COMPETENT);
                if (!value.isBlank()) {
                    agencies.putIfAbsent(record.get(CODE).strip(), value.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        return agencies;
    }

    /**
     * Code → {@code {co_quan_co_tham_quyen, co_quan_thuc_hien}} of the official list, for the competent-body
     * classification of procedures whose detail page names neither.
     */
    static Map<String, String[]> texts(Path exportFile) {
        Path csv = exportFile.toAbsolutePath().getParent().resolve(FILE_NAME);
        Map<String, String[]> texts = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return texts;
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(withoutByteOrderMark(Files.readString(csv, StandardCharsets.UTF_8))))) {
            if (!parser.getHeaderNames().containsAll(List.of(CODE, AGENCY, COMPETENT))) {
                return texts;
            }
            for (CSVRecord record : parser) {
                if (record.isSet(CODE) && record.isSet(AGENCY) && record.isSet(COMPETENT)) {
                    texts.putIfAbsent(record.get(CODE).strip(), new String[]{record.get(COMPETENT), record.get(AGENCY)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        return texts;
    }

    /** Spreadsheet programs start a UTF-8 CSV with one; it is no part of the first column's name. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
