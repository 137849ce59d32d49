package vn.motcua.dossier.internal;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityVerification;
import vn.motcua.dossier.TimelineEntry;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.catalog.Channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over the dossier tables; every method joins the caller's transaction. */
@Repository
public class DossierRepository {

    private static final String COLUMNS = """
            id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code, channel,
            applicant_id_number, applicant_name, applicant_email, applicant_phone, status, received_at, due_at,
            finished_at, returned_at, form_data, process_instance_id""";

    private static final String INSERT = "insert into dossier (" + COLUMNS + ", identity_checked_at, identity_status, "
            + "applicant_birth_date, identity_next_check_at) values (:id, :code, :procedureCode, :procedureName, :receiving, "
            + ":handling, :channel, :idNumber, :name, :email, :phone, :status, :receivedAt, :dueAt, :finishedAt, "
            + ":returnedAt, :formData, :pid, :identityCheckedAt, :identity, :birthDate, :nextCheck)";

    private static final String INSERT_EVENT = """
            insert into dossier_event (dossier_id, occurred_at, action, status, step, actor, unit_code, to_unit_code,
              note, due_at)
            values (:dossier, :at, :action, :status, :step, :actor, :unit, :toUnit, :note, :dueAt)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    DossierRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * @param identityCheckedAt when the applicant's ID number was found in the National Population Database
     *                          (counted by the 766 index), or {@code null}
     * @param identity          VERIFIED or NOT_CHECKED (the database did not answer: checked again from
     *                          {@code identityNextCheckAt})
     */
    public void insert(Dossier d, LocalDateTime identityCheckedAt, IdentityVerification.Status identity, LocalDate birthDate,
                LocalDateTime identityNextCheckAt) {
        batches.update(INSERT, insertParameters(d, identityCheckedAt, identity, birthDate, identityNextCheckAt));
    }

    /**
     * Dossiers taken over as they stand elsewhere (identity not checked here), with their timelines, in two batched
     * statements (the driver rewrites them into multi-row inserts on PostgreSQL): the consolidation import's hot path.
     */
    public void insertAll(List<Dossier> dossiers, List<java.util.Map.Entry<UUID, TimelineEntry>> events) {
        if (!dossiers.isEmpty()) {
            batches.batchUpdate(INSERT, dossiers.stream().map(d -> insertParameters(d, null,
                    IdentityVerification.Status.UNKNOWN, null, null)).toArray(MapSqlParameterSource[]::new));
        }
        if (!events.isEmpty()) {
            batches.batchUpdate(INSERT_EVENT, events.stream().map(e -> eventParameters(e.getKey(), e.getValue()))
                    .toArray(MapSqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource insertParameters(Dossier d, LocalDateTime identityCheckedAt,
                                                          IdentityVerification.Status identity, LocalDate birthDate,
                                                          LocalDateTime identityNextCheckAt) {
        return new MapSqlParameterSource()
                .addValue("id", d.id()).addValue("code", d.code()).addValue("procedureCode", d.procedureCode())
                .addValue("procedureName", d.procedureName()).addValue("receiving", d.receivingUnitCode())
                .addValue("handling", d.handlingUnitCode()).addValue("channel", d.channel().name())
                .addValue("idNumber", d.applicantIdNumber()).addValue("name", d.applicantName())
                .addValue("email", d.applicantEmail()).addValue("phone", d.applicantPhone())
                .addValue("status", d.status().code()).addValue("receivedAt", ts(d.receivedAt()))
                .addValue("dueAt", ts(d.dueAt())).addValue("finishedAt", ts(d.finishedAt()))
                .addValue("returnedAt", ts(d.returnedAt())).addValue("formData", d.formData())
                .addValue("pid", d.processInstanceId()).addValue("identityCheckedAt", ts(identityCheckedAt))
                .addValue("identity", identity.name()).addValue("birthDate", birthDate)
                .addValue("nextCheck", ts(identityNextCheckAt));
    }

    /** The codes among {@code codes} that are dossiers already. */
    public java.util.Set<String> existingCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select code from dossier where code in (:codes)").param("codes", codes)
                .query(String.class).list());
    }

    /** What the population database said about the dossier's applicant. */
    public IdentityVerification identity(UUID id) {
        return jdbc.sql("select identity_status, identity_checked_at from dossier where id = :id").param("id", id)
                .query((rs, n) -> new IdentityVerification(rs.getString(1) == null ? IdentityVerification.Status.UNKNOWN
                        : IdentityVerification.Status.valueOf(rs.getString(1)), local(rs.getTimestamp(2))))
                .optional().orElse(new IdentityVerification(IdentityVerification.Status.UNKNOWN, null));
    }

    public void attachProcess(UUID id, String processInstanceId) {
        jdbc.sql("update dossier set process_instance_id = :pid where id = :id")
                .param("pid", processInstanceId).param("id", id).update();
    }

    public Optional<Dossier> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = :id").param("id", id)
                .query(DossierRepository::dossier).optional();
    }

    public Optional<Dossier> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = :code").param("code", code)
                .query(DossierRepository::dossier).optional();
    }

    /**
     * The newest {@code limit} of each side (received, handled) from its index (V30, V32), merged: the database reads
     * {@code 2 × limit} rows at most, not every dossier the unit ever had (BENCHMARKS.md, "Load at province scale").
     * Dossiers received in the same second (times are kept to the second) are ordered by code, newest first, on
     * both levels: each side's cut must keep the same rows the final order keeps.
     */
    /** Dossier codes in code order after {@code afterCode} (null: from the first), for reports that read them all. */
    public List<String> codesAfter(String afterCode, int limit) {
        return jdbc.sql("select code from dossier where code > :after order by code fetch first :limit rows only")
                .param("after", afterCode == null ? "" : afterCode).param("limit", limit).query(String.class).list();
    }

    public List<Dossier> findForUnit(String unitCode, int limit) {
        return jdbc.sql("select " + COLUMNS + " from ("
                        + "select * from (select " + COLUMNS + " from dossier where receiving_unit_code = :unit "
                        + "order by received_at desc, code desc fetch first :limit rows only) r "
                        + "union "
                        + "select * from (select " + COLUMNS + " from dossier where handling_unit_code = :unit "
                        + "order by received_at desc, code desc fetch first :limit rows only) h"
                        + ") d order by received_at desc, code desc fetch first :limit rows only")
                .param("unit", unitCode).param("limit", limit).query(DossierRepository::dossier).list();
    }

    public void updateStatus(UUID id, DossierStatus status, LocalDateTime at) {
        jdbc.sql("""
                update dossier set status = :status, version = version + 1,
                  finished_at = case when :finished then :at else finished_at end,
                  returned_at = case when :returned then :at else returned_at end
                where id = :id""")
                .param("status", status.code())
                .param("finished", status == DossierStatus.FINISHED)
                .param("returned", status == DossierStatus.RETURNED)
                .param("at", ts(at)).param("id", id).update();
    }

    /** When the dossier was received and when it is due now: two columns, not the row (each task's deadlines ask). */
    public Optional<vn.motcua.dossier.DossierProgress.DossierClock> clock(UUID id) {
        return jdbc.sql("select received_at, due_at from dossier where id = :id").param("id", id)
                .query((rs, n) -> new vn.motcua.dossier.DossierProgress.DossierClock(local(rs.getTimestamp(1)),
                        local(rs.getTimestamp(2))))
                .optional();
    }

    public Optional<LocalDateTime> pausedAt(UUID id) {
        List<LocalDateTime> found = jdbc.sql("select paused_at from dossier where id = :id").param("id", id)
                .query((rs, n) -> local(rs.getTimestamp(1))).list();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    public void pause(UUID id, LocalDateTime at) {
        jdbc.sql("update dossier set paused_at = :at, version = version + 1 where id = :id")
                .param("at", ts(at)).param("id", id).update();
    }

    /** Sets a new due date and ends any pause. */
    public void moveDueDate(UUID id, LocalDateTime dueAt) {
        jdbc.sql("update dossier set due_at = :due, paused_at = null, version = version + 1 where id = :id")
                .param("due", ts(dueAt)).param("id", id).update();
    }

    public void updateHandlingUnit(UUID id, String unitCode) {
        jdbc.sql("update dossier set handling_unit_code = :unit, version = version + 1 where id = :id")
                .param("unit", unitCode).param("id", id).update();
    }

    public void addEvent(UUID dossierId, TimelineEntry e) {
        batches.update(INSERT_EVENT, eventParameters(dossierId, e));
    }

    private static MapSqlParameterSource eventParameters(UUID dossierId, TimelineEntry e) {
        return new MapSqlParameterSource()
                .addValue("dossier", dossierId).addValue("at", ts(e.occurredAt())).addValue("action", e.action())
                .addValue("status", e.status().code()).addValue("step", truncate(e.step(), 200))
                .addValue("actor", truncate(e.actor(), 100)).addValue("unit", e.unitCode()).addValue("toUnit", e.toUnitCode())
                .addValue("note", e.note() == null ? null : truncate(e.note(), 4000)).addValue("dueAt", ts(e.dueAt()));
    }

    public List<TimelineEntry> timeline(UUID dossierId) {
        return jdbc.sql("""
                select occurred_at, action, status, step, actor, unit_code, to_unit_code, note, due_at
                from dossier_event where dossier_id = :dossier order by id""")
                .param("dossier", dossierId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toLocalDateTime(),
                        rs.getString("action"), DossierStatus.ofCode(rs.getInt("status")), rs.getString("step"),
                        rs.getString("actor"), rs.getString("unit_code"), rs.getString("to_unit_code"),
                        rs.getString("note"), local(rs.getTimestamp("due_at"))))
                .list();
    }

    public boolean involves(UUID dossierId, String unitCode) {
        return jdbc.sql("select count(*) from dossier_event where dossier_id = :dossier and (unit_code = :unit or to_unit_code = :unit)")
                .param("dossier", dossierId).param("unit", unitCode).query(Long.class).single() > 0;
    }

    private static Dossier dossier(ResultSet rs, int row) throws SQLException {
        return new Dossier(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("receiving_unit_code"), rs.getString("handling_unit_code"),
                Channel.valueOf(rs.getString("channel")), rs.getString("applicant_id_number"),
                rs.getString("applicant_name"), rs.getString("applicant_email"), rs.getString("applicant_phone"),
                DossierStatus.ofCode(rs.getInt("status")), local(rs.getTimestamp("received_at")),
                local(rs.getTimestamp("due_at")), local(rs.getTimestamp("finished_at")),
                local(rs.getTimestamp("returned_at")), rs.getString("form_data"), rs.getString("process_instance_id"));
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
