--liquibase formatted sql

--changeset eventlens:interaction-batch-index-replaced-by-brin
-- The fold takes a batch's rows in memory with its event (decision record 15); only a batch republished after a
-- restart is read back, by (event_id, batch_id) within the time its batches were received. A BRIN index of
-- received_at finds those rows (they were appended in about that order) at a fraction of the batch index's cost,
-- which cost every stored row as much as the primary key.
drop index interaction_batch_idx;
create index interaction_received_brin on interaction using brin (received_at);
