-- Organisation context: the city's service points (desks, recycling centres, depots), so "what is
-- here?" (FGMV-28 7.3.3) can name the services near a place.
create table organisation_service (
    id               uuid              not null primary key,
    department_code  varchar(40)       not null references organisation_department (code),
    name_en          varchar(120)      not null,
    name_nl          varchar(120)      not null,
    address          varchar(200)      not null,
    latitude         double precision  not null,
    longitude        double precision  not null,
    active           boolean           not null,
    version          integer           not null
);
create index ix_organisation_service_location on organisation_service (latitude, longitude);

-- A starting set for the demo city around 52.09 N, 5.12 E.
insert into organisation_service (id, department_code, name_en, name_nl, address, latitude, longitude, active, version) values
    ('6f1c1d0e-0002-4000-8000-000000000001', 'permits', 'City office: permits desk', 'Stadskantoor: balie vergunningen', 'Stadsplateau 1', 52.0894, 5.1077, true, 0),
    ('6f1c1d0e-0002-4000-8000-000000000002', 'waste', 'Recycling centre', 'Milieustraat', 'Daalseweg 4', 52.1136, 5.0973, true, 0),
    ('6f1c1d0e-0002-4000-8000-000000000003', 'parks', 'Park information point', 'Informatiepunt park', 'Wilhelminapark 1', 52.0856, 5.1383, true, 0),
    ('6f1c1d0e-0002-4000-8000-000000000004', 'roads', 'Roads depot', 'Werf wegen', 'Lage Weide 20', 52.1010, 5.0720, true, 0),
    ('6f1c1d0e-0002-4000-8000-000000000005', 'lighting', 'Street lighting service point', 'Servicepunt openbare verlichting', 'Neude 11', 52.0921, 5.1219, true, 0);
