-- Permit context: applications made from a permit check that said PERMIT_REQUIRED. Each keeps the check
-- as it was (where, what, the answers, what the city model computed, the rule and the rule set's
-- version), the applicant's subject (and a contact only when they give one), its documents (stored
-- here, as sent; the type read from the bytes), the exchange between staff and applicant, and its
-- lifecycle DRAFT → SUBMITTED ⇄ INFORMATION_REQUESTED → GRANTED / REFUSED, or WITHDRAWN.
-- The numbers of the references (PA-2026-000123): one by one, so citizens see no gaps of a block size.
create sequence permit_application_seq start with 1 increment by 1;

create table permit_application (
    id                bigint        not null primary key,
    reference         varchar(24)   not null,
    applicant         varchar(255)  not null,
    contact_email     varchar(254),
    contact_phone     varchar(30),
    address_id        varchar(40),
    parcel_id         varchar(40)   not null,
    zone_code         varchar(40),
    zone_type         varchar(40),
    activity          varchar(40)   not null,
    answers           text          not null,
    facts             text          not null,
    outcome           varchar(20)   not null,
    rule_id           varchar(40),
    reason            varchar(100),
    rule_set_id       uuid,
    rule_set_version  integer,
    check_date        date          not null,
    description       varchar(4000),
    declared_at       timestamp(6) with time zone,
    status            varchar(25)   not null,
    created_at        timestamp(6) with time zone not null,
    submitted_at      timestamp(6) with time zone,
    decision_due      date,
    paused_since      date,
    assignee          varchar(255),
    assignee_name     varchar(200),
    decided_at        timestamp(6) with time zone,
    decided_by        varchar(255),
    decision_reason   varchar(4000),
    updated_at        timestamp(6) with time zone not null,
    version           integer       not null,
    constraint permit_application_reference unique (reference),
    constraint permit_application_status check (status in ('DRAFT', 'SUBMITTED', 'INFORMATION_REQUESTED',
        'GRANTED', 'REFUSED', 'WITHDRAWN'))
);

-- "My permit applications", and the staff queue ordered by deadline.
create index permit_application_applicant on permit_application (applicant, created_at);
create index permit_application_queue on permit_application (status, decision_due);

create table permit_application_document (
    id              uuid          not null primary key,
    application_id  bigint        not null references permit_application (id),
    kind            varchar(20)   not null,
    file_name       varchar(100)  not null,
    content_type    varchar(30)   not null,
    content         bytea         not null,
    size_bytes      integer       not null,
    uploaded_by     varchar(255)  not null,
    uploaded_at     timestamp(6) with time zone not null
);
create index permit_application_document_of on permit_application_document (application_id);

create table permit_application_message (
    id              uuid          not null primary key,
    application_id  bigint        not null references permit_application (id),
    kind            varchar(30)   not null,
    author          varchar(255)  not null,
    body            varchar(4000) not null,
    created_at      timestamp(6) with time zone not null,
    constraint permit_application_message_kind check (kind in ('INFORMATION_REQUEST', 'ANSWER'))
);
create index permit_application_message_of on permit_application_message (application_id);

-- Staff as the permit desk last saw them: the colleagues an application can be given to.
create table permit_reviewer (
    subject   varchar(255)  not null primary key,
    name      varchar(200)  not null,
    seen_at   timestamp(6) with time zone not null
);
