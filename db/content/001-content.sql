--liquibase formatted sql

--changeset eventlens:content
-- Videos of an event: on-demand content, and the recordings of sessions (one per session at most).
create table content (
    event_id         uuid not null,
    id               uuid not null,
    name             text not null,
    kind             text not null check (kind in ('ON_DEMAND', 'RECORDING')),
    session_id       uuid,
    duration_seconds int not null check (duration_seconds > 0),
    primary key (event_id, id),
    check ((kind = 'RECORDING') = (session_id is not null))
);
create unique index content_recording_of_session_uq on content (event_id, session_id) where kind = 'RECORDING';

--changeset eventlens:attachment
-- Files offered in a session for download.
create table attachment (
    event_id     uuid not null,
    id           uuid not null,
    session_id   uuid not null,
    name         text not null,
    content_type text not null,
    size_bytes   bigint not null check (size_bytes >= 0),
    primary key (event_id, id)
);
create index attachment_session_idx on attachment (event_id, session_id);
