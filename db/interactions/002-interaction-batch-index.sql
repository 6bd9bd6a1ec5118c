--liquibase formatted sql

--changeset eventlens:interaction-batch-index
-- The analytics module reads each stored batch back by its id to fold it into the rollups.
create index interaction_batch_idx on interaction (event_id, batch_id);
