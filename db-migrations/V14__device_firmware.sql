-- Device context (FGMV-31 IR-RecR-2: device properties): the firmware a device last said it runs (a
-- report's text value "firmware", or version.instance of its Thing Description) and when it said so,
-- so a late report never brings back an older version.
alter table device_registration add column firmware varchar(64);
alter table device_registration add column firmware_at timestamp(6) with time zone;
