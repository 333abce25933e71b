-- Complaint context, casework: who works a request and how urgent it is, text moderation, staff
-- known to the back office (the people a request can be given to), and staff's saved queue filters.

-- The staff member working the request (their subject and the name shown to colleagues), if any.
alter table complaint_request add column assignee varchar(255);
alter table complaint_request add column assignee_name varchar(120);
-- 0 urgent, 1 high, 2 normal, 3 low: staff set it; new requests are normal. A number, so that
-- "most urgent first" is an index order rather than a sort of every open request.
alter table complaint_request add column priority smallint default 2 not null;
-- Moderation: a description staff hid from the public (the text stays for staff and the audit log).
alter table complaint_request add column description_hidden boolean default false not null;
-- The reporter's own words, kept when staff first edit the description (names, insults, a phone number).
alter table complaint_request add column original_description varchar(4000);
create index ix_complaint_request_assignee on complaint_request (assignee, is_open);
-- The open queue by priority and due date; with the assignee in it, "nobody's, normal, by due date"
-- and its count are read from the index alone.
create index ix_complaint_request_triage on complaint_request (is_open, priority, due_at, assignee);
-- Open requests in an area (the queue's area filter, "likely the same" before filing): the area's
-- open requests and their count from one index, not every request in the area's latitude band.
create index ix_complaint_request_open_place on complaint_request (is_open, latitude, longitude);

-- The language of a visitor who left an e-mail address on the portal: the e-mails to them are in it.
alter table complaint_request add column contact_language varchar(8);

-- Staff as the back office has seen them: a request is given to one of these (a department's people
-- are known once they have opened the queue; the identity provider keeps no list the portal may read).
create table complaint_staff (
    subject      varchar(255)  not null primary key,
    name         varchar(120)  not null,
    departments  varchar(500)  not null,
    seen_at      timestamp(6) with time zone not null
);

-- A staff member's named queue filters: the queue's own query string, so a saved filter is a link.
create table complaint_saved_filter (
    id          uuid          not null primary key,
    owner       varchar(255)  not null,
    name        varchar(60)   not null,
    query       varchar(1000) not null,
    created_at  timestamp(6) with time zone not null,
    constraint uk_complaint_saved_filter unique (owner, name)
);
