-- What the application last deployed from the project tree (processes/, decisions/, forms/): a hash of every
-- resource's name and bytes. A restart whose models hash the same skips the engine's resource-by-resource
-- comparison (vn.motcua.workflow.internal.ModelDeployment).
create table model_deployment (
    name         varchar(100) not null primary key,
    content_hash varchar(64)  not null,
    resources    integer      not null,
    deployed_at  timestamp    not null
);
