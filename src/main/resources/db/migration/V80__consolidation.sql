-- Consolidation of the merged provinces' dossiers (vn.motcua.consolidation, issue 17).
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.

-- Every old commune of the old provinces a new province was formed from (vn-admin-units-2024), with what the mapping
-- tool found for it: ONE new commune, SEVERAL (it was split), or NONE (with the reason). Generated rows come from
-- vn.motcua.importer.UnitMappingCommand (V81); an administrator completes them through /api/v1/admin/consolidation.
create table consolidation_old_commune (
    old_commune_code   varchar(5)   primary key,
    name               varchar(100) not null,
    district_name      varchar(100) not null,
    old_province_code  varchar(2)   not null,
    new_province_code  varchar(2)   not null,
    outcome            varchar(8)   not null,     -- ONE | SEVERAL | NONE, as the tool found it
    reason             varchar(500)               -- why NONE
);

-- Which new communes (GSO codes of vn-admin-units-2025) an old commune went into.
create table consolidation_commune_map (
    old_commune_code  varchar(5)   not null references consolidation_old_commune(old_commune_code),
    new_commune_code  varchar(5)   not null,
    origin            varchar(8)   not null,      -- TOOL | ADMIN
    note              varchar(500),
    mapped_by         varchar(100),
    mapped_at         timestamp,
    primary key (old_commune_code, new_commune_code)
);

-- Old agencies (their electronic codes in the old systems) to the new province's units; an old commune's People's
-- Committee needs no row: it maps through its commune.
create table consolidation_agency_map (
    old_agency_code  varchar(35)  primary key,
    new_unit_code    varchar(35)  not null references unit(code),
    note             varchar(500),
    mapped_by        varchar(100) not null,
    mapped_at        timestamp    not null
);

-- One import of an export file. A run that did not finish is resumed by the next run of the same file (same hash).
create table consolidation_run (
    id             uuid          primary key,
    file_name      varchar(500)  not null,
    file_sha256    varchar(64)   not null,
    dry_run        boolean       not null,
    started_at     timestamp     not null,
    finished_at    timestamp,
    lines_done     bigint        not null default 0,   -- the checkpoint: lines settled, committed with their records
    started_by     varchar(100)  not null
);
create index ix_consolidation_run_file on consolidation_run (file_sha256, finished_at);

-- What became of every line of a run: the report's source. Written in the transaction that settles the line.
create table consolidation_record (
    run_id             uuid          not null references consolidation_run(id),
    line_no            bigint        not null,
    dossier_code       varchar(60),
    old_province_code  varchar(2),                   -- '??' when the line does not say
    status             integer,                      -- TrangThaiHoSo as exported (0 when unreadable)
    outcome            varchar(12)   not null,       -- IMPORTED | UNCHANGED (imported before) | REJECTED
    kind               varchar(12),                  -- HISTORY | IN_PROGRESS for imported lines
    reason             varchar(1000),
    primary key (run_id, line_no)
);

-- The dossiers taken over, with the old system's facts the new tables have no column for.
create table consolidated_dossier (
    dossier_code       varchar(60)   primary key,
    dossier_id         uuid          not null,
    old_province_code  varchar(2)    not null,
    old_agency_code    varchar(35)   not null,
    old_commune_code   varchar(5),
    content_sha256     varchar(64)   not null,       -- the line as imported: the same code with other content is refused
    kind               varchar(12)   not null,       -- HISTORY | IN_PROGRESS
    run_id             uuid          not null,
    imported_at        timestamp     not null
);
