-- Complaints and recommendations (phản ánh, kiến nghị; vn.motcua.feedback): about a dossier or a procedure, each
-- handled by its own process (processes/shared/motcua-complaint.bpmn) with a 15-working-day answer deadline.
-- Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 15.
create table complaint (
    id                uuid           primary key,
    code              varchar(40)    not null unique,  -- PAKN-yyyyMMdd-nnnn, what the sender keeps to look it up
    kind              varchar(16)    not null,         -- COMPLAINT (phản ánh) | RECOMMENDATION (kiến nghị)
    subject           varchar(10)    not null,         -- DOSSIER | PROCEDURE
    dossier_id        uuid,
    dossier_code      varchar(60),
    procedure_code    varchar(40)    not null,
    sender_name       varchar(200)   not null,
    sender_id_number  varchar(12)    not null,         -- with the code, the proof to read the answer
    sender_email      varchar(200),
    sender_phone      varchar(20),
    content           varchar(4000)  not null,
    received_at       timestamp      not null,
    unit_code         varchar(35),                     -- the unit that answers (routing), null until routed
    due_at            timestamp,                       -- 15 working days from receipt
    answer            varchar(4000),
    answered_at       timestamp,
    answered_by       varchar(100),
    process_instance_id varchar(64)
);
create index ix_complaint_dossier on complaint (dossier_id);
create index ix_complaint_unit on complaint (unit_code, received_at);

create table complaint_counter (
    id          integer  primary key,
    last_value  bigint   not null
);
insert into complaint_counter (id, last_value) values (1, 0);
