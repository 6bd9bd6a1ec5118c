--liquibase formatted sql

--changeset eventlens:interaction-reference
-- What a batch of an event may refer to. The interactions module keeps it from the other modules' events
-- (PersonRegistered, PeopleRegistered, PersonRemoved, SessionScheduled, ContentPublished, AttachmentAdded,
-- AttachmentUpdated) in the transaction that makes the change, so that the ingest checks a whole batch with one
-- look-up and never asks another module (decision record 11).
-- kind: PERSON (a registration), SESSION, RECORDING (of session_id), ON_DEMAND_VIDEO, ATTACHMENT (offered in session_id).
create table interaction_reference (
    event_id   uuid not null,
    kind       text not null check (kind in ('PERSON', 'SESSION', 'RECORDING', 'ON_DEMAND_VIDEO', 'ATTACHMENT')),
    id         uuid not null,
    session_id uuid,
    primary key (event_id, kind, id),
    check ((kind in ('RECORDING', 'ATTACHMENT')) = (session_id is not null))
);

--changeset eventlens:interaction-reference-backfill
-- One-time backfill, for databases from before the module kept its own references: what the other modules held
-- then. From here on only their events feed the table.
insert into interaction_reference (event_id, kind, id, session_id)
select event_id, 'PERSON', id, null::uuid from registration
union all
select event_id, 'SESSION', id, null::uuid from session
union all
select event_id, case kind when 'RECORDING' then 'RECORDING' else 'ON_DEMAND_VIDEO' end, id, session_id from content
union all
select event_id, 'ATTACHMENT', id, session_id from attachment
on conflict do nothing;

--changeset eventlens:recorded-interaction-view
-- The interactions module's published contract: the stored interactions as other modules may read them (the
-- analytics module folds batches from it, by (event_id, batch_id)). The table behind it is the module's own
-- business and may change; these columns and their meaning stay. Fields a type does not use are null.
create view recorded_interaction as
select event_id, batch_id, id, type, user_id, occurred_at, session_id, content_id, mode, seconds, position, engaged,
       poll_id, attachment_id, received_at
from interaction;
