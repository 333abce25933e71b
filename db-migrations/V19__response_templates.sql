-- Complaint context: answers staff use often, in both languages, with the status they usually go with.
create table complaint_template (
    id        uuid          not null primary key,
    title     varchar(80)   not null,
    text_en   varchar(2000) not null,
    text_nl   varchar(2000) not null,
    status    varchar(20),
    version   integer       not null
);

insert into complaint_template (id, title, text_en, text_nl, status, version) values
    ('6f1c1d0e-0003-4000-8000-000000000001', 'We are looking into it',
     'Thank you for your report. We are looking into it.',
     'Dank u voor uw melding. We zoeken het uit.', 'ACKNOWLEDGED', 0),
    ('6f1c1d0e-0003-4000-8000-000000000002', 'Work scheduled',
     'A crew has been scheduled to deal with this.',
     'Er is een ploeg ingepland om dit op te lossen.', 'ACTION_SCHEDULED', 0),
    ('6f1c1d0e-0003-4000-8000-000000000003', 'Fixed',
     'This has been dealt with. Thank you for letting us know.',
     'Dit is opgelost. Dank u dat u het meldde.', 'FIXED', 0),
    ('6f1c1d0e-0003-4000-8000-000000000004', 'Not the city''s responsibility',
     'This is not on the city''s land or not the city''s task. We have passed it on to whoever is responsible.',
     'Dit ligt niet op grond van de gemeente of is niet haar taak. We hebben het doorgegeven aan wie erover gaat.',
     'NOT_RESPONSIBLE', 0);
