-- The applicant's rating of the service (vn.motcua.feedback): once per dossier, after the result.
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
create table service_rating (
    dossier_id      uuid          primary key,   -- once per dossier: a second rating is refused by this key
    dossier_code    varchar(60)   not null,
    unit_code       varchar(35)   not null,      -- the unit that handled the dossier (DongBoDanhGia is per unit)
    rating          varchar(16)   not null,      -- VERY_SATISFIED | SATISFIED | NOT_SATISFIED
    comment_text    varchar(2000),
    rated_at        timestamp     not null
);
create index ix_service_rating_month on service_rating (rated_at, unit_code);
