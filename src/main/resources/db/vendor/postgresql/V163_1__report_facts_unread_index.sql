-- The projections whose module facts were never read (V163), for ReportingFactsBackfill: empty once it is done, so
-- it costs nothing afterwards. A partial index: PostgreSQL only (H2 has none; its embedded data are small).
create index ix_report_dossier_facts_unread on report_dossier (dossier_id) where not facts_read;
