-- One history for H2 (embedded default) and PostgreSQL: portable types only.

-- Device context: journal of accepted device messages; the unique message id makes
-- ingestion idempotent across redeliveries and resends.
create table device_inbound_message (
    id            uuid          not null primary key,
    message_id    varchar(100)  not null,
    device_id     varchar(100)  not null,
    content_type  varchar(100)  not null,
    body          text          not null,
    body_bytes    integer       not null,
    channel       varchar(10)   not null,
    received_at   timestamp(6) with time zone not null,
    constraint uk_device_inbound_message_id unique (message_id)
);
create index ix_device_inbound_message_device on device_inbound_message (device_id, received_at);

-- Identity context: the least data kept about a signed-in person.
create table identity_citizen_profile (
    id                  uuid          not null primary key,
    subject             varchar(255)  not null,
    display_name        varchar(80)   not null,
    preferred_language  varchar(8)    not null,
    email               varchar(254),
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             integer       not null,
    constraint uk_identity_citizen_profile_subject unique (subject)
);
