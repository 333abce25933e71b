-- Actuation (FGMV-31 L2): every command to a device, persisted with its lifecycle
-- PENDING (device offline, waits) -> SENT -> ACKED | FAILED | TIMED_OUT.
create table device_actuation (
    id            uuid           not null primary key,
    twin_id       varchar(60)    not null,
    device_id     varchar(100)   not null references device_registration (device_id),
    action        varchar(40)    not null,
    parameters    varchar(2000)  not null,
    requested_by  varchar(255)   not null,
    status        varchar(10)    not null,
    detail        varchar(500),
    created_at    timestamp(6) with time zone not null,
    sent_at       timestamp(6) with time zone,
    expires_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    version       integer        not null
);
create index ix_device_actuation_device on device_actuation (device_id, status);
create index ix_device_actuation_open on device_actuation (status, expires_at);
