package vn.motcua.integration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.Map;

/**
 * The dossier status as the NPSP numbers it (TrangThaiHoSo 1–10: DOMAIN.md "Codes and statuses"), read from table
 * {@code npsp_status_mapping} (data, migration V45) once at start-up: a change of the NPSP's list is a row to update
 * and a restart, not a release.
 */
class NpspStatusMapping {

    private final Map<Integer, String> codes;

    NpspStatusMapping(JdbcClient jdbc) {
        Map<Integer, String> read = new HashMap<>();
        jdbc.sql("select dossier_status, npsp_status from npsp_status_mapping")
                .query((rs, n) -> read.put(rs.getInt(1), rs.getString(2))).list();
        this.codes = Map.copyOf(read);
    }

    String code(int dossierStatus) {
        String code = codes.get(dossierStatus);
        if (code == null) {
            throw new IllegalStateException("No NPSP status for dossier status " + dossierStatus + " in npsp_status_mapping");
        }
        return code;
    }
}
