-- The 766 score's facts held by other modules, counted with the dossier's other counts so that the score reads counters
-- only (it passed the period's received dossier ids, about 500,000 over twelve months, to five modules: 1.6-2.1 s).
-- Per dossier: the NPSP accepted a snapshot (1.4), a fee was owed and paid online (6.1), a paper digitised or reused
-- (4.2, 4.4), a complaint about it or a "not satisfied" rating (5.4). Projections written before this migration have
-- facts_read = false: ReportingFactsBackfill reads their facts from the modules after start-up (a page at a time, on
-- any node), and a dossier's next step reads them too. Portable SQL: H2 2.x and PostgreSQL 15.
alter table report_dossier add column facts_read boolean not null default false;
alter table report_dossier add column synced boolean not null default false;
alter table report_dossier add column fee_charging boolean not null default false;
alter table report_dossier add column paid_online boolean not null default false;
alter table report_dossier add column digitised boolean not null default false;
alter table report_dossier add column reused boolean not null default false;
alter table report_dossier add column complained boolean not null default false;
alter table report_dossier add column rated_not_satisfied boolean not null default false;
alter table report_counter add column synced bigint not null default 0;
alter table report_counter add column fee_charging bigint not null default 0;
alter table report_counter add column paid_online bigint not null default 0;
alter table report_counter add column digitised bigint not null default 0;
alter table report_counter add column reused bigint not null default 0;
alter table report_counter add column complained bigint not null default 0;
alter table report_counter add column rated_not_satisfied bigint not null default 0;
alter table report_counter_rollup add column synced bigint not null default 0;
alter table report_counter_rollup add column fee_charging bigint not null default 0;
alter table report_counter_rollup add column paid_online bigint not null default 0;
alter table report_counter_rollup add column digitised bigint not null default 0;
alter table report_counter_rollup add column reused bigint not null default 0;
alter table report_counter_rollup add column complained bigint not null default 0;
alter table report_counter_rollup add column rated_not_satisfied bigint not null default 0;
-- on PostgreSQL a partial index finds the projections whose facts were never read (db/vendor/postgresql/V163_1)
