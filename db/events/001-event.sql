--liquibase formatted sql

--changeset eventlens:event
create table event (
    id                uuid primary key,
    name              text not null,
    description       text not null default '',
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    time_zone         text not null,
    -- SHA-256 of the bearer token that the event's players use to send interactions; never the token.
    ingest_token_hash text,
    created_at        timestamptz not null default now(),
    check (ends_at >= starts_at)
);
