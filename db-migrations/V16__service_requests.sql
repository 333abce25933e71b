-- Complaint context: service requests (civil complaints about public space), the categories they
-- are filed under (Open311 "services"), their public and internal updates, and the keys of the
-- third-party apps that use the Open311 GeoReport v2 API.

-- A department for the categories that are about behaviour, not things (noise).
insert into organisation_department (id, code, name_en, name_nl, identity_group, active, version) values
    ('6f1c1d0e-0001-4000-8000-000000000006', 'enforcement', 'Enforcement', 'Handhaving', 'enforcement', true, 0);

create table complaint_category (
    code              varchar(40)   not null primary key,
    name_en           varchar(80)   not null,
    name_nl           varchar(80)   not null,
    description_en    varchar(300)  not null,
    description_nl    varchar(300)  not null,
    group_en          varchar(80)   not null,
    group_nl          varchar(80)   not null,
    keywords          varchar(300)  not null,
    department_code   varchar(40)   not null references organisation_department (code),
    -- Open311 service definition attributes (the extra questions), as JSON.
    attributes        varchar(8000) not null,
    anonymous_allowed boolean       not null,
    -- Service level: days until a new request is due.
    due_days          integer       not null,
    active            boolean       not null,
    version           integer       not null
);

-- The public tracking id is the number: Open311 clients and citizens quote it.
create sequence complaint_request_seq start with 1001 increment by 20;

create table complaint_request (
    id                 bigint        not null primary key,
    token              uuid          not null,
    category_code      varchar(40)   not null references complaint_category (code),
    department_code    varchar(40)   not null,
    status             varchar(20)   not null,
    -- Whether the status is still work for the city (Open311 "open"): most lists ask for open or closed.
    is_open            boolean       not null,
    description        varchar(4000),
    attributes         varchar(4000) not null,
    latitude           double precision,
    longitude          double precision,
    address            varchar(250),
    address_id         varchar(100),
    media_url          varchar(500),
    source             varchar(10)   not null,
    -- Who filed it: a portal subject, an API key's id, or the device's twin; null when anonymous.
    reporter           varchar(255),
    api_key_id         uuid,
    twin_id            varchar(60),
    -- A device-raised request: the reported property, and whether the device is faulty now.
    fault_property     varchar(40),
    device_faulty      boolean,
    -- Contact details given with an API submission: shown to staff only, never published.
    contact_name       varchar(200),
    contact_email      varchar(254),
    contact_phone      varchar(40),
    -- Same caller, same content within minutes: the same request (a resubmitted form or API call).
    fingerprint        varchar(64)   not null,
    public_note        varchar(2000),
    requested_at       timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    due_at             timestamp(6) with time zone not null,
    closed_at          timestamp(6) with time zone,
    version            integer       not null,
    constraint uk_complaint_request_token unique (token)
);
create index ix_complaint_request_requested on complaint_request (requested_at);
create index ix_complaint_request_category on complaint_request (category_code, is_open, requested_at);
create index ix_complaint_request_open on complaint_request (is_open, requested_at);
create index ix_complaint_request_status on complaint_request (status, requested_at);
create index ix_complaint_request_updated on complaint_request (updated_at);
create index ix_complaint_request_twin on complaint_request (twin_id, status);
create index ix_complaint_request_fingerprint on complaint_request (fingerprint, requested_at);
create index ix_complaint_request_reporter on complaint_request (reporter, requested_at);
create index ix_complaint_request_location on complaint_request (latitude, longitude);

-- Every change of a request: status, public note (shown on its public page and in Open311
-- servicerequestupdates) or internal note (staff only).
create sequence complaint_update_seq start with 1 increment by 20;

create table complaint_update (
    id            bigint        not null primary key,
    request_id    bigint        not null references complaint_request (id),
    status        varchar(20)   not null,
    note          varchar(2000),
    internal      boolean       not null,
    author        varchar(255)  not null,
    created_at    timestamp(6) with time zone not null
);
create index ix_complaint_update_request on complaint_update (request_id, created_at);
create index ix_complaint_update_created on complaint_update (created_at);

-- Open311 API keys of third-party apps: only a hash of the key is kept.
create table complaint_api_key (
    id            uuid          not null primary key,
    name          varchar(80)   not null,
    key_hash      varchar(64)   not null,
    created_by    varchar(255)  not null,
    created_at    timestamp(6) with time zone not null,
    revoked_at    timestamp(6) with time zone,
    version       integer       not null,
    constraint uk_complaint_api_key_hash unique (key_hash)
);

