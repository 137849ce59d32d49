-- Open tasks for the task-list benchmark, written set-based (BENCHMARKS.md "Task lists at province scale").
-- For every open dossier the load benchmark's filler registered but has not started yet (dossier rows with codes
-- -5xxx/-6xxx and no process), copies the runtime rows of one real open "Kiểm tra, tiếp nhận hồ sơ" task that the
-- engine started (the template): the dossier's process instance (business key = dossier code), its call-activity
-- execution and called receive process, the task, its candidate group (the dossier's unit's receivers) and the
-- group's authorization on the task (READ + TASK_WORK, as default-user-permission-name-for-task makes it).
-- The task lists read exactly these tables (ACT_RU_TASK, _IDENTITYLINK, _AUTHORIZATION, _EXECUTION, ACT_RE_PROCDEF),
-- so Tasklist's page and count and the leader's list see them like started ones; the copies have no variables and
-- no history, so they are for listing only (claim + complete uses tasks the engine started).
-- Used when starting 100,000 processes through the engine takes longer than there is time (about 2/s on the shared
-- machine on 2026-12-03 instead of 120/s idle):
--   bench/load.sh --db=motcua_bench_X --only=none --warmup=0   # history, dossier rows, some real starts; stop it
--   psql -h 127.0.0.1 -U postgres -d motcua_bench_X -f bench/clone-open-tasks.sql
--   bench/load.sh --db=motcua_bench_X --reuse --only=tasklist
begin;
create temporary table tpl on commit drop as
select t.id_ as task_id, t.proc_inst_id_ as sub_id, s.super_exec_ as call_id, c.proc_inst_id_ as root_id
from act_ru_task t
join act_ru_execution s on s.id_ = t.proc_inst_id_
join act_ru_execution c on c.id_ = s.super_exec_
where t.task_def_key_ = 'Task_CheckDossier' and t.assignee_ is null
limit 1;

create temporary table todo on commit drop as
select d.id, d.code, d.receiving_unit_code as unit, d.received_at, d.due_at,
       md5('clone-root-' || d.id)::uuid::text as root_id, md5('clone-call-' || d.id)::uuid::text as call_id,
       md5('clone-sub-' || d.id)::uuid::text as sub_id, md5('clone-task-' || d.id)::uuid::text as task_id,
       md5('clone-link-' || d.id)::uuid::text as link_id, md5('clone-auth-' || d.id)::uuid::text as auth_id
from dossier d
where d.process_instance_id is null and d.status = 1 and (d.code like '%-5___' or d.code like '%-6___');

select (select count(*) from tpl) as template_found, (select count(*) from todo) as to_clone;

insert into act_ru_execution
select (jsonb_populate_record(null::act_ru_execution, to_jsonb(e) || jsonb_build_object(
          'id_', x.root_id, 'proc_inst_id_', x.root_id, 'root_proc_inst_id_', x.root_id, 'business_key_', x.code))).*
from todo x, tpl, act_ru_execution e where e.id_ = tpl.root_id;

insert into act_ru_execution
select (jsonb_populate_record(null::act_ru_execution, to_jsonb(e) || jsonb_build_object(
          'id_', x.call_id, 'proc_inst_id_', x.root_id, 'root_proc_inst_id_', x.root_id, 'parent_id_', x.root_id,
          'act_inst_id_', 'Call_Receive:' || x.call_id))).*
from todo x, tpl, act_ru_execution e where e.id_ = tpl.call_id;

insert into act_ru_execution
select (jsonb_populate_record(null::act_ru_execution, to_jsonb(e) || jsonb_build_object(
          'id_', x.sub_id, 'proc_inst_id_', x.sub_id, 'root_proc_inst_id_', x.root_id, 'super_exec_', x.call_id,
          'business_key_', x.code, 'act_inst_id_', 'Task_CheckDossier:' || x.sub_id))).*
from todo x, tpl, act_ru_execution e where e.id_ = tpl.sub_id;

-- created at the dossier's receipt (spread over the last 30 days, as the filler's receipt dates), due as the dossier
insert into act_ru_task
select (jsonb_populate_record(null::act_ru_task, to_jsonb(t) || jsonb_build_object(
          'id_', x.task_id, 'execution_id_', x.sub_id, 'proc_inst_id_', x.sub_id,
          'create_time_', x.received_at + (random() * interval '8 hours'), 'due_date_', x.due_at,
          'follow_up_date_', x.due_at - interval '1 day'))).*
from todo x, tpl, act_ru_task t where t.id_ = tpl.task_id;

insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
select x.link_id, 1, x.unit || ':receiver', 'candidate', x.task_id from todo x;

-- every grant the template task has (its candidate group's READ + TASK_WORK + READ_VARIABLE, the unit leaders'
-- READ + READ_VARIABLE + TASK_ASSIGN), for the clone's unit: the rows the engine's authorization check and the
-- grants' scans meet in production
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
select md5('clone-auth-' || x.id || '-' || a.id_)::uuid::text, 1, a.type_,
       x.unit || substr(a.group_id_, strpos(a.group_id_, ':')), a.resource_type_, x.task_id, a.perms_
from todo x, tpl, act_ru_authorization a
where a.resource_id_ = tpl.task_id and a.group_id_ is not null and a.resource_type_ = 7;

-- the task-local list-row values (TaskListRows): the dossier code is the clone's own
insert into act_ru_variable
select (jsonb_populate_record(null::act_ru_variable, to_jsonb(v) || jsonb_build_object(
          'id_', md5('clone-var-' || x.id || '-' || v.name_)::uuid::text, 'task_id_', x.task_id,
          'execution_id_', x.sub_id, 'proc_inst_id_', x.sub_id, 'var_scope_', x.task_id)
          || case when v.name_ = 'rowDossierCode' then jsonb_build_object('text_', x.code) else '{}'::jsonb end)).*
from todo x, tpl, act_ru_variable v where v.task_id_ = tpl.task_id;

update dossier d set process_instance_id = x.root_id from todo x where d.id = x.id;
commit;
analyze act_ru_task;
analyze act_ru_identitylink;
analyze act_ru_execution;
analyze act_ru_authorization;
analyze act_ru_variable;
select count(*) as open_tasks from act_ru_task;
