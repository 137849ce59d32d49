package vn.motcua.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.organisation.UnitRole;
import vn.motcua.problem.InvalidInputException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Complaints and recommendations (phản ánh, kiến nghị) as their process handles them: routed to the competent unit by
 * the organisation's data (a dossier's: the unit handling it; a procedure's: the unit of the configured kind of body,
 * {@code motcua.feedback.procedure-complaints-body-kind}), answered within {@code motcua.feedback.answer-period}
 * (15 working days) by the unit's leaders; and the figures the 766 index reads (5.2 answered on time, 5.4 dossiers
 * with a complaint).
 */
@Service
public class Complaints {

    /** Where a complaint went and by when it must be answered. */
    public record Routing(String unitCode, String group, LocalDateTime dueAt) {
    }

    /** 5.2: complaints received or answered in the period, and of them answered (or still within time) on time. */
    public record Figures(long handled, long onTime) {
    }

    /** 5.3: complaints first received in the period, and of them neither rated not satisfied nor answered late. */
    public record Satisfaction(long received, long satisfied) {
    }

    private final JdbcClient jdbc;
    private final DossierQueries dossiers;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TimeLimit answerPeriod;
    private final String procedureBodyKind;

    Complaints(JdbcClient jdbc, DossierQueries dossiers, UnitDirectory units, WorkingCalendar calendar, Clock clock,
               @Value("${motcua.feedback.answer-period:15WD}") String answerPeriod,
               @Value("${motcua.feedback.procedure-complaints-body-kind:PROVINCIAL_PEOPLES_COMMITTEE}") String procedureBodyKind) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.answerPeriod = TimeLimit.parse(answerPeriod);
        this.procedureBodyKind = procedureBodyKind;
    }

    /** Routes the complaint and sets its deadline (the process's first step, in its transaction). */
    @Transactional
    public Routing route(UUID complaintId) {
        var row = jdbc.sql("select subject, dossier_code, received_at from complaint where id = :id").param("id", complaintId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()})
                .single();
        String unitCode;
        if ("DOSSIER".equals(row[0])) {
            unitCode = dossiers.forSystem((String) row[1]).orElseThrow().dossier().handlingUnitCode();
        } else {
            unitCode = units.all().stream().filter(u -> procedureBodyKind.equals(u.bodyKind())).map(Unit::code)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No unit of kind " + procedureBodyKind
                            + " answers complaints about procedures (motcua.feedback.procedure-complaints-body-kind)"));
        }
        LocalDateTime due = calendar.dueAt((LocalDateTime) row[2], answerPeriod);
        jdbc.sql("update complaint set unit_code = :unit, due_at = :due where id = :id").param("unit", unitCode)
                .param("due", Timestamp.valueOf(due)).param("id", complaintId).update();
        return new Routing(unitCode, new UnitRole(unitCode, Role.LEADER).groupId(), due);
    }

    /**
     * The unit's answer, shown to the sender from then on.
     *
     * @throws InvalidInputException a blank or over-long answer; nothing changes
     */
    @Transactional
    public void answered(UUID complaintId, String answer, String officer) {
        if (answer == null || answer.isBlank() || answer.strip().length() > 4000) {
            throw new InvalidInputException("complaintAnswer", "Phải có nội dung trả lời (tối đa 4.000 ký tự)",
                    "The answer is required (at most 4,000 characters)");
        }
        jdbc.sql("update complaint set answer = :a, answered_at = :now, answered_by = :by where id = :id and answered_at is null")
                .param("a", answer.strip()).param("now", Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)))
                .param("by", officer).param("id", complaintId).update();
    }

    /**
     * 5.2 over the units ({@code null}: the province): complaints received by the period's end and not answered before
     * its start; on time when answered by their deadline, or still open with the deadline not passed at the end.
     */
    @Transactional(readOnly = true)
    public Figures figures(Set<String> unitCodes, LocalDateTime from, LocalDateTime end) {
        String filter = unitCodes == null ? "" : " and unit_code in (:units)";
        var sql = jdbc.sql("""
                        select count(*), sum(case when (answered_at is not null and answered_at <= due_at and answered_at <= :end)
                                   or ((answered_at is null or answered_at > :end) and due_at >= :end) then 1 else 0 end)
                        from complaint where due_at is not null and received_at <= :end
                        and (answered_at is null or answered_at >= :from)""" + filter)
                .param("from", Timestamp.valueOf(from)).param("end", Timestamp.valueOf(end));
        if (unitCodes != null) {
            if (unitCodes.isEmpty()) {
                return new Figures(0, 0);
            }
            sql = sql.param("units", unitCodes);
        }
        return sql.query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * 5.3 over the units ({@code null}: the province), as the NPSP computes it ("Tổng số PAKN có ngày tiếp nhận đầu
     * tiên trong kỳ", each counted once): of the complaints received in the period, those the sender rated not
     * satisfied (by the period's end) or answered late (after their deadline, or still unanswered past it at the end)
     * are not satisfied; the rest are. A repeated complaint about the same answer is not recognised (the NPSP's third
     * case reads the new complaint's text).
     */
    @Transactional(readOnly = true)
    public Satisfaction satisfaction(Set<String> unitCodes, LocalDateTime from, LocalDateTime end) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return new Satisfaction(0, 0);
        }
        String filter = unitCodes == null ? "" : " and unit_code in (:units)";
        var sql = jdbc.sql("""
                        select count(*), sum(case when (answer_rating = 'NOT_SATISFIED' and answer_rated_at <= :end)
                                   or (answered_at is not null and answered_at <= :end and answered_at > due_at)
                                   or ((answered_at is null or answered_at > :end) and due_at < :end) then 0 else 1 end)
                        from complaint where due_at is not null and received_at >= :from and received_at <= :end""" + filter)
                .param("from", Timestamp.valueOf(from)).param("end", Timestamp.valueOf(end));
        if (unitCodes != null) {
            sql = sql.param("units", unitCodes);
        }
        return sql.query((rs, n) -> new Satisfaction(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * Those of these dossiers that have a complaint about them (5.4: "hồ sơ TTHC có phản ánh, kiến nghị"; the 766
     * counters read a page of dossiers at a time).
     */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> complainedAbout(Collection<UUID> dossierIds) {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        List<UUID> ids = new ArrayList<>(dossierIds);
        for (int i = 0; i < ids.size(); i += 500) {
            out.addAll(jdbc.sql("select distinct dossier_id from complaint where dossier_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500))).query(UUID.class).list());
        }
        return out;
    }
}
