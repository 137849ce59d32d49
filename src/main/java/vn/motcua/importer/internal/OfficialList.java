package vn.motcua.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official list {@code procedures.csv} next to the export (RFC 4180 CSV, header row), read only for the implementing
 * agency of procedures whose detail page names none. Absent file: an empty map.
 */
final class OfficialList {

    static final String FILE_NAME = "procedures.csv";

    private OfficialList() {
    }

    /** Code → implementing agency ({@code co_quan_thuc_hien}, else {@code co_quan_co_tham_quyen}), non-blank only. */
    static Map<String, String> agencies(Path exportFile) {
        Path csv = exportFile.toAbsolutePath().getParent().resolve(FILE_NAME);
        Map<String, String> agencies = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return agencies;
        }
        List<List<String>> records;
        try {
            records = parse(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        if (records.isEmpty()) {
            return agencies;
        }
        List<String> header = records.get(0);
        int code = header.indexOf("ma_thu_tuc");
        int agency = header.indexOf("co_quan_thuc_hien");
        int competent = header.indexOf("co_quan_co_tham_quyen");
        if (code < 0 || agency < 0 || competent < 0) {
            return agencies;
        }
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() <= Math.max(code, Math.max(agency, competent))) {
                continue;
            }
            String value = !record.get(agency).isBlank() ? record.get(agency) : record.get(competent);
            if (!value.isBlank()) {
                agencies.putIfAbsent(record.get(code).strip(), value.strip());
            }
        }
        return agencies;
    }

    /** RFC 4180: fields separated by commas, quoted with {@code "} when they hold commas, quotes or line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
