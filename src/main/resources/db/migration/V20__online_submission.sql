-- Online submission from the public portal: the applicant's attachments, and whether the applicant's identity
-- was checked against the National Population Database (the 766 index counts such dossiers).
-- Portable SQL: `bytea` is PostgreSQL's binary type and an alias of BINARY VARYING on H2 2.x.

create table dossier_attachment (
    id            uuid          primary key,
    dossier_id    uuid          not null references dossier(id),
    position      integer       not null,            -- order in which the applicant attached them
    file_name     varchar(255)  not null,            -- as the applicant named it, without any path
    content_type  varchar(100)  not null,            -- from the content itself (PDF, JPEG, PNG), not the name
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_at   timestamp     not null
);
create index ix_dossier_attachment_dossier on dossier_attachment (dossier_id, position);

-- When the applicant's ID number was found in the National Population Database; null when not checked.
alter table dossier add column identity_checked_at timestamp;
