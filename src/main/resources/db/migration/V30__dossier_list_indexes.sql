-- Issue 7 (BENCHMARKS.md "Load at province scale"): an officer's list of the unit's newest dossiers
-- (GET /api/v1/dossiers?unit=) reads the newest rows of each side from these indexes instead of sorting every
-- dossier the unit ever received or handled. Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_dossier_receiving_recent on dossier (receiving_unit_code, received_at);
create index ix_dossier_handling_recent on dossier (handling_unit_code, received_at);
