-- Audit context: who did what to which object, when and from where. Append-only.
create table audit_entry (
    id           uuid          not null primary key,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(255)  not null,
    origin       varchar(64),
    action       varchar(80)   not null,
    object_type  varchar(40)   not null,
    object_id    varchar(255)  not null,
    detail       varchar(500)
);
create index ix_audit_entry_time on audit_entry (occurred_at);
create index ix_audit_entry_actor on audit_entry (actor, occurred_at);
create index ix_audit_entry_object on audit_entry (object_id, occurred_at);
create index ix_audit_entry_action on audit_entry (action, occurred_at);
