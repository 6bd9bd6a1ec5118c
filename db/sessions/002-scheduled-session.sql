--liquibase formatted sql

--changeset eventlens:scheduled-session-view
-- The sessions module's published contract for the names and times of an event's sessions, read by modules that
-- show them beside their own data (the Media page of content names the session of each recording and attachment)
-- without depending on sessions, which depends on them.
create view scheduled_session as
select event_id, id as session_id, name, type, starts_at, ends_at from session;
