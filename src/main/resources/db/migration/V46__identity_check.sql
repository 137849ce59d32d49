-- The applicant's identity as the National Population Database answered it (vn.motcua.dossier, checked through
-- the LGSP / VNeID by vn.motcua.integration). A dossier whose check could not be made is received all the same,
-- marked NOT_CHECKED, and checked again later; it is never taken as verified.
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
alter table dossier add column identity_status varchar(12);     -- VERIFIED | NOT_CHECKED | MISMATCH; null before V46
alter table dossier add column applicant_birth_date date;       -- as the applicant gave it, sent with the check
alter table dossier add column identity_attempts integer not null default 0;
alter table dossier add column identity_next_check_at timestamp;
update dossier set identity_status = case when identity_checked_at is null then null else 'VERIFIED' end;
-- The re-check's scan: only dossiers still waiting for the database.
create index ix_dossier_identity_recheck on dossier (identity_status, identity_next_check_at);
