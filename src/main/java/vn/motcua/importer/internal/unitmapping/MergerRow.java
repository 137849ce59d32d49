package vn.motcua.importer.internal.unitmapping;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A row of {@code merger_2025-07-01.csv}: a new province or commune and the free text of what it was formed from.
 *
 * @param provinceCode the new province (wards only)
 */
public record MergerRow(String level, String code, String name, String provinceCode, String formedFrom) {

    /** The text for a unit that kept its territory. */
    static final String UNCHANGED = "giữ nguyên";

    public static List<MergerRow> read(Path file) throws IOException {
        List<MergerRow> rows = new ArrayList<>();
        for (CSVRecord r : OldUnits.csv(file)) {
            rows.add(new MergerRow(r.get("level"), r.get("code"), r.get("name"), r.get("province_code"), r.get("formed_from")));
        }
        return rows;
    }

    boolean unchanged() {
        return Names.loose(formedFrom).equals(Names.loose(UNCHANGED));
    }

    /** The old units the text names, one per item ("A, B và C" gives A, B, C). */
    List<String> items() {
        return Arrays.stream(formedFrom.split(",|\\s+và\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
