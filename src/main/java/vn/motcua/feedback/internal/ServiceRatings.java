package vn.motcua.feedback.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.problem.RuleViolationException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The applicant rates the service once per dossier, after the result; monthly percentages per unit for the NPSP. */
@Service
public class ServiceRatings {

    /** The NPSP's three answers (DongBoDanhGia: RatHaiLong, HaiLong, ChuaHaiLong). */
    public enum Rating { VERY_SATISFIED, SATISFIED, NOT_SATISFIED }

    /** One unit's month: how many ratings and the share of each answer, in percent (one decimal). */
    public record MonthlySatisfaction(String unitCode, int ratings, double verySatisfied, double satisfied,
                                      double notSatisfied) {
    }

    private final DossierQueries dossiers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ServiceRatings(DossierQueries dossiers, JdbcClient jdbc, Clock clock,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the applicant's rating (404 as tracking for a wrong proof).
     *
     * @throws RuleViolationException before the result, or when the dossier was rated already
     */
    @Transactional
    public void rate(ApplicantProof proof, Rating rating, String comment) {
        Dossier dossier = dossiers.forApplicant(proof).dossier();
        if (dossier.status() != DossierStatus.FINISHED && dossier.status() != DossierStatus.RETURNED) {
            throw new RuleViolationException("Chỉ đánh giá được sau khi hồ sơ có kết quả",
                    "The service can be rated once the dossier has its result");
        }
        try {
            jdbc.sql("""
                            insert into service_rating (dossier_id, dossier_code, unit_code, rating, comment_text, rated_at)
                            values (:id, :code, :unit, :rating, :comment, :now)""")
                    .param("id", dossier.id()).param("code", dossier.code()).param("unit", dossier.handlingUnitCode())
                    .param("rating", rating.name()).param("comment", comment == null || comment.isBlank() ? null : comment.trim())
                    .param("now", Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS))).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("Hồ sơ " + dossier.code() + " đã được đánh giá",
                    "Dossier " + dossier.code() + " has been rated already");
        }
        events.publishEvent(new vn.motcua.feedback.DossierFeedbackGiven(dossier.id()));
    }

    /** Each unit's ratings of the month, as the monthly DongBoDanhGia reports them. */
    @Transactional(readOnly = true)
    public List<MonthlySatisfaction> month(YearMonth month) {
        return jdbc.sql("""
                        select unit_code, count(*) as n,
                            sum(case when rating = 'VERY_SATISFIED' then 1 else 0 end) as very,
                            sum(case when rating = 'SATISFIED' then 1 else 0 end) as sat,
                            sum(case when rating = 'NOT_SATISFIED' then 1 else 0 end) as notsat
                        from service_rating where rated_at >= :from and rated_at < :to
                        group by unit_code order by unit_code""")
                .param("from", Timestamp.valueOf(month.atDay(1).atStartOfDay()))
                .param("to", Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()))
                .query((rs, n) -> {
                    int total = rs.getInt("n");
                    return new MonthlySatisfaction(rs.getString("unit_code"), total, percent(rs.getInt("very"), total),
                            percent(rs.getInt("sat"), total), percent(rs.getInt("notsat"), total));
                }).list();
    }

    private static double percent(int part, int total) {
        return total == 0 ? 0 : Math.round(part * 1000.0 / total) / 10.0;
    }
}
