-- Reporting (vn.motcua.reporting): the counters' rebuild pages through dossier codes and skips those already projected
-- without reading them. Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_report_dossier_code on report_dossier (dossier_code);
