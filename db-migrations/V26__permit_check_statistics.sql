-- Permit context: how many permit checks were answered, for staff statistics. Anonymous by design:
-- no address, parcel or person, only the day, what was asked and what the rules said. One row per day,
-- activity, zone type, outcome, rule and rule-set version, its count added to (the server counts in
-- memory and adds a few seconds' worth at a time), so a busy day is a handful of rows, not one per check.
-- zone_type and rule_id are '' and rule_set_version 0 when there was none.
create table permit_check_count (
    check_day         date        not null,
    activity          varchar(40) not null,
    zone_type         varchar(40) not null,
    outcome           varchar(20) not null,
    rule_id           varchar(40) not null,
    rule_set_version  integer     not null,
    checks            bigint      not null,
    constraint permit_check_count_key primary key (check_day, activity, zone_type, outcome, rule_id, rule_set_version),
    constraint permit_check_count_outcome check (outcome in ('PERMIT_FREE', 'PERMIT_REQUIRED', 'NOT_ALLOWED', 'UNDECIDED')),
    constraint permit_check_count_positive check (checks > 0)
);
