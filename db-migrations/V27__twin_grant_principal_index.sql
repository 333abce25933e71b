-- Applying a batch of device reports asks which of the batch's senders hold a grant on its twins:
-- found by principal, that question reads about one grant per sender instead of every grant.
create index ix_twin_grant_principal on twin_grant (principal, twin_id);
