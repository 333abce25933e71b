-- Permit context: the zoning rules staff maintain, as DMN decision models, one series of versions per
-- activity (dormer, fence, outbuilding, …) and zone type (residential, conservation, …). A version is
-- uploaded as a DRAFT with its own test cases, becomes ACTIVE from its effective date once they pass,
-- and is RETIRED (kept, for audit and for checks made under it) when its successor is activated.
create table permit_rule_set (
    id              uuid         not null primary key,
    activity        varchar(40)  not null,
    zone_type       varchar(40)  not null,
    version_number  integer      not null,
    effective_from  date         not null,
    status          varchar(10)  not null,
    dmn             text         not null,
    test_cases      text         not null,
    uploaded_by     varchar(255) not null,
    uploaded_at     timestamp(6) with time zone not null,
    activated_at    timestamp(6) with time zone,
    retired_at      timestamp(6) with time zone,
    version         integer      not null,
    constraint permit_rule_set_number unique (activity, zone_type, version_number),
    constraint permit_rule_set_status check (status in ('DRAFT', 'ACTIVE', 'RETIRED'))
);

-- The rule set in force on a date: of an activity and zone type, the activated version (ACTIVE, or
-- RETIRED for dates before its successor took effect) with the latest effective date on or before it.
create index permit_rule_set_in_force on permit_rule_set (activity, zone_type, effective_from);
