package vn.motcua.consolidation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The old-to-new mapping as stored: the tool's rows (V81) and the administrators' completions. */
@Repository
class UnitMappings {

    private final JdbcClient jdbc;

    UnitMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OldCommune(String code, String name, String districtName, String oldProvinceCode, String outcome,
                      String reason, List<String> newCommunes) {
    }

    Optional<OldCommune> oldCommune(String code) {
        return jdbc.sql("select old_commune_code, name, district_name, old_province_code, outcome, reason "
                        + "from consolidation_old_commune where old_commune_code = :code").param("code", code)
                .query((rs, n) -> new OldCommune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), newCommunes(rs.getString(1)))).optional();
    }

    List<OldCommune> oldCommunes(String outcome) {
        // PostgreSQL cannot type "? is null": the filter is added only when given
        var sql = jdbc.sql("select old_commune_code, name, district_name, old_province_code, outcome, reason "
                + "from consolidation_old_commune" + (outcome == null ? "" : " where outcome = :outcome") + " order by old_commune_code");
        return (outcome == null ? sql : sql.param("outcome", outcome))
                .query((rs, n) -> new OldCommune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), newCommunes(rs.getString(1)))).list();
    }

    List<String> newCommunes(String oldCommune) {
        return jdbc.sql("select new_commune_code from consolidation_commune_map where old_commune_code = :code order by new_commune_code")
                .param("code", oldCommune).query(String.class).list();
    }

    Set<String> oldProvinces() {
        return new TreeSet<>(jdbc.sql("select distinct old_province_code from consolidation_old_commune").query(String.class).list());
    }

    /** Replaces what an old commune maps to with the administrator's choice. */
    void mapCommune(String oldCommune, List<String> newCommuneCodes, String note, String by, LocalDateTime at) {
        jdbc.sql("delete from consolidation_commune_map where old_commune_code = :code").param("code", oldCommune).update();
        for (String to : new TreeSet<>(newCommuneCodes)) {
            jdbc.sql("insert into consolidation_commune_map (old_commune_code, new_commune_code, origin, note, mapped_by, mapped_at) "
                            + "values (:old, :new, 'ADMIN', :note, :by, :at)")
                    .param("old", oldCommune).param("new", to).param("note", note).param("by", by)
                    .param("at", Timestamp.valueOf(at)).update();
        }
    }

    /**
     * The whole mapping as it stands, read in three statements: the import reads it once per batch (so an
     * administrator's completion reaches the run at its next batch) instead of three look-ups per line.
     */
    Snapshot snapshot() {
        java.util.Map<String, List<String>> targets = new java.util.HashMap<>();
        jdbc.sql("select old_commune_code, new_commune_code from consolidation_commune_map order by old_commune_code, new_commune_code")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> targets.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        java.util.Map<String, OldCommune> communes = new java.util.HashMap<>();
        jdbc.sql("select old_commune_code, name, district_name, old_province_code, outcome, reason from consolidation_old_commune")
                .query((rs, n) -> new OldCommune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), List.copyOf(targets.getOrDefault(rs.getString(1), List.of()))))
                .list().forEach(c -> communes.put(c.code(), c));
        java.util.Map<String, String> agencies = new java.util.HashMap<>();
        jdbc.sql("select old_agency_code, new_unit_code from consolidation_agency_map")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> agencies.put(e.getKey(), e.getValue()));
        Set<String> provinces = new TreeSet<>();
        communes.values().forEach(c -> provinces.add(c.oldProvinceCode()));
        return new Snapshot(provinces, communes, agencies);
    }

    record Snapshot(Set<String> oldProvinces, java.util.Map<String, OldCommune> communes, java.util.Map<String, String> agencies) {
        Optional<OldCommune> oldCommune(String code) {
            return Optional.ofNullable(code == null ? null : communes.get(code));
        }

        Optional<String> agency(String oldAgencyCode) {
            return Optional.ofNullable(oldAgencyCode == null ? null : agencies.get(oldAgencyCode));
        }
    }

    Optional<String> agency(String oldAgencyCode) {
        return jdbc.sql("select new_unit_code from consolidation_agency_map where old_agency_code = :code")
                .param("code", oldAgencyCode).query(String.class).optional();
    }

    record Agency(String oldAgencyCode, String newUnitCode, String note, String mappedBy) {
    }

    List<Agency> agencies() {
        return jdbc.sql("select old_agency_code, new_unit_code, note, mapped_by from consolidation_agency_map order by old_agency_code")
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void mapAgency(String oldAgencyCode, String newUnitCode, String note, String by, LocalDateTime at) {
        jdbc.sql("delete from consolidation_agency_map where old_agency_code = :code").param("code", oldAgencyCode).update();
        jdbc.sql("insert into consolidation_agency_map (old_agency_code, new_unit_code, note, mapped_by, mapped_at) "
                        + "values (:old, :unit, :note, :by, :at)")
                .param("old", oldAgencyCode).param("unit", newUnitCode).param("note", note).param("by", by)
                .param("at", Timestamp.valueOf(at)).update();
    }
}
