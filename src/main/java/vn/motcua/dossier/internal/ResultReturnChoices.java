package vn.motcua.dossier.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossier.ResultReturn;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** The applicant's choice of where the result is returned (V135); no row: at the receiving point. */
@Repository
public class ResultReturnChoices {

    private final JdbcClient jdbc;

    ResultReturnChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID dossierId, ResultReturn choice, LocalDateTime at, String actor) {
        int updated = jdbc.sql("""
                        update dossier_result_return set method = :method, unit_code = :unit, postal_address = :address,
                            chosen_at = :at, chosen_by = :actor where dossier_id = :id""")
                .param("method", choice.method().name()).param("unit", choice.unitCode())
                .param("address", choice.postalAddress()).param("at", at).param("actor", actor).param("id", dossierId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into dossier_result_return (dossier_id, method, unit_code, postal_address, chosen_at, chosen_by)
                            values (:id, :method, :unit, :address, :at, :actor)""")
                    .param("method", choice.method().name()).param("unit", choice.unitCode())
                    .param("address", choice.postalAddress()).param("at", at).param("actor", actor).param("id", dossierId)
                    .update();
        }
    }

    public Optional<ResultReturn> find(UUID dossierId) {
        return jdbc.sql("select method, unit_code, postal_address from dossier_result_return where dossier_id = :id")
                .param("id", dossierId)
                .query((rs, n) -> new ResultReturn(ResultReturn.Method.valueOf(rs.getString("method")),
                        rs.getString("unit_code"), rs.getString("postal_address")))
                .optional();
    }
}
