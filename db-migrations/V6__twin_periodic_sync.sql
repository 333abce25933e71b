-- Periodic sync (REQ-DT-07): how often a linked twin's physical object is asked to report, and when next.
alter table twin add column sync_every_seconds integer;
alter table twin add column next_sync_at timestamp(6) with time zone;
create index ix_twin_next_sync on twin (next_sync_at);
