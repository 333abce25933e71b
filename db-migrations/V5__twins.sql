-- Twin context (FGMV-28): twins, their containment (closure table), grants and history.
create table twin (
    id                 varchar(60)    not null primary key,
    type               varchar(40)    not null,
    name               varchar(120)   not null,
    owner              varchar(130)   not null,
    link_type          varchar(2)     not null,
    parent_id          varchar(60)    references twin (id),
    latitude           double precision,
    longitude          double precision,
    altitude           double precision,
    floor              integer,
    properties         varchar(4000)  not null,
    state              varchar(8000)  not null,
    state_observed_at  timestamp(6) with time zone,
    state_version      bigint         not null,
    actions            varchar(500),
    created_at         timestamp(6) with time zone not null,
    version            integer        not null
);
create index ix_twin_type_name on twin (type, name);
create index ix_twin_name on twin (name);
create index ix_twin_parent on twin (parent_id);
create index ix_twin_owner on twin (owner);
create index ix_twin_location on twin (latitude, longitude);

-- Every (twin, ancestor-or-self) pair: "is T inside X?" and "which grants cover T?" are index
-- lookups, however deep the tree.
create table twin_ancestor (
    twin_id      varchar(60)  not null references twin (id) on delete cascade,
    ancestor_id  varchar(60)  not null references twin (id) on delete cascade,
    depth        integer      not null,
    primary key (twin_id, ancestor_id)
);
create index ix_twin_ancestor_ancestor on twin_ancestor (ancestor_id);

-- Changes to the containment tree take this row's lock first, one at a time.
create table twin_tree_lock (
    id  integer  not null primary key
);
insert into twin_tree_lock (id) values (1);

create table twin_grant (
    id          uuid           not null primary key,
    twin_id     varchar(60)    not null references twin (id) on delete cascade,
    principal   varchar(130)   not null,
    permission  varchar(12)    not null,
    granted_by  varchar(255)   not null,
    granted_at  timestamp(6) with time zone not null
);
create index ix_twin_grant_twin on twin_grant (twin_id, principal);

-- State history: range reads per twin stay fast with the (twin, time) index.
create table twin_history (
    id           uuid           not null primary key,
    twin_id      varchar(60)    not null references twin (id) on delete cascade,
    observed_at  timestamp(6) with time zone not null,
    received_at  timestamp(6) with time zone not null,
    kind         varchar(10)    not null,
    values_json  varchar(8000)  not null,
    applied      boolean        not null
);
create index ix_twin_history_twin_time on twin_history (twin_id, observed_at);

-- Sync requests (REQ-DT-07/08): one RUNNING per twin, the rest QUEUED by priority or REFUSED.
create table twin_sync_request (
    id            uuid          not null primary key,
    twin_id       varchar(60)   not null references twin (id) on delete cascade,
    requester     varchar(255)  not null,
    priority      integer       not null,
    status        varchar(10)   not null,
    requested_at  timestamp(6) with time zone not null,
    deadline      timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone
);
create index ix_twin_sync_request_open on twin_sync_request (twin_id, status);
