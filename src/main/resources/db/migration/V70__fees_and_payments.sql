-- Fees in the lifecycle and online payment (vn.motcua.payment). Every amount is an integer number of đồng.
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.

-- What a dossier owes (status 6, financial obligation) and how it was settled. One row per dossier: the procedure
-- states one step (at receipt or before the result) where the fee is asked.
create table fee_obligation (
    dossier_id        uuid          primary key,
    dossier_code      varchar(60)   not null,
    procedure_code    varchar(40)   not null,
    stage             varchar(10)   not null,   -- RECEIPT | RESULT
    amount_vnd        bigint        not null check (amount_vnd >= 0),
    state             varchar(20)   not null,   -- DUE | PAID_ONLINE | PAID_AT_COUNTER | EXEMPTED | UNPAID
    requested_at      timestamp     not null,
    settled_at        timestamp,
    settled_by        varchar(100),
    receipt_number    varchar(40)   unique,     -- the receipt (biên lai) of a payment
    exemption_reason  varchar(2000),
    order_id          varchar(100)              -- the online order that paid it
);
create unique index ux_fee_obligation_code on fee_obligation (dossier_code);

-- Orders sent to the national payment platform. A confirmation (callback or reconciliation) moves PENDING to PAID once:
-- a conditional update, so a repeated confirmation, or the same one reaching two nodes at once, is counted once.
create table payment_order (
    order_id          varchar(100)  primary key,  -- agencyCode-dossierCode-NN
    dossier_id        uuid          not null,
    amount_vnd        bigint        not null check (amount_vnd > 0),
    state             varchar(12)   not null,     -- PENDING | PAID | MISMATCH | CANCELLED
    created_at        timestamp     not null,
    paid_at           timestamp,
    transaction_ref   varchar(100),               -- the platform's own transaction number
    confirmations     integer       not null default 0,  -- every verified confirmation received, duplicates included
    last_checked_at   timestamp,                  -- last reconciliation query
    problem           varchar(500)                -- what reconciliation or a callback found wrong (amount mismatch)
);
create index ix_payment_order_dossier on payment_order (dossier_id);
create index ix_payment_order_pending on payment_order (state, created_at);

-- Receipt numbers: BL-yyyy-000001, one counter for the province (a row, not a sequence: the same SQL on H2 and
-- PostgreSQL; its row lock orders concurrent receipts within their transactions, so a rolled-back one leaves no gap).
create table fee_receipt_counter (
    id          integer  primary key,
    last_value  bigint   not null
);
insert into fee_receipt_counter (id, last_value) values (1, 0);
