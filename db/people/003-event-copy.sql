--liquibase formatted sql

--changeset eventlens:people-event-copy
-- The people module's copy of each event, kept from the events module's EventCreated and EventUpdated in the
-- transaction that creates or changes the event (decision record 11): which events exist and how to show them (name,
-- dates, time zone), for the People area and for every module's check of who may see an event.
create table people_event (
    event_id  uuid primary key,
    name      text not null,
    time_zone text not null,
    starts_at timestamptz not null,
    ends_at   timestamptz not null
);

--changeset eventlens:people-event-copy-backfill
-- One-time backfill, for databases from before the module kept its own copy. From here on only events feed it.
insert into people_event (event_id, name, time_zone, starts_at, ends_at)
select id, name, time_zone, starts_at, ends_at from event
on conflict do nothing;
