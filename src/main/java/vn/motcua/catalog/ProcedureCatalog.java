package vn.motcua.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.internal.ModelMetadataReader;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province's procedure catalog. It is read from the models themselves (the procedure's BPMN
 * extension properties and its intake form) when the application starts, so the catalog can never
 * disagree with what the engine runs, and listing it never loads models from the engine.
 */
@Component
public class ProcedureCatalog implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcedureCatalog.class);

    /**
     * The province's processing time limit for a channel whose source states none (a {@code TimeLimit} code, e.g.
     * {@code 10WD}): set by the administrator, read at start-up (no rebuild); such terms are flagged on the analysts'
     * worklist and shown to citizens as not published.
     */
    public static final String DEFAULT_LIMIT = "motcua.catalog.default-limit";
    /** Where the province's People's Council fee table is (a Spring resource location: classpath:… or file:…). */
    public static final String PROVINCIAL_FEES = "motcua.catalog.provincial-fees";

    private final CompletableFuture<Map<String, Procedure>> reading;

    /**
     * Starts reading the models in the background, so that start-up reads the catalog while the engine starts and
     * deploys; {@link #afterSingletonsInstantiated()} waits for it, so a broken catalog still stops the start.
     */
    public ProcedureCatalog(ResourcePatternResolver resources, Environment environment) {
        TimeLimit defaultLimit = TimeLimit.parse(environment.getProperty(DEFAULT_LIMIT, "10WD"));
        Resource feeTable = resources.getResource(environment.getProperty(PROVINCIAL_FEES, "classpath:catalog/provincial-fees.csv"));
        this.reading = CompletableFuture.supplyAsync(() -> read(resources, defaultLimit, feeTable), runnable -> {
            Thread thread = new Thread(runnable, "procedure-catalog");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Map<String, Procedure> read(ResourcePatternResolver resources, TimeLimit defaultLimit, Resource feeTable) {
        Map<String, Procedure> byCode = new ModelMetadataReader(resources, defaultLimit, feeTable).readAll().stream()
                .sorted(Comparator.comparing(Procedure::code))
                .collect(Collectors.toMap(Procedure::code, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Procedure code " + a.code() + " is modelled twice");
                }, java.util.LinkedHashMap::new));
        log.info("Procedure catalog: {} procedures", byCode.size());
        return Collections.unmodifiableMap(byCode);
    }

    @Override
    public void afterSingletonsInstantiated() {
        byCode();
    }

    private Map<String, Procedure> byCode() {
        try {
            return reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
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
