package vn.motcua.reporting.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.problem.InvalidInputException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public transparency figures (portal page {@code /minh-bach}): per unit and month, dossiers received and judged
 * and the on-time rate of the 766 index. Counts only: no dossier code, name or number of anyone.
 */
@RestController
class TransparencyController {

    private final DashboardQueries queries;
    private final Dashboard dashboard;
    private final ReportingScope scopes;

    TransparencyController(DashboardQueries queries, Dashboard dashboard, ReportingScope scopes) {
        this.queries = queries;
        this.dashboard = dashboard;
        this.scopes = scopes;
    }

    record UnitMonth(String month, String unitCode, String unitName, long received, long online, long judged, long onTime,
                     Double onTimePercent) {
    }

    record Transparency(String from, String to, List<UnitMonth> rows) {
    }

    @GetMapping("/api/v1/transparency")
    Transparency transparency(@RequestParam(defaultValue = "6") int months) {
        if (months < 1 || months > 24) {
            throw new InvalidInputException("months", "Số tháng phải từ 1 đến 24: " + months,
                    "Months must be between 1 and 24: " + months);
        }
        YearMonth to = YearMonth.from(dashboard.now());
        YearMonth from = to.minusMonths(months - 1L);
        ReportingScope.Scope province = new ReportingScope.Scope(true, null);
        List<UnitMonth> rows = new ArrayList<>();
        for (YearMonth m = to; !m.isBefore(from); m = m.minusMonths(1)) {
            for (Map.Entry<String, DashboardQueries.Figures> e : queries.figures(province, m, m, dashboard.periodEnd(m),
                    DashboardQueries.By.UNIT).entrySet()) {
                DashboardQueries.Figures f = e.getValue();
                rows.add(new UnitMonth(m.toString(), e.getKey(), scopes.unitName(e.getKey()), f.received(), f.online(),
                        f.judged(), f.onTime(), f.judged() == 0 ? null : Indicator.round2(100.0 * f.onTime() / f.judged())));
            }
        }
        return new Transparency(from.toString(), to.toString(), rows);
    }
}
