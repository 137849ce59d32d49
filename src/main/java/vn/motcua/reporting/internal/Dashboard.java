package vn.motcua.reporting.internal;

import org.springframework.stereotype.Service;
import vn.motcua.catalog.ProcedureCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The leaders' dashboard and its tables, for one scope and period.
 *
 * <p>No transaction around a call: a call waiting for a month's open dossiers to be counted ({@link OpenAtMonthEnd#ensure})
 * holds no connection, so a page's eight calls at once cannot take the pool's connections from the computation they
 * wait for; {@link DashboardQueries} and the other modules run their reads in read-only transactions of their own.
 */
@Service
class Dashboard {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Duration DUE_SOON = Duration.ofDays(3);

    private final DashboardQueries queries;
    private final ReportingScope scopes;
    private final ProcedureCatalog catalog;
    private final Clock clock;
    private final vn.motcua.feedback.Complaints complaints;
    private final CounterStore store;

    Dashboard(DashboardQueries queries, ReportingScope scopes, ProcedureCatalog catalog, Clock clock,
              vn.motcua.feedback.Complaints complaints, CounterStore store) {
        this.complaints = complaints;
        this.store = store;
        this.queries = queries;
        this.scopes = scopes;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param factsPending dossiers projected before the other modules' facts were counted whose facts are still being
     *                     read ({@link ReportingFactsBackfill}): until it is 0, 1.4, 4.2, 4.4, 5.4 and 6.1 count fewer
     */
    record Score(String from, String to, boolean province, List<String> units, Double total, double measuredMax,
                 List<Index766.GroupScore> groups, List<Indicator> indicators, long factsPending) {
    }

    /** One table of the dashboard: column headings (Vietnamese / English) and rows, as shown and as exported. */
    record Table(String name, String titleVi, String titleEn, List<String> headingsVi, List<String> headingsEn,
                 List<List<Object>> rows) {
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Score score(ReportingScope.Scope scope, YearMonth from, YearMonth to) {
        DashboardQueries.Figures f = queries.figures(scope, from, to, periodEnd(to), DashboardQueries.By.MONTH).values()
                .stream().reduce(DashboardQueries.Figures.NONE, DashboardQueries.Figures::plus);
        // of the dossiers received in the period, counted with them (Contribution.Facts, in that order): 1.4 those whose
        // snapshot the NPSP accepted, 6.1 those that owed a fee and paid it online, 4.2 / 4.4 those with a digitised /
        // reused paper, 5.4 those complained about plus those rated not satisfied
        long synced = f.fact(0);
        long feeCharging = f.fact(1);
        long paidOnline = f.fact(2);
        long complained = f.fact(5) + f.fact(6);
        // 5.2 / 5.3 count complaints, not dossiers: read from the feedback module (a small table, by unit and date)
        var feedback = complaints.figures(scope.province() ? null : scope.units(), from.atDay(1).atStartOfDay(), periodEnd(to));
        var answers = complaints.satisfaction(scope.province() ? null : scope.units(), from.atDay(1).atStartOfDay(), periodEnd(to));
        PeriodTotals totals = new PeriodTotals(f.received(), f.online(), f.identityVerified(), f.judged(), f.onTime(),
                f.judged() - f.onTime(), synced, feeCharging, paidOnline, complained, f.fact(3), f.fact(4),
                feedback.handled(), feedback.onTime(), answers.received(), answers.satisfied());
        List<Indicator> indicators = Index766.score(totals);
        Map<Index766.Group, Index766.GroupScore> groups = Index766.groups(indicators);
        boolean any = indicators.stream().anyMatch(Indicator::measured);
        double total = indicators.stream().filter(Indicator::measured).mapToDouble(Indicator::points).sum();
        double measuredMax = indicators.stream().filter(Indicator::measured).mapToDouble(Indicator::maxPoints).sum();
        return new Score(from.toString(), to.toString(), scope.province(),
                scope.province() ? List.of() : List.copyOf(scope.units()), any ? Indicator.round2(total) : null,
                measuredMax, List.copyOf(groups.values()), indicators, store.unread());
    }

    Table table(String name, ReportingScope.Scope scope, YearMonth from, YearMonth to) {
        return switch (name) {
            case "units" -> figures("units", "Đơn vị mất điểm nhiều nhất", "Units losing the most points",
                    "Đơn vị", "Unit", scope, from, to, DashboardQueries.By.UNIT);
            case "procedures" -> figures("procedures", "Thủ tục mất điểm nhiều nhất", "Procedures losing the most points",
                    "Thủ tục", "Procedure", scope, from, to, DashboardQueries.By.PROCEDURE);
            case "fields" -> figures("fields", "Theo lĩnh vực", "By field", "Lĩnh vực", "Field", scope, from, to,
                    DashboardQueries.By.FIELD);
            case "channels" -> figures("channels", "Theo kênh nộp", "By channel", "Kênh", "Channel", scope, from, to,
                    DashboardQueries.By.CHANNEL);
            case "months" -> figures("months", "Xu hướng theo tháng", "Trend by month", "Tháng", "Month", scope, from, to,
                    DashboardQueries.By.MONTH);
            case "overdue" -> overdue(scope);
            case "indicators" -> indicators(score(scope, from, to));
            default -> throw new vn.motcua.problem.InvalidInputException("table", "Không có bảng " + name
                    + " (units, procedures, fields, channels, months, overdue, indicators)",
                    "No table " + name + " (units, procedures, fields, channels, months, overdue, indicators)");
        };
    }

    private Table figures(String name, String titleVi, String titleEn, String keyVi, String keyEn,
                          ReportingScope.Scope scope, YearMonth from, YearMonth to, DashboardQueries.By by) {
        List<Map.Entry<String, DashboardQueries.Figures>> entries = new ArrayList<>(
                queries.figures(scope, from, to, periodEnd(to), by).entrySet());
        if (by != DashboardQueries.By.MONTH) {
            // the units and procedures that lose the most points first: most late dossiers, then lowest rate
            entries.sort(Comparator.comparingLong((Map.Entry<String, DashboardQueries.Figures> e) ->
                    -(e.getValue().judged() - e.getValue().onTime())).thenComparing(Map.Entry::getKey));
        }
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> names = by == DashboardQueries.By.PROCEDURE ? procedureNames() : Map.of();
        for (var e : entries) {
            DashboardQueries.Figures f = e.getValue();
            Double rate = f.judged() == 0 ? null : Indicator.round2(100.0 * f.onTime() / f.judged());
            Double avgDays = f.completed() == 0 ? null : Indicator.round2(f.completedMinutes() / 1440.0 / f.completed());
            rows.add(List.of(e.getKey(), label(by, e.getKey(), names), f.received(), f.online(), f.judged(), f.onTime(),
                    f.judged() - f.onTime(), rate == null ? "" : rate, avgDays == null ? "" : avgDays));
        }
        return new Table(name, titleVi, titleEn,
                List.of("Mã", keyVi, "Tiếp nhận", "Trực tuyến", "Được đánh giá", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn (%)",
                        "Thời gian giải quyết TB (ngày)"),
                List.of("Code", keyEn, "Received", "Online", "Judged", "On time", "Late", "On-time rate (%)",
                        "Average processing time (days)"), rows);
    }

    private Table overdue(ReportingScope.Scope scope) {
        LocalDateTime now = now();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> names = procedureNames();
        for (DashboardQueries.OpenDossier d : queries.overdueAndDueSoon(scope, now, DUE_SOON, 500)) {
            boolean late = d.supplements() > 1 || d.lateAfter().isBefore(now);
            rows.add(List.of(d.code(), scopes.unitName(d.unitCode()), names.getOrDefault(d.procedureCode(), d.procedureCode()),
                    d.receivedAt().format(DATE), d.lateAfter().format(DATE), late ? "Quá hạn" : "Sắp đến hạn"));
        }
        return new Table("overdue", "Hồ sơ quá hạn và sắp đến hạn", "Overdue and due-soon dossiers",
                List.of("Mã hồ sơ", "Đơn vị", "Thủ tục", "Ngày tiếp nhận", "Hạn (đã cộng thời gian bổ sung)", "Tình trạng"),
                List.of("Dossier code", "Unit", "Procedure", "Received", "Due (supplement time added)", "State"), rows);
    }

    private static Table indicators(Score s) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            rows.add(List.of(i.code(), i.nameVi(), i.maxPoints(), i.measured() ? i.percent() : "chưa đo",
                    i.measured() ? i.points() : "chưa đo", i.noteVi() == null ? "" : i.noteVi()));
        }
        return new Table("indicators", "Chỉ số 766", "766 indicators",
                List.of("Mã", "Chỉ số", "Điểm tối đa", "Tỷ lệ (%)", "Điểm", "Ghi chú"),
                List.of("Code", "Indicator", "Maximum points", "Rate (%)", "Points", "Note"), rows);
    }

    private String label(DashboardQueries.By by, String key, Map<String, String> procedureNames) {
        return switch (by) {
            case UNIT -> scopes.unitName(key);
            case PROCEDURE -> procedureNames.getOrDefault(key, key);
            case CHANNEL -> vn.motcua.catalog.Channel.valueOf(key).labelVi();
            default -> key;
        };
    }

    /**
     * The catalog's names by code, read once for a table: each {@code find} outside a transaction checks the catalog's
     * revision in the database, which made the province's procedures table (about 1,600 rows) 1,600 round trips.
     */
    private Map<String, String> procedureNames() {
        Map<String, String> out = new java.util.HashMap<>();
        catalog.all().forEach(p -> out.put(p.code(), p.name()));
        return out;
    }

    LocalDateTime periodEnd(YearMonth to) {
        LocalDateTime end = to.atEndOfMonth().atTime(23, 59, 59);
        LocalDateTime now = now();
        return end.isBefore(now) ? end : now;
    }
}
