-- History retention deletes by observation time across all twins: without this index each
-- housekeeping round would scan the whole history table.
create index ix_twin_history_observed on twin_history (observed_at);
