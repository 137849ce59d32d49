-- The unit's dossier list orders dossiers received in the same second by code (newest first); the indexes of V30
-- carry the code too, so each side's newest rows still come straight from its index.
drop index if exists ix_dossier_receiving_recent;
drop index if exists ix_dossier_handling_recent;
create index ix_dossier_receiving_recent on dossier (receiving_unit_code, received_at, code);
create index ix_dossier_handling_recent on dossier (handling_unit_code, received_at, code);
