-- Complaint context: residents who follow a report (theirs or anyone's) are told of the city's answers.
create table complaint_follower (
    id          uuid          not null primary key,
    request_id  bigint        not null references complaint_request (id),
    subject     varchar(255)  not null,
    created_at  timestamp(6) with time zone not null,
    constraint uk_complaint_follower unique (request_id, subject)
);
create index ix_complaint_follower_subject on complaint_follower (subject, created_at);
