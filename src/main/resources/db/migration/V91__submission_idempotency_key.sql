-- Idempotency-Key on submissions (vn.motcua.dossier.internal.IdempotentSubmission): a retried POST finds the
-- dossier its first attempt made instead of making a second one. The row is written in the submission's own
-- transaction, so it exists exactly when the dossier does; rows older than a day are deleted.
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
create table submission_key (
    caller          varchar(100)  not null,   -- the officer's user id, or "applicant" for anonymous online submissions
    idempotency_key varchar(255)  not null,   -- as the client sent it
    fingerprint     varchar(64)   not null,   -- SHA-256 of the submission (fields, form data, files)
    dossier_id      uuid          references dossier(id),
    response        varchar(4000),            -- the 201 answer's body, replayed to a retry
    created_at      timestamp     not null,
    primary key (caller, idempotency_key)
);
create index ix_submission_key_created_at on submission_key (created_at);