insert into complaint_category (code, name_en, name_nl, description_en, description_nl, group_en, group_nl, keywords,
        department_code, attributes, anonymous_allowed, due_days, active, version) values
    ('pothole', 'Pothole or damaged road', 'Gat of schade in de weg',
     'A hole, crack or sunken patch in a road, cycle path or pavement.',
     'Een gat, scheur of verzakking in een weg, fietspad of stoep.',
     'Streets', 'Straten', 'road,street,hole,crack,pavement,cycle path',
     'roads', '[{"code":"size","datatype":"singlevaluelist","required":true,"order":1,"description_en":"How big is it?","description_nl":"Hoe groot is het?","values":[{"key":"small","name_en":"Smaller than a hand","name_nl":"Kleiner dan een hand"},{"key":"medium","name_en":"Up to a tyre","name_nl":"Tot een autoband"},{"key":"large","name_en":"Larger than a tyre","name_nl":"Groter dan een autoband"}]}]',
     true, 10, true, 0),
    ('streetlight', 'Street light not working', 'Straatlantaarn kapot',
     'A street light that is out, flickers or burns during the day.',
     'Een straatlantaarn die uit is, knippert of overdag brandt.',
     'Streets', 'Straten', 'lamp,light,lantern,dark',
     'lighting', '[{"code":"pole_number","datatype":"string","required":false,"order":1,"description_en":"Number on the pole, if you can see one","description_nl":"Nummer op de paal, als u dat ziet"}]',
     true, 5, true, 0),
    ('graffiti', 'Graffiti', 'Graffiti',
     'Graffiti or posters on public property.',
     'Graffiti of aanplakbiljetten op eigendom van de gemeente.',
     'Clean city', 'Schone stad', 'tag,paint,poster,vandalism',
     'waste', '[{"code":"offensive","datatype":"singlevaluelist","required":true,"order":1,"description_en":"Is it offensive?","description_nl":"Is het kwetsend?","values":[{"key":"yes","name_en":"Yes","name_nl":"Ja"},{"key":"no","name_en":"No","name_nl":"Nee"}]}]',
     true, 14, true, 0),
    ('waste', 'Litter or dumped waste', 'Zwerfafval of gedumpt afval',
     'Litter, a full bin or waste left in the street.',
     'Zwerfafval, een volle afvalbak of afval op straat.',
     'Clean city', 'Schone stad', 'rubbish,litter,bin,dumping,bulky',
     'waste', '[{"code":"waste_type","datatype":"singlevaluelist","required":true,"order":1,"description_en":"What kind of waste?","description_nl":"Wat voor afval?","values":[{"key":"litter","name_en":"Litter","name_nl":"Zwerfafval"},{"key":"bin","name_en":"Full bin","name_nl":"Volle afvalbak"},{"key":"bulky","name_en":"Furniture or other bulky waste","name_nl":"Meubels of ander grof afval"},{"key":"hazardous","name_en":"Chemicals or asbestos","name_nl":"Chemicaliën of asbest"}]}]',
     true, 3, true, 0),
    ('noise', 'Noise nuisance', 'Geluidsoverlast',
     'Noise from building work, an event or a business.',
     'Geluid van bouwwerk, een evenement of een bedrijf.',
     'Nuisance', 'Overlast', 'sound,music,loud,construction',
     'enforcement', '[{"code":"ongoing","datatype":"singlevaluelist","required":false,"order":1,"description_en":"Is it still going on?","description_nl":"Is het nog bezig?","values":[{"key":"yes","name_en":"Yes","name_nl":"Ja"},{"key":"no","name_en":"No","name_nl":"Nee"}]}]',
     false, 2, true, 0),
    ('tree', 'Tree or green space', 'Boom of groen',
     'A fallen or dangerous tree, or neglected green space.',
     'Een omgevallen of gevaarlijke boom, of verwaarloosd groen.',
     'Green', 'Groen', 'branch,park,grass,hedge',
     'parks', '[]', true, 10, true, 0),
    ('device-fault', 'Faulty city device', 'Defect apparaat van de stad',
     'A device of the city (sensor, gauge, light) that reports a fault. Raised by the device itself.',
     'Een apparaat van de stad (sensor, meter, licht) dat een storing meldt. Gemeld door het apparaat zelf.',
     'Devices', 'Apparaten', 'sensor,gauge,device,fault',
     'lighting', '[]', false, 5, true, 0);
