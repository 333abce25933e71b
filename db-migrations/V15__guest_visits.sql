-- Notification context (FGMV-28 7.2.1): a ring at a home's door, one row per household told of it,
-- with how it was answered. The camera's picture of the visitor is personal data: it lives in its own
-- table, is deleted after notification.snapshot.retention.days, and members may delete it sooner.
create table guest_visit (
    id                   uuid          not null primary key,
    household_id         uuid          not null,
    doorbell_twin_id     varchar(60)   not null,
    door_name            varchar(200)  not null,
    rang_at              timestamp(6) with time zone not null,
    expires_at           timestamp(6) with time zone not null,
    status               varchar(12)   not null,
    lock_twin_id         varchar(60),
    camera_twin_id       varchar(60),
    snapshot_command_id  uuid,
    open_command_id      uuid,
    answered_by          varchar(255),
    answered_by_name     varchar(200),
    answered_at          timestamp(6) with time zone,
    outcome_at           timestamp(6) with time zone,
    has_snapshot         boolean       default false not null,
    version              integer       not null
);
create index ix_guest_visit_household on guest_visit (household_id, rang_at);
create index ix_guest_visit_open on guest_visit (status, expires_at);
create index ix_guest_visit_snapshot_command on guest_visit (snapshot_command_id);
create index ix_guest_visit_open_command on guest_visit (open_command_id);

create table guest_visit_snapshot (
    visit_id      uuid          not null primary key references guest_visit (id) on delete cascade,
    content_type  varchar(40)   not null,
    image         bytea         not null,
    taken_at      timestamp(6) with time zone not null
);
create index ix_guest_visit_snapshot_taken on guest_visit_snapshot (taken_at);

-- A member's choices: quiet hours (local time of the city, from-to, may pass midnight), sound, and
-- an e-mail (to the address in their profile) when the doorbell rings while they are not signed in.
create table notification_preference (
    subject       varchar(255)  not null primary key,
    quiet_from    time,
    quiet_until   time,
    sound         boolean       default false not null,
    email         boolean       default false not null,
    version       integer       not null
);
