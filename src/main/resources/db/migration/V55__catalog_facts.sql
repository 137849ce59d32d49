-- The procedure catalog as DEPLOYED: one row per procedure (its process model's motcua.* properties, written by the
-- engine's deployment, in the deployment's own transaction) and one per intake form (its whole schema). Every node
-- reads the catalog from here, so the portal, the catalog API, fees and due dates follow the latest deployed version,
-- whether it came from the application's jar or from Camunda Modeler (vn.motcua.catalog.ProcedureFacts).
create table catalog_procedure (
    code          varchar(40)  not null primary key,
    process_key   varchar(255) not null,
    -- the engine's process definition id; null for a generated model a test context lists without deploying
    definition_id varchar(64),
    version       integer      not null,
    name          varchar(2000) not null,
    decision_key  varchar(255),
    form_key      varchar(255),
    -- the model's motcua.* extension properties as a JSON object: the facts the analyst edits in Modeler
    properties    text         not null,
    resource_name varchar(500) not null,
    recorded_at   timestamp    not null
);

create table catalog_form (
    form_key      varchar(255) not null primary key,
    version       integer      not null,
    -- the Camunda Form schema (JSON) as deployed: the portal renders it and submissions are checked against it
    form_schema   text         not null,
    resource_name varchar(500) not null,
    recorded_at   timestamp    not null
);

-- Bumped with every change above, in the same transaction: a node re-reads the catalog when it differs from the
-- revision it read last (one indexed row per catalog read).
create table catalog_revision (
    id       integer not null primary key,
    revision bigint  not null
);
insert into catalog_revision (id, revision) values (1, 0);
