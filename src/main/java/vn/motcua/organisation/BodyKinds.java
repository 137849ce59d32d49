package vn.motcua.organisation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of competent body ({@link BodyKind}), read once from {@code organisation/body-kinds.csv} on the class path.
 * Plain Java (no Spring) so that the offline importer and the model validator read the same list as the application.
 * The kinds follow the two-level local government since 1 July 2025 (Law on the Organisation of Local Government
 * 2025), the provincial departments after Decree 45/2025/NĐ-CP and the 2025 reorganisation of the vertical bodies;
 * the file's {@code basis} column cites each.
 */
public final class BodyKinds {

    public static final String RESOURCE = "organisation/body-kinds.csv";

    private static final Map<String, BodyKind> KINDS = load();

    private BodyKinds() {
    }

    public static List<BodyKind> all() {
        return List.copyOf(KINDS.values());
    }

    public static Optional<BodyKind> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(KINDS.get(code));
    }

    public static BodyKind get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No kind of competent body " + code + " in " + RESOURCE));
    }

    private static Map<String, BodyKind> load() {
        Map<String, BodyKind> kinds = new LinkedHashMap<>();
        try (InputStream in = BodyKinds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String actsThrough = r.get("acts_through").isBlank() ? null : r.get("acts_through").strip();
                BodyKind kind = new BodyKind(r.get("code").strip(), BodyKind.Tier.valueOf(r.get("tier").strip()),
                        BodyKind.Territory.valueOf(r.get("territory").strip()), actsThrough, r.get("name_vi").strip(),
                        r.get("name_en").strip(), r.get("basis").strip());
                if (kinds.put(kind.code(), kind) != null) {
                    throw new IllegalStateException(RESOURCE + " lists " + kind.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (BodyKind kind : kinds.values()) {
            if (kind.actsThrough() != null && !kinds.containsKey(kind.actsThrough())) {
                throw new IllegalStateException(RESOURCE + ": " + kind.code() + " acts through unknown " + kind.actsThrough());
            }
        }
        return kinds;
    }
}
