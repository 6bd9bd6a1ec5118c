--liquibase formatted sql

--changeset eventlens:session
create table session (
    event_id  uuid not null,
    id        uuid not null,
    name      text not null,
    type      text not null,
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    primary key (event_id, id),
    check (ends_at >= starts_at)
);
create index session_agenda_idx on session (event_id, starts_at, name);
