-- Permit context: permit checks a signed-in citizen chose to keep ("My permit checks"). Only what the
-- answer needs is stored: whose (the identity provider's subject), where (the address register's id
-- when the check named one, and the parcel; no coordinates, no name), what was asked and answered,
-- and what the rules in force said. The fingerprint (a hash of the check's place, activity and
-- answers and of its result) makes saving the same check twice keep one.
create table permit_saved_check (
    id                uuid         not null primary key,
    owner_subject     varchar(255) not null,
    address_id        varchar(40),
    parcel_id         varchar(40)  not null,
    zone_code         varchar(40),
    zone_name         varchar(200),
    zone_type         varchar(40),
    activity          varchar(40)  not null,
    answers           text         not null,
    facts             text         not null,
    outcome           varchar(20)  not null,
    rule_id           varchar(40),
    reason            varchar(80),
    rule_set_id       uuid,
    rule_set_version  integer,
    fingerprint       varchar(64)  not null,
    created_at        timestamp(6) with time zone not null,
    constraint permit_saved_check_once unique (owner_subject, fingerprint),
    constraint permit_saved_check_outcome check (outcome in ('PERMIT_FREE', 'PERMIT_REQUIRED', 'NOT_ALLOWED', 'UNDECIDED'))
);

create index permit_saved_check_owner on permit_saved_check (owner_subject, created_at);
