-- Competence by territory (issue 12): each unit says which kind of competent body it is (body_kind, one of
-- src/main/resources/organisation/body-kinds.csv, e.g. COMMUNE_POLICE, LOCAL_TAX_OFFICE) and which communes it
-- serves (its service area, GSO commune codes of vn-admin-units-2025). A procedure's authority decision names a kind
-- and a commune; vn.motcua.organisation.UnitDirectory#competentUnit finds the unit of that kind serving that commune.
-- A unit without body_kind decides nothing (a service centre, an abolished office). Portable SQL: H2 2.x and PostgreSQL 15.
alter table unit add column body_kind varchar(40);

create table unit_service_area (
    unit_code     varchar(35) not null references unit(code),
    commune_code  varchar(5)  not null,
    primary key (unit_code, commune_code)
);
create index ix_unit_service_area_commune on unit_service_area (commune_code);
