--liquibase formatted sql

--changeset eventlens:console-account
-- People who sign in to the console. An EVENT_MANAGER sees the events where a registration with the
-- account's email has the role EVENT_MANAGER; an ADMIN sees every event.
create table console_account (
    username      text primary key,
    password_hash text not null,
    role          text not null check (role in ('ADMIN', 'EVENT_MANAGER')),
    display_name  text not null,
    email         text not null,
    created_at    timestamptz not null default now()
);
