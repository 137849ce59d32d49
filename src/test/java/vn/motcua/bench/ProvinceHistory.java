package vn.motcua.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.catalog.Procedure;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Fills the database with historical dossiers across the province, set-based ({@code generate_series},
 * {@code INSERT … SELECT}) in chunks of 100,000 with a progress line each: one million in minutes.
 *
 * <p>Dossier {@code i} is received at unit {@code (i / DAYS) % units} on day {@code today - 1 - i % DAYS} (the last
 * two years), with the next sequence number of that unit and day ({@code H36.24781-250314-0007}), so codes are
 * unique and never meet the live sequence (which starts today). The procedure is one of the catalog's procedures of
 * the unit's level. Nineteen in twenty were returned (timeline 1, 2, 4, 9, 10), one in twenty was not accepted
 * (1, 3). Each has its engine history: {@code ACT_HI_PROCINST} (completed, with the removal time that history
 * cleanup uses), {@code ACT_HI_ACTINST} (start event, check task, end event) and {@code ACT_HI_TASKINST} (the check
 * task). The applicant's ID number is {@link #idNumber(long)}.
 */
final class ProvinceHistory {

    static final int DAYS = 730;
    static final int CHUNK = 100_000;
    /** Offset of generated engine ids, so they never meet the engine's own UUIDs. */
    static final String ID_PREFIX = "hist-";

    private final JdbcTemplate jdbc;
    private final PrintStream out;

