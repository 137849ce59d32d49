-- A required document the applicant did not upload because the state already holds it: the signed electronic
-- result of an earlier dossier of the same applicant (same ID number), named by that dossier's code on the portal
-- and checked on the server at submission. The officers open the held result from the dossier's papers; the paper
-- counts as reused and digitised (dossier_paper_mark, source PORTAL) for the 766 index and the NPSP.
create table dossier_reused_paper (
    dossier_id          uuid          not null references dossier(id),
    document_key        varchar(100)  not null,      -- the document's upload field in the procedure's intake form
    paper               varchar(500)  not null,      -- the document's name as the form labels it
    source_dossier_code varchar(40)   not null,      -- the earlier dossier whose signed result is reused
    result_document_id  uuid          not null,      -- that result (result_document.id) as it was when reused
    result_sha256       varchar(64)   not null,      -- its signed file's hash then, so a later change shows
    reused_at           timestamp     not null,
    primary key (dossier_id, document_key)
);
