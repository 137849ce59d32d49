package vn.motcua.bench;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open dossiers waiting at the receiving points across the province, each with its real process: the dossier row
 * and its first timeline entry are written set-based, then the process is started through the engine exactly as
 * the submission does ({@link DossierWorkflow#start}), a batch of starts per transaction, so the engine's task
 * queries, claims and completions work on them like on any other. Codes use sequence numbers from 5001 on the
 * last 30 days, so they never meet the history's (below 100) nor the live sequence (today).
 */
final class OpenTasks {

    static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DossierWorkflow workflow;
    private final UnitDirectory units;
    private final TaskService tasks;
    private final PrintStream out;

    OpenTasks(JdbcTemplate jdbc, TransactionTemplate tx, DossierWorkflow workflow, UnitDirectory units,
              TaskService tasks, PrintStream out) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.workflow = workflow;
        this.units = units;
        this.tasks = tasks;
        this.out = out;
    }

    /** Starts dossiers of {@code procedure} at the communes until the engine holds {@code target} open tasks. */
    long fillTo(long target, Procedure procedure, int threads) throws Exception {
        return fillTo(target, procedure, threads, null, 0);
    }

    /**
     * As {@link #fillTo(long, Procedure, int)}, with {@code focusTasks} of them at the commune {@code focusUnit} (codes
     * from 6001 on) and the rest spread over the other communes (codes from 5001 on): the shape of issue 14's target
     * (100,000 open tasks, 2,000 in the officer's unit).
     */
    long fillTo(long target, Procedure procedure, int threads, String focusUnit, long focusTasks) throws Exception {
        long open = tasks.createTaskQuery().count();
        long missing = target - open;
        if (missing <= 0) {
            return open;
        }
        if (focusUnit != null && focusTasks > 0) {
            long focusHave = jdbc.queryForObject("select count(*) from dossier where receiving_unit_code = ? and code like '%-6___'",
                    Long.class, focusUnit);
            long focusMissing = Math.min(missing, Math.max(0, focusTasks - focusHave));
            if (focusMissing > 0) {
                insertFocus(procedure, focusUnit, focusHave, focusMissing);
            }
        }
        // rows written by an interrupted run wait for their process: start those first
        long waiting = jdbc.queryForObject("""
                select count(*) from dossier where process_instance_id is null and procedure_code = ? and status = 1
                and (code like '%-5___' or code like '%-6___')""", Long.class, procedure.code());
        long base = jdbc.queryForObject("select count(*) from dossier where code like '%-5___'", Long.class);
        if (missing > waiting) {
            insertDossiers(procedure, base, missing - waiting, focusUnit == null ? "" : focusUnit);
        }
        List<Object[]> pending = jdbc.query("""
                select id, code, receiving_unit_code, due_at from dossier
                where process_instance_id is null and procedure_code = ? and status = 1 and (code like '%-5___' or code like '%-6___')
                order by code limit ?""", (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime()}, procedure.code(), missing);
        out.printf("  open tasks: %,d open, starting %,d dossiers' processes%n", open, pending.size());
        Map<String, Object> form = Map.of("childFullName", "Nguyễn Minh Khôi", "childBirthDate", "2026-11-20",
                "childGender", "nam", "birthPlace", "Bệnh viện Đa khoa tỉnh Lâm Đồng", "motherFullName", "Nguyễn Thị Hạnh");
        String dossierData = "Họ tên trẻ: Nguyễn Minh Khôi\nNgày sinh: 20/11/2026\nGiới tính: nam\n"
                + "Nơi sinh: Bệnh viện Đa khoa tỉnh Lâm Đồng\nHọ tên mẹ: Nguyễn Thị Hạnh";
        AtomicLong started = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += BATCH) {
            List<Object[]> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
            futures.add(pool.submit(() -> {
                tx.executeWithoutResult(s -> {
                    for (Object[] d : batch) {
                        Unit unit = units.find((String) d[2]).orElseThrow();
                        String pid = workflow.start(procedure, new DossierWorkflow.NewDossier((UUID) d[0], (String) d[1],
                                unit, Channel.ONLINE, "Nguyễn Thị Hạnh", (LocalDateTime) d[3], form, dossierData, ""));
                        jdbc.update("update dossier set process_instance_id = ? where id = ?", pid, d[0]);
                    }
                });
                long n = started.addAndGet(batch.size());
                if (n % 5_000 < BATCH) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    out.printf("  open tasks: %,d / %,d processes started (%.0f s, %.0f /s)%n", n, pending.size(), s, n / s);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
        jdbc.execute("analyze act_ru_execution");
        jdbc.execute("analyze act_ru_variable");
        return tasks.createTaskQuery().count();
    }

    private void insertFocus(Procedure procedure, String unit, long base, long count) {
        jdbc.update("""
                insert into dossier (id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code,
                  channel, applicant_id_number, applicant_name, status, received_at, due_at, form_data)
                select md5('motcua-open-focus-' || g.k)::uuid,
                  ? || '-' || to_char(day, 'YYMMDD') || '-' || lpad((6001 + g.k / 30)::text, 4, '0'),
                  ?, ?, ?, ?, 'ONLINE', '068204' || lpad((g.k % 1000000)::text, 6, '0'), 'Nguyễn Thị Hạnh', 1,
                  day + time '08:00', day + time '08:00' + interval '5 days',
                  '{"childFullName":"Nguyễn Minh Khôi","motherFullName":"Nguyễn Thị Hạnh"}'
                from generate_series(?::bigint, ?::bigint) g(k)
                cross join lateral (select current_date - 1 - (g.k % 30)::int as day) d""",
                unit, procedure.code(), procedure.name(), unit, unit, base, base + count - 1);
        insertFirstEvents(procedure);
    }

    private void insertDossiers(Procedure procedure, long base, long count, String exceptUnit) {
        jdbc.update("""
                insert into dossier (id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code,
                  channel, applicant_id_number, applicant_name, status, received_at, due_at, form_data)
                select md5('motcua-open-' || g.k)::uuid,
                  u.code || '-' || to_char(day, 'YYMMDD') || '-' || lpad((5001 + g.k / (30 * uc.n))::text, 4, '0'),
                  ?, ?, u.code, u.code, 'ONLINE', '068203' || lpad((g.k % 1000000)::text, 6, '0'), 'Nguyễn Thị Hạnh', 1,
                  day + time '08:00', day + time '08:00' + interval '5 days',
                  '{"childFullName":"Nguyễn Minh Khôi","motherFullName":"Nguyễn Thị Hạnh"}'
                from generate_series(?::bigint, ?::bigint) g(k)
                cross join (select count(*)::int as n from unit where receives_dossiers and level = 'COMMUNE' and code <> ?) uc
                join (select code, (row_number() over (order by code) - 1)::int as n from unit
                      where receives_dossiers and level = 'COMMUNE' and code <> ?) u on u.n = (g.k / 30) % uc.n
                cross join lateral (select current_date - 1 - (g.k % 30)::int as day) d""",
                procedure.code(), procedure.name(), base, base + count - 1, exceptUnit, exceptUnit);
        insertFirstEvents(procedure);
    }

    private void insertFirstEvents(Procedure procedure) {
        jdbc.update("""
                insert into dossier_event (dossier_id, occurred_at, action, status, step, actor, unit_code, due_at)
                select id, received_at, 'SUBMITTED', 1, 'Nộp hồ sơ trực tuyến', 'applicant', receiving_unit_code, due_at
                from dossier d where process_instance_id is null and procedure_code = ? and (code like '%-5___' or code like '%-6___')
                and not exists (select 1 from dossier_event e where e.dossier_id = d.id)""",
                procedure.code());
    }
}
