-- The dossiers open at a closed month's end (formula 2.1 judges a dossier still open at the period's end), per unit,
-- procedure, field and channel, so that a dashboard reads counters only. A month's rows are computed from
-- report_dossier the first time a dashboard asks for it once the month has ended (its marker row says so), then kept by
-- every dossier step in the step's transaction, like report_counter. Portable SQL: H2 2.x and PostgreSQL 15.
create table report_open_month (
    period_month varchar(7) primary key,   -- yyyy-MM
    computed_at  timestamp  not null
);
create table report_open_counter (
    period_month   varchar(7)   not null,
    unit_code      varchar(35)  not null,
    procedure_code varchar(40)  not null,
    field_code     varchar(200) not null,
    channel        varchar(10)  not null,
    open_in_time   bigint       not null default 0,
    open_late      bigint       not null default 0,
    primary key (period_month, unit_code, procedure_code, field_code, channel)
);
create index ix_report_open_counter_unit on report_open_counter (unit_code, period_month);
-- The month running now is still counted from report_dossier: its open dossiers (ended_at null) and those ended after
-- the period's end (none, for now) are found by this index instead of a scan of the whole history.
create index ix_report_dossier_ended on report_dossier (ended_at);
