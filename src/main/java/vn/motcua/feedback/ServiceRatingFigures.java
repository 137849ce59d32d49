package vn.motcua.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.feedback.internal.ServiceRatings;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The applicants' ratings as other modules read them: the month's shares per unit (DongBoDanhGia) and dislikes (766). */
@Service
@Transactional(readOnly = true)
public class ServiceRatingFigures {

    /** One unit's month: how many ratings and the share of each answer in percent (RatHaiLong, HaiLong, ChuaHaiLong). */
    public record MonthlySatisfaction(String unitCode, int ratings, double verySatisfied, double satisfied,
                                      double notSatisfied) {
    }

    private final ServiceRatings ratings;
    private final JdbcClient jdbc;

    ServiceRatingFigures(ServiceRatings ratings, JdbcClient jdbc) {
        this.ratings = ratings;
        this.jdbc = jdbc;
    }

    public List<MonthlySatisfaction> month(YearMonth month) {
        return ratings.month(month).stream().map(m -> new MonthlySatisfaction(m.unitCode(), m.ratings(), m.verySatisfied(),
                m.satisfied(), m.notSatisfied())).toList();
    }

    /** Those of these dossiers rated "not satisfied" (5.4's "đánh giá dislike"; the 766 counters read a page at a time). */
    public java.util.Set<UUID> ratedNotSatisfied(Collection<UUID> dossierIds) {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        List<UUID> ids = new ArrayList<>(dossierIds);
        for (int i = 0; i < ids.size(); i += 500) {
            out.addAll(jdbc.sql("select dossier_id from service_rating where rating = 'NOT_SATISFIED' and dossier_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500))).query(UUID.class).list());
        }
        return out;
    }
}
