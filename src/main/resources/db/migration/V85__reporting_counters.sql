-- Reporting (vn.motcua.reporting): the 766 index and the leaders' dashboards, kept current in the transaction of each
-- dossier step. Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.

-- What the 766 index reads of each dossier (its projection), so that each step changes the counters by the difference
-- between the dossier's old and new contribution. No foreign key to dossier: fed by events only.
create table report_dossier (
    dossier_id        uuid         primary key,
    dossier_code      varchar(60)  not null,
    unit_code         varchar(35)  not null,   -- the handling unit now (DonViXuLy)
    procedure_code    varchar(40)  not null,
    field_code        varchar(200) not null,   -- the procedure's field (MaLinhVuc), '' when unknown
    channel           varchar(10)  not null,
    received_at       timestamp    not null,
    accepted          boolean      not null,
    supplements       integer      not null,   -- supplement requests after acceptance
    late_after        timestamp    not null,   -- the appointment plus the applicant's supplement time so far
    ended_at          timestamp,               -- the end of processing as formula 2.1 reads it; null while it runs
    end_kind          varchar(16),             -- FINISHED | RETURNED | STOPPED | WITHDRAWN | NOT_ACCEPTED | SUPPLEMENT
    verdict           varchar(12),             -- ON_TIME | LATE | NOT_COUNTED once ended
    completed_minutes bigint,                  -- processing time of a finished dossier, supplement time subtracted (2.2)
    identity_verified boolean      not null
);
-- The dashboards' open dossiers (overdue, due soon) per unit.
create index ix_report_dossier_open on report_dossier (unit_code, ended_at, late_after);
create index ix_report_dossier_received on report_dossier (received_at);

-- The counters per month, unit, procedure, field and channel. Received-side counts sit in the month of reception,
-- ended-side counts in the month processing ended (2.1 judges a dossier in the period it ended; one still open is
-- judged at the period's end from report_dossier).
create table report_counter (
    period_month      varchar(7)   not null,   -- yyyy-MM
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
create index ix_report_counter_unit on report_counter (unit_code, period_month);
