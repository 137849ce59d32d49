-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the audit trail refuses UPDATE, DELETE and
-- TRUNCATE even from SQL typed by hand. A table owner can still drop these triggers: for protection against the
-- application's own database user, make another role own the table (README "Audit trail").

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
