-- The public endpoints' rate limits, shared by all nodes (vn.motcua.security, Bucket4j's PostgreSQL proxy manager):
-- one row per client and rule ("submission|203.0.113.7"), the bucket's serialized state, and when the row may go
-- (epoch milliseconds: once the bucket would be full again). Rows are locked one at a time for a few milliseconds.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
