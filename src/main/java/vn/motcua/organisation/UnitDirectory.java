package vn.motcua.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province's units, held in memory (a province has hundreds, not millions); {@link #reload()} after a change.
 * The node that takes an administrator's change reloads at once; the others within {@code motcua.organisation.refresh}.
 *
 * <p>It is also the one generic resolver of competence by territory: {@link #competentUnit(String, String)} turns the
 * kind of body an authority decision names and the commune that decides it into the unit, from the units' kinds and
 * service areas. No procedure and no province is known here: another province is other rows.
 */
@Component
public class UnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);

    /**
     * A unit from {@code select code, name, name_en, level, kind, parent_code, ward_code, address, hotline,
     * receives_dossiers, body_kind}, without its service area. Explicit: mapping the record by property names looks each
     * camelCase name up first, which H2 answers with an exception (written to its trace file) per column and row.
     */
    public static final RowMapper<Unit> ROWS = (rs, row) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getBoolean(10), rs.getString(11), List.of());

    /** The columns {@link #ROWS} reads, in order. */
    public static final String COLUMNS = "code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers, body_kind";

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    public UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    public final void reload() {
        Map<String, List<String>> areas = new HashMap<>();
        jdbc.sql("select unit_code, commune_code from unit_service_area order by unit_code, commune_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> areas.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Unit> all = jdbc.sql("select " + COLUMNS + " from unit order by code").query(ROWS).list().stream()
                .map(u -> u.withCompetence(u.bodyKind(), areas.getOrDefault(u.code(), List.of())))
                .toList();
        snapshot = new Snapshot(all);
    }

    /** Picks up changes made through another node (two nodes share one database). */
    @Scheduled(fixedDelayString = "${motcua.organisation.refresh:PT5M}", initialDelayString = "${motcua.organisation.refresh:PT5M}")
    void refresh() {
        try {
            reload();
        } catch (DataAccessException e) {
            log.warn("Unit refresh failed, keeping the units in memory: {}", e.getMessage());
        }
    }

    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.byCode.get(code));
    }

    public List<Unit> receivingPoints() {
        return snapshot.byCode.values().stream().filter(Unit::receivesDossiers)
                .sorted(Comparator.comparing(Unit::level).reversed().thenComparing(Unit::code)).toList();
    }

    public List<Unit> all() {
        return snapshot.byCode.values().stream().sorted(Comparator.comparing(Unit::code)).toList();
    }

    /**
     * The unit of {@code bodyKind} (or of the kind it acts through, {@link BodyKind#actsThrough()}) whose service area
     * holds {@code communeCode}; when several do, the one serving the fewest communes (a branch before its head office),
     * then the lowest code. Empty when the kind is unknown or no unit of it serves the commune.
     */
    public Optional<Unit> competentUnit(String bodyKind, String communeCode) {
        if (bodyKind == null || communeCode == null) {
            return Optional.empty();
        }
        String unitKind = BodyKinds.find(bodyKind).map(BodyKind::unitKind).orElse(bodyKind);
        Map<String, Unit> byCommune = snapshot.byKindAndCommune.get(unitKind);
        return byCommune == null ? Optional.empty() : Optional.ofNullable(byCommune.get(communeCode));
    }

    /** Whether any unit serves or sits in {@code communeCode}: a commune this installation knows. */
    public boolean knowsCommune(String communeCode) {
        return communeCode != null && snapshot.communes.contains(communeCode);
    }

    private static final class Snapshot {
        final Map<String, Unit> byCode;
        final Map<String, Map<String, Unit>> byKindAndCommune = new HashMap<>();
        final java.util.Set<String> communes = new java.util.HashSet<>();

        Snapshot(List<Unit> units) {
            byCode = units.stream().collect(Collectors.toUnmodifiableMap(Unit::code, Function.identity()));
            Comparator<Unit> nearest = Comparator.comparingInt((Unit u) -> u.serviceArea().size()).thenComparing(Unit::code);
            for (Unit unit : units) {
                if (unit.wardCode() != null) {
                    communes.add(unit.wardCode());
                }
                communes.addAll(unit.serviceArea());
                if (unit.bodyKind() == null) {
                    continue;
                }
                Map<String, Unit> byCommune = byKindAndCommune.computeIfAbsent(unit.bodyKind(), k -> new HashMap<>());
                for (String commune : unit.serviceArea()) {
                    byCommune.merge(commune, unit, (a, b) -> nearest.compare(a, b) <= 0 ? a : b);
                }
            }
        }
    }
}
