--liquibase formatted sql

--changeset eventlens:registration
-- One person registered to one event. No foreign key to event: modules own their tables alone.
create table registration (
    event_id          uuid not null,
    id                uuid not null,
    first_name        text not null,
    last_name         text not null,
    email             text not null,
    roles             text[] not null,
    title             text not null default '',
    company           text not null default '',
    industry          text not null default '',
    country           char(2),
    registration_type text not null,
    status            text not null,
    created_at        timestamptz not null default now(),
    primary key (event_id, id)
);
-- E-mail addresses are unique per event, whatever their case.
create unique index registration_email_uq on registration (event_id, lower(email));
-- Which events may a console account with this e-mail manage?
create index registration_event_managers_idx on registration (lower(email)) where 'EVENT_MANAGER' = any (roles);
