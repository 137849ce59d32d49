package vn.motcua.importer.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export to read: {@code procedure_details_tinh_xa.json} (a JSON array, one object per line), given either as
 * that file or as the folder that holds it ({@code ../shared/data/tthc-catalog}). The export is read where it lies and
 * never copied into the project (no licence is stated for the crawl).
 */
public final class CatalogSource {

    public static final String FILE_NAME = "procedure_details_tinh_xa.json";

    private CatalogSource() {
    }

    /** The export file for a folder or file argument. */
    public static Path resolve(Path source) {
        return Files.isDirectory(source) ? source.resolve(FILE_NAME) : source;
    }

    /** Every row of the export, in source order. */
    public static List<CatalogRow> read(Path source) {
        Path file = resolve(source);
        ObjectMapper json = new ObjectMapper();
        List<CatalogRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(file + " is not a JSON array of procedures");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode row = json.readTree(parser);
                rows.add(CatalogRow.fromJson(rows.size() + 1, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog export " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
