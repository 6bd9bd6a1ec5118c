--liquibase formatted sql

--changeset eventlens:interaction
-- The append-only store of raw interactions, exactly as the players sent them. The client's UUID is the
-- key, so a repeated delivery is recognised and ignored.
create table interaction (
    event_id      uuid not null,
    id            uuid not null,
    type          text not null,
    user_id       uuid not null,
    occurred_at   timestamptz not null,
    session_id    uuid,
    content_id    uuid,
    mode          text,
    seconds       smallint,
    position      int,
    engaged       boolean,
    poll_id       uuid,
    attachment_id uuid,
    batch_id      uuid not null,
    received_at   timestamptz not null default now(),
    primary key (event_id, id)
);