    ProvinceHistory(DataSource dataSource, PrintStream out) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.out = out;
    }

    /** The ID number the applicant of generated dossier {@code i} gave (valid: Lâm Đồng, female, born 2003). */
    static String idNumber(long i) {
        return "068203" + String.format("%06d", i % 1_000_000);
    }

    /** Adds dossiers {@code first … first + count - 1}; returns how many dossiers the table then holds. */
    long generate(Collection<Procedure> catalog, long first, long count) {
        prepare(catalog);
        long t0 = System.nanoTime();
        for (long from = first; from < first + count; from += CHUNK) {
            long to = Math.min(first + count, from + CHUNK) - 1;
            chunk(from, to);
            double s = (System.nanoTime() - t0) / 1e9;
            long done = to - first + 1;
            out.printf("  history: %,d / %,d dossiers (%.0f s, %,.0f dossiers/s)%n", done, count, s, done / s);
        }
        jdbc.execute("analyze dossier");
        jdbc.execute("analyze dossier_event");
        jdbc.execute("analyze act_hi_procinst");
        jdbc.execute("analyze act_hi_actinst");
        jdbc.execute("analyze act_hi_taskinst");
        return jdbc.queryForObject("select count(*) from dossier", Long.class);
    }

    private void prepare(Collection<Procedure> catalog) {
        jdbc.execute("drop table if exists bench_proc");
        jdbc.execute("drop table if exists bench_unit");
        jdbc.execute("""
                create unlogged table bench_proc (lvl varchar(16), n int, code varchar(40), name text,
                  def_key varchar(255), def_id varchar(64), primary key (lvl, n))""");
        List<Object[]> rows = new ArrayList<>();
        int commune = 0;
        int province = 0;
        for (Procedure p : catalog) {
            String lvl = "COMMUNE".equals(p.level()) ? "COMMUNE" : "PROVINCE";
            int n = lvl.equals("COMMUNE") ? commune++ : province++;
            rows.add(new Object[] {lvl, n, p.code(), p.name(), p.processKey()});
        }
        jdbc.batchUpdate("insert into bench_proc (lvl, n, code, name, def_key) values (?, ?, ?, ?, ?)", rows);
        // the deployed definition where there is one; otherwise the id the key's first version would have
        jdbc.update("""
                update bench_proc b set def_id = coalesce(
                  (select d.id_ from act_re_procdef d where d.key_ = b.def_key order by d.version_ desc limit 1),
                  b.def_key || ':1:history')""");
        jdbc.execute("""
                create unlogged table bench_unit as
                select (row_number() over (order by code) - 1)::int as n, code, level as lvl
                from unit where receives_dossiers""");
        jdbc.execute("analyze bench_proc");
        jdbc.execute("analyze bench_unit");
        out.printf("  history: %d procedures (%d commune, %d provincial), %d receiving units%n", rows.size(), commune,
                province, jdbc.queryForObject("select count(*) from bench_unit", Integer.class));
    }

    private void chunk(long from, long to) {
        jdbc.execute("drop table if exists bench_src");
        jdbc.execute(("""
                create unlogged table bench_src as
                select g.i, md5('motcua-history-' || g.i)::uuid as id,
                  u.code || '-' || to_char(day, 'YYMMDD') || '-' || lpad((g.i / (%1$d * uc.n) + 1)::text, 4, '0') as code,
                  u.code as unit, p.code as proc_code, p.name as proc_name, p.def_key, p.def_id,
                  day + time '07:30' + ((g.i * 37) %% 540) * interval '1 minute' as received,
                  (g.i %% 20 = 0) as refused, '%2$s' || g.i as pid
                from generate_series(%3$d::bigint, %4$d::bigint) g(i)
                cross join (select count(*)::int as n from bench_unit) uc
                join bench_unit u on u.n = (g.i / %1$d) %% uc.n
                join (select lvl, count(*)::int as n from bench_proc group by lvl) pc
                  on pc.lvl = (case when exists (select 1 from bench_proc x where x.lvl = u.lvl) then u.lvl else 'COMMUNE' end)
                join bench_proc p on p.lvl = pc.lvl and p.n = (g.i * 7919) %% pc.n
                cross join lateral (select current_date - 1 - (g.i %% %1$d)::int as day) d""").formatted(DAYS, ID_PREFIX, from, to));
        jdbc.update("""
                insert into dossier (id, code, procedure_code, procedure_name, receiving_unit_code, handling_unit_code,
                  channel, applicant_id_number, applicant_name, applicant_email, applicant_phone, status, received_at,
                  due_at, finished_at, returned_at, form_data, process_instance_id, version)
                select id, code, proc_code, left(proc_name, 500), unit, unit,
                  case when i % 3 = 0 then 'COUNTER' else 'ONLINE' end,
                  '068203' || lpad((i % 1000000)::text, 6, '0'), 'Nguyễn Thị Hạnh', null, null,
                  case when refused then 3 else 10 end, received, received + interval '5 days',
                  case when refused then received + interval '1 hour' else received + interval '3 days' end,
                  case when refused then null else received + interval '4 days' end,
                  '{"childFullName":"Nguyễn Minh Khôi","motherFullName":"Nguyễn Thị Hạnh"}', pid, 4
                from bench_src""");
        jdbc.update("""
                insert into dossier_event (dossier_id, occurred_at, action, status, step, actor, unit_code, due_at)
                select s.id, s.received + e.after, e.action, e.status, e.step, e.actor, s.unit,
                  case when e.status = 1 then s.received + interval '5 days' end
                from bench_src s
                join (values (1, 'SUBMITTED', 1, 'Nộp hồ sơ trực tuyến', 'applicant', interval '0', true),
                             (2, 'STATUS', 3, 'Không tiếp nhận hồ sơ', 'tiepnhan', interval '1 hour', false),
                             (3, 'STATUS', 2, 'Tiếp nhận hồ sơ', 'tiepnhan', interval '1 hour', true),
                             (4, 'STATUS', 4, 'Thẩm định hồ sơ', 'chuyenvien', interval '1 day', true),
                             (5, 'STATUS', 9, 'Phê duyệt kết quả', 'lanhdao', interval '3 days', true),
                             (6, 'STATUS', 10, 'Trả kết quả', 'tiepnhan', interval '4 days', true))
                  as e(seq, action, status, step, actor, after, returned)
                  on e.seq = 1 or e.returned = not s.refused
                order by s.i, e.seq""");
        jdbc.update("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                  end_time_, removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
                select pid, pid, code, def_key, def_id, received, e.ended, e.ended + interval '365 days',
                  (extract(epoch from e.ended - received) * 1000)::bigint, 'Start_DossierSubmitted',
                  case when refused then 'End_NotAccepted' else 'End_ResultReturned' end, pid, 'COMPLETED'
                from bench_src cross join lateral (select received + case when refused then interval '1 hour'
                  else interval '4 days' end as ended) e""");
        jdbc.update("""
                insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                  execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_, duration_,
                  act_inst_state_, sequence_counter_, removal_time_)
                select pid || a.suffix, def_key, def_id, pid, pid, pid, a.act, case when a.task then pid || '-task' end,
                  a.name, a.type, case when a.task then 'tiepnhan' end, received + a.after, received + a.after + a.took,
                  (extract(epoch from a.took) * 1000)::bigint, 1, a.seq,
                  received + interval '4 days' + interval '365 days'
                from bench_src
                cross join (values (1, '-start', 'Start_DossierSubmitted', 'Hồ sơ được nộp', 'startEvent', false,
                                    interval '0', interval '0'),
                                   (2, '-check', 'Task_CheckDossier', 'Kiểm tra hồ sơ', 'userTask', true,
                                    interval '0', interval '1 hour'),
                                   (3, '-end', 'End_ResultReturned', 'Đã trả kết quả', 'noneEndEvent', false,
                                    interval '4 days', interval '0'))
                  as a(seq, suffix, act, name, type, task, after, took)""");
        jdbc.update("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                  proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
                  priority_, removal_time_, task_state_)
                select pid || '-task', 'Task_CheckDossier', def_key, def_id, pid, pid, pid, pid || '-check',
                  'Kiểm tra hồ sơ', 'tiepnhan', received, received + interval '1 hour', 3600000, 50,
                  received + interval '4 days' + interval '365 days', 'Completed'
                from bench_src""");
        jdbc.execute("drop table bench_src");
    }

    /**
     * The 766 projection and counters of the generated dossiers that have none, set-based: what the reporting's
     * rebuild (ReportingRebuild, one dossier at a time through the dossier module) gives for these timelines, in
     * seconds instead of an hour. Each generated dossier: appointment = the due date of its submission (5 days),
     * returned ones accepted and finished after 3 days (status 9; "finished" precedes "returned" in 2.1: on time,
     * processing time 3 days), refused ones not accepted after an hour (not counted). ProvinceHistoryTest checks that
     * the full recount agrees. Returns the dossiers projected.
     */
    long project(Collection<Procedure> catalog) {
        jdbc.execute("drop table if exists bench_field");
        jdbc.execute("create unlogged table bench_field (code varchar(40) primary key, field varchar(200))");
        Map<String, String> fields = new java.util.TreeMap<>();
        catalog.forEach(p -> fields.put(p.code(), p.field() == null ? "" : p.field().length() > 200 ? p.field().substring(0, 200) : p.field()));
        jdbc.batchUpdate("insert into bench_field (code, field) values (?, ?)",
                fields.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        jdbc.execute("drop table if exists bench_proj");
        jdbc.execute("""
                create unlogged table bench_proj as
                select d.id, d.code, d.handling_unit_code as unit, d.procedure_code as proc, coalesce(f.field, '') as field,
                  d.channel, d.received_at, d.status <> 3 as accepted, d.due_at as late_after, d.finished_at as ended_at,
                  case when d.status = 3 then 'NOT_ACCEPTED' else 'FINISHED' end as end_kind,
                  case when d.status = 3 then 'NOT_COUNTED' else 'ON_TIME' end as verdict,
                  case when d.status = 3 then null
                       else (extract(epoch from d.finished_at - d.received_at) / 60)::bigint end as completed
                from dossier d left join bench_field f on f.code = d.procedure_code
                where d.process_instance_id like 'hist-%'
                  and not exists (select 1 from report_dossier r where r.dossier_id = d.id)""");
        long n = jdbc.update("""
                insert into report_dossier (dossier_id, dossier_code, unit_code, procedure_code, field_code, channel,
                  received_at, accepted, supplements, late_after, ended_at, end_kind, verdict, completed_minutes,
                  identity_verified, facts_read)
                select id, code, unit, proc, field, channel, received_at, accepted, 0, late_after, ended_at, end_kind,
                  verdict, completed, false, true from bench_proj""");
        jdbc.update("""
                insert into report_counter (period_month, unit_code, procedure_code, field_code, channel, received, online,
                  identity_verified, ended_on_time, ended_late, not_counted, completed, completed_minutes)
                select m, unit, proc, field, channel, sum(rcv), sum(onl), 0, sum(ot), 0, sum(nc), sum(cmp), sum(cmin)
                from (select to_char(received_at, 'YYYY-MM') as m, unit, proc, field, channel, 1 as rcv,
                        case when channel = 'ONLINE' then 1 else 0 end as onl, 0 as ot, 0 as nc,
                        case when completed is null then 0 else 1 end as cmp, coalesce(completed, 0) as cmin
                      from bench_proj
                      union all
                      select to_char(ended_at, 'YYYY-MM'), unit, proc, field, channel, 0, 0,
                        case when verdict = 'ON_TIME' then 1 else 0 end, case when verdict = 'NOT_COUNTED' then 1 else 0 end,
                        0, 0
                      from bench_proj) x
                group by m, unit, proc, field, channel
                on conflict (period_month, unit_code, procedure_code, field_code, channel) do update set
                  received = report_counter.received + excluded.received, online = report_counter.online + excluded.online,
                  ended_on_time = report_counter.ended_on_time + excluded.ended_on_time,
                  not_counted = report_counter.not_counted + excluded.not_counted,
                  completed = report_counter.completed + excluded.completed,
                  completed_minutes = report_counter.completed_minutes + excluded.completed_minutes""");
        jdbc.execute("drop table bench_proj");
        // rows written around the steps: the month-end counters of the open dossiers are computed again when asked
        jdbc.execute("delete from report_open_counter");
        jdbc.execute("delete from report_counter_rollup");
        jdbc.execute("delete from report_open_month");
        jdbc.execute("analyze report_dossier");
        jdbc.execute("analyze report_counter");
        return n;
    }
}
