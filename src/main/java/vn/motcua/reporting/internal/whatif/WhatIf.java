package vn.motcua.reporting.internal.whatif;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link Scenario} on the recorded history: reads the period's dossiers from the 766 projection
 * (report_dossier: unit, receipt, end of processing, appointment plus supplement time, verdict), builds the office
 * clock from the legal calendar and replays them ({@link Replay}). A month before the period is replayed too, so the
 * queues start the period with the work they had.
 */
@Service
public class WhatIf {

    /** The report of one run: the scenario, the replay's figures, and the units' names. */
    public record Report(Scenario scenario, String period, long dossiersReplayed, Replay.Result result,
                         java.util.Map<String, String> unitNames) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final UnitDirectory units;
    private final Clock clock;

    WhatIf(JdbcClient jdbc, WorkingCalendar calendar, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report run(Scenario scenario) {
        scenario.validated();
        LocalDateTime from = scenario.firstMonth().atDay(1).atStartOfDay();
        LocalDateTime to = scenario.lastMonth().plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime warmUp = from.minusMonths(1);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Replay.Case> cases = jdbc.sql("""
                        select dossier_id, unit_code, received_at, ended_at, late_after, accepted, verdict
                        from report_dossier
                        where received_at < :to and (ended_at is null or ended_at >= :warmUp) and end_kind is distinct from 'NOT_ACCEPTED'""")
                .param("to", Timestamp.valueOf(to)).param("warmUp", Timestamp.valueOf(warmUp))
                .query((rs, n) -> new Replay.Case(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toLocalDateTime(),
                        rs.getTimestamp(5).toLocalDateTime(),
                        rs.getBoolean(6) && !"NOT_COUNTED".equals(rs.getString(7))))
                .list();
        LocalDateTime earliest = cases.stream().map(Replay.Case::receivedAt).min(LocalDateTime::compareTo).orElse(warmUp);
        LocalDateTime latest = now.isAfter(to) ? now : to;
        for (Replay.Case c : cases) {
            if (c.endedAt() != null && c.endedAt().isAfter(latest)) {
                latest = c.endedAt();
            }
            if (c.lateAfter().isAfter(latest)) {
                latest = c.lateAfter();
            }
        }
        OfficeClock office = new OfficeClock(calendar::isWorkingDay, calendar.officeOpensAt(), calendar.officeClosesAt(),
                earliest.toLocalDate(), latest.toLocalDate().plusDays(1));
        Replay.Result result = new Replay(office, from, to, now).run(cases, scenario);
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        result.units().forEach(u -> names.put(u.unit(), units.find(u.unit()).map(Unit::name).orElse(u.unit())));
        return new Report(scenario, scenario.firstMonth() + " – " + scenario.lastMonth(), cases.size(), result, names);
    }

    /** The units that changed (moved, desks, or any figure) first, then the rest; {@code limit} rows at most. */
    public static List<Replay.UnitResult> highlights(Report report, int limit) {
        java.util.Set<String> named = new java.util.HashSet<>(report.scenario().changes().officers().keySet());
        report.scenario().changes().moves().forEach(m -> {
            named.add(m.from());
            named.add(m.to());
        });
        return report.result().units().stream()
                .filter(u -> named.contains(u.unit()) || !u.scenario().equals(u.baseline()))
                .sorted(java.util.Comparator.<Replay.UnitResult>comparingInt(u -> named.contains(u.unit()) ? 0 : 1)
                        .thenComparing(u -> -Math.abs(u.scenario().backlog() - u.baseline().backlog()))
                        .thenComparing(Replay.UnitResult::unit))
                .limit(limit).toList();
    }

    /** The table as text (the command prints it): Vietnamese headings first, then English. */
    public static String table(Report report, int limit) {
        StringBuilder b = new StringBuilder();
        Scenario s = report.scenario();
        b.append("Kịch bản / Scenario: ").append(s.name() == null ? "" : s.name()).append('\n');
        b.append("Kỳ / Period: ").append(report.period()).append(" · hồ sơ mô phỏng / dossiers replayed: ")
                .append(String.format(Locale.ROOT, "%,d", report.dossiersReplayed())).append('\n');
        String head = "%-14s %-28s %9s %5s %9s %21s %21s %15s%n";
        b.append(String.format(Locale.ROOT, head, "Đơn vị/Unit", "Tên/Name", "CB/desks", "HS/CB", "Nhận/rcv",
                "Đúng hạn % (TT/TH/KB)", "Tồn cuối (TT/TH/KB)", "Chờ giờ TH/KB"));
        List<Replay.UnitResult> rows = highlights(report, limit);
        for (Replay.UnitResult u : rows) {
            b.append(row(u.unit(), report.unitNames().getOrDefault(u.unit(), u.unit()),
                    u.officersBefore() + "→" + u.officersAfter(), String.valueOf(u.caseload()),
                    u.recorded(), u.baseline(), u.scenario()));
        }
        Replay.Result r = report.result();
        b.append(row("TỔNG/TOTAL", "toàn tỉnh / province", "", "", r.recordedTotal(), r.baselineTotal(), r.scenarioTotal()));
        b.append("TT = thực tế / recorded · TH = tái hiện bản đồ hiện tại / baseline replay · KB = kịch bản / scenario;"
                + " chờ = giờ hành chính chờ cán bộ, trung bình / mean office hours waiting for a desk\n");
        return b.toString();
    }

    private static String row(String unit, String name, String desks, String caseload, Replay.Figures rec,
                              Replay.Figures base, Replay.Figures scen) {
        return String.format(Locale.ROOT, "%-14s %-28s %9s %5s %9d %21s %21s %15s%n", unit,
                name.length() > 28 ? name.substring(0, 27) + "…" : name, desks, caseload, rec.received(),
                rate(rec) + "/" + rate(base) + "/" + rate(scen),
                rec.backlog() + "/" + base.backlog() + "/" + scen.backlog(),
                String.format(Locale.ROOT, "%.1f/%.1f", base.meanWaitHours(), scen.meanWaitHours()));
    }

    private static String rate(Replay.Figures f) {
        return f.onTimeRate() == null ? "–" : String.format(Locale.ROOT, "%.1f", f.onTimeRate());
    }

}
