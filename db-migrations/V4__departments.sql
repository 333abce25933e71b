-- Organisation context: the city's departments; staff belong to one through its identity group.
create table organisation_department (
    id              uuid          not null primary key,
    code            varchar(40)   not null,
    name_en         varchar(80)   not null,
    name_nl         varchar(80)   not null,
    identity_group  varchar(100)  not null,
    active          boolean       not null,
    version         integer       not null,
    constraint uk_organisation_department_code unique (code),
    constraint uk_organisation_department_group unique (identity_group)
);

-- A starting set matching the bundled realm's groups; admins rename, add and close them.
insert into organisation_department (id, code, name_en, name_nl, identity_group, active, version) values
    ('6f1c1d0e-0001-4000-8000-000000000001', 'roads', 'Roads', 'Wegen', 'roads', true, 0),
    ('6f1c1d0e-0001-4000-8000-000000000002', 'lighting', 'Street lighting', 'Openbare verlichting', 'lighting', true, 0),
    ('6f1c1d0e-0001-4000-8000-000000000003', 'waste', 'Waste collection', 'Afvalinzameling', 'waste', true, 0),
    ('6f1c1d0e-0001-4000-8000-000000000004', 'permits', 'Permits', 'Vergunningen', 'permits', true, 0),
    ('6f1c1d0e-0001-4000-8000-000000000005', 'parks', 'Parks and green spaces', 'Parken en groen', 'parks', true, 0);
