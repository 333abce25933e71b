-- A message id is the device's own: two devices may use the same one. Duplicates are a device's
-- message id seen again.
alter table device_inbound_message drop constraint uk_device_inbound_message_id;
alter table device_inbound_message add constraint uk_device_inbound_message_device_id unique (device_id, message_id);
create index ix_device_inbound_message_id on device_inbound_message (message_id);
