-- Household context: the people of a home, by subject only; invitations by code hash.
create table household (
    id          uuid          not null primary key,
    name        varchar(80)   not null,
    created_at  timestamp(6) with time zone not null,
    version     integer       not null
);

create table household_member (
    id            uuid          not null primary key,
    household_id  uuid          not null references household (id) on delete cascade,
    subject       varchar(255)  not null,
    role          varchar(10)   not null,
    joined_at     timestamp(6) with time zone not null,
    constraint uk_household_member unique (household_id, subject)
);
create index ix_household_member_subject on household_member (subject);

create table household_invitation (
    id            uuid          not null primary key,
    household_id  uuid          not null references household (id) on delete cascade,
    code_hash     varchar(64)   not null,
    invited_by    varchar(255)  not null,
    note          varchar(80),
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    status        varchar(10)   not null,
    answered_by   varchar(255),
    answered_at   timestamp(6) with time zone,
    version       integer       not null,
    constraint uk_household_invitation_code unique (code_hash)
);
create index ix_household_invitation_household on household_invitation (household_id, status);
