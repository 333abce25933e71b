-- Device context (FGMV-31 IR-RecR-2): a device's own Thing Description as the platform read it
-- (properties with type, unit, range and allowed values; actions; declared events), and when it came.
alter table device_registration add column description text;
alter table device_registration add column described_at timestamp(6) with time zone;
