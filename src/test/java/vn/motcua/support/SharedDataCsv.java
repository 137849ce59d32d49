package vn.motcua.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file of {@code ../shared/data} (UTF-8, RFC 4180, one header row) read with commons-csv for the migration
 * generators: a file whose header or record lengths are not the expected ones is refused, because a generator that
 * read a changed file by position would write wrong facts into a migration without noticing.
 */
public final class SharedDataCsv {

    /** RFC 4180; a blank line (some exports end with several) is no record. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private SharedDataCsv() {
    }

    /** The records of {@code csv}, whose header must be exactly {@code header} and whose records are as long. */
    public static List<CSVRecord> read(Path csv, List<String> header) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new IllegalArgumentException(csv + ": expected header " + header + ", found " + parser.getHeaderNames());
            }
            List<CSVRecord> records = parser.getRecords();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).size() != header.size()) {
                    throw new IllegalArgumentException(csv + " record " + (i + 1) + ": expected " + header.size()
                            + " fields, found " + records.get(i).toList());
                }
            }
            return records;
        }
    }
}
