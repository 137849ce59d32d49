package vn.motcua.catalog;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.internal.CatalogTables;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The province's procedure catalog: the latest deployed version of each procedure, as the engine's deployments wrote
 * it ({@link ProcedureFacts}) into the shared database. Every node reads the same rows, and re-reads them when a
 * deployment on any node changed them, so the catalog can never disagree with what the engine runs.
 */
@Component
public class ProcedureCatalog {

    private final CatalogTables tables;

    /**
     * The province's processing time limit for a channel whose source states none (a {@code TimeLimit} code, e.g.
     * {@code 10WD}): set by the administrator, read at start-up (no rebuild); such terms are flagged on the analysts'
     * worklist and shown to citizens as not published.
     */
    public static final String DEFAULT_LIMIT = "motcua.catalog.default-limit";
    /** Where the province's People's Council fee table is (a Spring resource location: classpath:… or file:…). */
    public static final String PROVINCIAL_FEES = "motcua.catalog.provincial-fees";

    ProcedureCatalog(CatalogTables tables) {
        this.tables = tables;
    }

    private Map<String, Procedure> byCode() {
        return tables.current().byCode();
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    public Collection<Procedure> all() {
        return byCode().values();
    }

    /**
     * Filters by level and field, and searches names ignoring case and Vietnamese diacritics, so
     * "dang ky khai sinh" finds "Đăng ký khai sinh".
     */
    public List<Procedure> search(String level, String field, String query) {
        return search(level, field, null, query);
    }

    /**
     * As {@link #search(String, String, String)}, also by agency: the competent agency's name contains the given
     * words, ignoring case and diacritics ("so tu phap" finds "Sở Tư pháp" and "Sở Tư Pháp").
     */
    public List<Procedure> search(String level, String field, String agency, String query) {
        String q = query == null ? null : fold(query);
        String a = agency == null ? null : fold(agency);
        return byCode().values().stream()
                .filter(p -> level == null || p.level().equalsIgnoreCase(level))
                .filter(p -> field == null || fold(p.field()).equals(fold(field)))
                .filter(p -> a == null || fold(p.agency()).contains(a))
                .filter(p -> q == null || fold(p.name()).contains(q) || p.code().contains(q))
                .toList();
    }

    /** Lower case, without diacritics ("đ" included), single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
