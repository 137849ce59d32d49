package vn.motcua.integration.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierIntake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Dossiers citizens filed on the NPSP, as its connector delivers them: each enters through the province's own online
 * submission ({@link DossierIntake}: checks, identity, code, routing, process) and keeps the NPSP's reference
 * ({@code npsp_inbound_dossier}) in the same transaction. The reference is unique: the connector delivering a dossier
 * again (it retries too) gets the dossier already made, and nothing new is stored.
 */
class NpspInbound {

    private final DossierIntake intake;
    private final JdbcClient jdbc;
    private final Clock clock;

    NpspInbound(DossierIntake intake, JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The province's dossier received under this NPSP reference, if any. */
    Optional<Known> known(String reference) {
        return jdbc.sql("select dossier_id, dossier_code from npsp_inbound_dossier where npsp_reference = :r")
                .param("r", reference)
                .query((rs, n) -> new Known(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    /**
     * @return the new dossier, or empty when the reference was known already (a duplicate, ignored)
     * @throws org.springframework.dao.DuplicateKeyException when another request stored the same reference meanwhile
     *                                                        (everything of this one rolled back)
     */
    @Transactional
    Optional<DossierIntake.Received> receive(String reference, DossierIntake.OnlineApplication application) {
        if (known(reference).isPresent()) {
            return Optional.empty();
        }
        DossierIntake.Received received = intake.receiveOnline(application);
        jdbc.sql("""
                        insert into npsp_inbound_dossier (npsp_reference, dossier_id, dossier_code, received_at)
                        values (:r, :id, :code, :at)""")
                .param("r", reference).param("id", received.dossierId()).param("code", received.code())
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)))
                .update();
        return Optional.of(received);
    }

    record Known(UUID dossierId, String code) {
    }
}
