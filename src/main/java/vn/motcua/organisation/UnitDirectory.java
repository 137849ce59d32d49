package vn.motcua.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province's units, held in memory (a province has hundreds, not millions); {@link #reload()} after a change.
 * The node that takes an administrator's change reloads at once; the others within {@code motcua.organisation.refresh}.
 */
@Component
public class UnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);

    /**
     * A unit from {@code select code, name, name_en, level, kind, parent_code, ward_code, address, hotline,
     * receives_dossiers}. Explicit: mapping the record by property names looks each camelCase name up first, which H2
     * answers with an exception (written to its trace file) per column and row.
     */
    public static final RowMapper<Unit> ROWS = (rs, row) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getBoolean(10));

    private final JdbcClient jdbc;
    private volatile Map<String, Unit> units;

    public UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    public final void reload() {
        units = jdbc.sql("""
                select code, name, name_en, level, kind, parent_code, ward_code, address, hotline, receives_dossiers
                from unit order by code""")
                .query(ROWS).list().stream()
                .collect(Collectors.toUnmodifiableMap(Unit::code, Function.identity()));
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
        return code == null ? Optional.empty() : Optional.ofNullable(units.get(code));
    }

    public List<Unit> receivingPoints() {
        return units.values().stream().filter(Unit::receivesDossiers)
                .sorted(java.util.Comparator.comparing(Unit::level).reversed().thenComparing(Unit::code)).toList();
    }

    public List<Unit> all() {
        return units.values().stream().sorted(java.util.Comparator.comparing(Unit::code)).toList();
    }
}
