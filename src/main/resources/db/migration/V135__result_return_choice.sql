-- Where the applicant receives the result (Decree 118/2025/NĐ-CP: at the receiving point, at another receiving point
-- of the province, by public post or electronically), chosen at submission and changeable until the result is ready.
-- No row: at the receiving point (dossiers received before this choice existed).
create table dossier_result_return (
    dossier_id     uuid         not null primary key references dossier(id),
    -- vn.motcua.dossier.ResultReturn.Method
    method         varchar(30)  not null,
    -- the receiving point that returns the result (AT_OTHER_POINT), else null
    unit_code      varchar(40),
    -- where the post delivers it (POSTAL), else null
    postal_address varchar(500),
    chosen_at      timestamp    not null,
    chosen_by      varchar(100) not null
);
