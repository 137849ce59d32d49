-- The dossiers open now, counted like the other counters, for the month running now: a dashboard or the public page
-- judged them by scanning report_dossier's open rows (accepted, not ended) at every call, about 7,000 heap blocks per
-- call at a province's scale, which put the public page's p99 at 20 requests/s between 130 and 620 ms depending on
-- the cache. Kept by every dossier step with the projection (OpenNow); a row per unit, procedure, field, channel, the
-- hour the dossier becomes late (late_after truncated to the hour) and whether it had more than one supplement request
-- (late whatever the time). Read at an instant t: rows due after t's hour are in time, before it late, and the hour of
-- t itself is read exactly from report_dossier (index ix_report_dossier_open_late). Portable SQL: H2 2.x and
-- PostgreSQL 15.
create table report_open_now (
    unit_code       varchar(35)  not null,
    procedure_code  varchar(40)  not null,
    field_code      varchar(200) not null,
    channel         varchar(10)  not null,
    late_hour       timestamp    not null,
    late_many       boolean      not null,
    open_count      bigint       not null default 0,
    primary key (unit_code, procedure_code, field_code, channel, late_hour, late_many)
);
insert into report_open_now (unit_code, procedure_code, field_code, channel, late_hour, late_many, open_count)
select unit_code, procedure_code, field_code, channel, date_trunc('hour', late_after), supplements > 1, count(*)
from report_dossier where accepted and ended_at is null and late_after is not null
group by unit_code, procedure_code, field_code, channel, date_trunc('hour', late_after), supplements > 1;
create index ix_report_dossier_open_late on report_dossier (ended_at, late_after);
