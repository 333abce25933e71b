-- Device context (FGMV-31 device access): registered devices, the twin each reports for, and the
-- version of its credential. The credential itself is derived from the server's secret and never stored.
create table device_registration (
    device_id           varchar(100)  not null primary key,
    name                varchar(120)  not null,
    profile             varchar(40)   not null,
    twin_id             varchar(60),
    status              varchar(10)   not null,
    credential_version  integer       not null,
    registered_by       varchar(255)  not null,
    registered_at       timestamp(6) with time zone not null,
    last_seen_at        timestamp(6) with time zone,
    clock_offset_ms     bigint,
    version             integer       not null
);
create index ix_device_registration_twin on device_registration (twin_id);
create index ix_device_registration_status on device_registration (status, last_seen_at);
