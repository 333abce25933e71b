-- Complaint context: photos citizens attach to a report. Only the re-encoded pixels are kept (no
-- EXIF, GPS or other metadata); staff can hide one (moderation) without losing it.
create table complaint_photo (
    id            uuid          not null primary key,
    request_id    bigint        not null references complaint_request (id),
    position      integer       not null,
    content_type  varchar(20)   not null,
    image         bytea         not null,
    width         integer       not null,
    height        integer       not null,
    hidden        boolean       not null,
    created_at    timestamp(6) with time zone not null,
    constraint uk_complaint_photo_position unique (request_id, position)
);
