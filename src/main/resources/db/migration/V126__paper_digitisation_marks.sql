-- Digitisation marks (vn.motcua.dossier.PaperMarks): for each paper of a dossier (a component the procedure asks
-- for), whether it was digitised (số hóa: scanned or received as a file) and whether it was reused from data the state
-- already holds (tái sử dụng: taken from the citizen's data store or an earlier dossier instead of being brought
-- again). The receiver marks them in the intake task; the 766 index (digitised components, reuse) and the NPSP sync
-- (DuocSoHoa, DuocTaiSuDung) read them. Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
create table dossier_paper_mark (
    dossier_id   uuid          not null,
    paper        varchar(500)  not null,   -- the component's name as the procedure states it
    digitised    boolean       not null,
    reused       boolean       not null,
    source       varchar(10)   not null,   -- INTAKE (the receiver) | PORTAL (the applicant chose stored data)
    marked_by    varchar(100)  not null,
    marked_at    timestamp     not null,
    primary key (dossier_id, paper)
);

-- The counts per dossier, kept with the marks (one row per dossier that has any).
create table dossier_digitisation (
    dossier_id   uuid          primary key,
    papers       integer       not null,
    digitised    integer       not null,
    reused       integer       not null,
    updated_at   timestamp     not null
);
