--liquibase formatted sql

--changeset eventlens:analytics-directory
-- The analytics module's copy of who and what an event has, for the names and details its screens and reports
-- show (and, later, its breakdowns by company, country, industry and role). Kept from the people, sessions and
-- content modules' events by re-reading the changed rows from their owner (decision record 11); a removed person
-- leaves no row, so their figures show without a name. The only copies of personal data outside the people module:
-- an erasure must purge analytics_person.
create table analytics_person (
    event_id   uuid not null,
    person_id  uuid not null,
    first_name text not null,
    last_name  text not null,
    title      text not null,
    company    text not null,
    industry   text not null,
    country    char(2),
    roles      text[] not null,
    status     text not null,
    primary key (event_id, person_id)
);

create table analytics_session (
    event_id   uuid not null,
    session_id uuid not null,
    name       text not null,
    type       text not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    primary key (event_id, session_id)
);

-- On-demand videos only: the analytics of recordings count for their sessions.
create table analytics_video (
    event_id         uuid not null,
    content_id       uuid not null,
    name             text not null,
    duration_seconds int not null,
    primary key (event_id, content_id)
);

create table analytics_attachment (
    event_id      uuid not null,
    attachment_id uuid not null,
    session_id    uuid not null,
    name          text not null,
    content_type  text not null,
    primary key (event_id, attachment_id)
);

--changeset eventlens:analytics-directory-backfill
-- One-time backfill, for databases from before the module kept its own copy: what the other modules held then.
-- From here on only their events feed these tables.
insert into analytics_person (event_id, person_id, first_name, last_name, title, company, industry, country, roles,
                              status)
select event_id, id, first_name, last_name, title, company, industry, country, roles, status from registration
on conflict do nothing;
insert into analytics_session (event_id, session_id, name, type, starts_at, ends_at)
select event_id, id, name, type, starts_at, ends_at from session
on conflict do nothing;
insert into analytics_video (event_id, content_id, name, duration_seconds)
select event_id, id, name, duration_seconds from content where kind = 'ON_DEMAND'
on conflict do nothing;
insert into analytics_attachment (event_id, attachment_id, session_id, name, content_type)
select event_id, id, session_id, name, content_type from attachment
on conflict do nothing;
