-- Device context: households claim devices with one-time codes (only the SHA-256 of a code is kept).
-- A claimed device names its household, the grant that gave the household its twin, and whether the
-- claim made that twin (letting the device go removes it again).
alter table device_registration add column household_id uuid;
alter table device_registration add column claim_grant_id uuid;
alter table device_registration add column claim_twin_created boolean default false not null;
alter table device_registration add column claimed_at timestamp(6) with time zone;
create index ix_device_registration_household on device_registration (household_id);

create table device_claim_code (
    id            uuid          not null primary key,
    device_id     varchar(100)  not null references device_registration (device_id),
    code_hash     varchar(64)   not null,
    issued_by     varchar(255)  not null,
    issued_at     timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    used_at       timestamp(6) with time zone,
    household_id  uuid,
    version       integer       not null,
    constraint uk_device_claim_code unique (code_hash)
);
create index ix_device_claim_code_device on device_claim_code (device_id);

-- Wrong codes entered, per household: a few per hour are allowed, guessing is not. Kept for an hour.
create table device_claim_failure (
    id            uuid          not null primary key,
    household_id  uuid          not null,
    failed_at     timestamp(6) with time zone not null
);
create index ix_device_claim_failure_household on device_claim_failure (household_id, failed_at);
