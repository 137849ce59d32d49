-- A closed month's counters rolled up for the province's tables: report_counter holds about one row per dossier at a
-- province's scale (unit x procedure x field x channel: 1,093,253 rows for 1,002,400 dossiers in the load benchmark), so
-- a province-wide table over twelve months read 550,000 rows. Two roll-ups per month, same columns, the rolled-up
-- dimensions holding '*': (month, unit, channel) gives the tables by unit, by channel and by month; (month, procedure,
-- field) those by procedure and by field. Computed with the month's open dossiers (report_open_month marks both), then
-- kept by every dossier step like report_counter. Portable SQL: H2 2.x and PostgreSQL 15.
create table report_counter_rollup (
    period_month      varchar(7)   not null,
    unit_code         varchar(35)  not null,
    procedure_code    varchar(40)  not null,
    field_code        varchar(200) not null,
    channel           varchar(10)  not null,
    received          bigint       not null default 0,
    online            bigint       not null default 0,
    identity_verified bigint       not null default 0,
    ended_on_time     bigint       not null default 0,
    ended_late        bigint       not null default 0,
    not_counted       bigint       not null default 0,
    completed         bigint       not null default 0,
    completed_minutes bigint       not null default 0,
    primary key (period_month, unit_code, procedure_code, field_code, channel)
);
-- the months counted before the roll-ups existed are counted again, with them, when a dashboard next asks
delete from report_open_counter;
delete from report_open_month;
