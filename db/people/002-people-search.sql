--liquibase formatted sql

--changeset eventlens:people-search
-- The All users grid pages, sorts and filters in SQL and must stay fast with 1,000,000 registrations in one
-- event: every sortable column has an index that starts with event_id and ends with the id as tie-breaker, so
-- the first page of any sort is an index range scan that stops after one page.
create index registration_name_idx on registration (event_id, first_name, last_name, id);
create index registration_roles_idx on registration (event_id, roles, id);
create index registration_type_idx on registration (event_id, registration_type, id);
create index registration_status_idx on registration (event_id, status, id);
create index registration_created_idx on registration (event_id, created_at, id);
-- The role filter. One flag a role, because the planner estimates a boolean column from its own statistics:
-- it sees that 20 speakers among a million attendees are rare (and fetches them through the partial index, then
-- sorts them) while attendees are everyone (and walks the sort's index). Its estimate for "roles @> '{SPEAKER}'"
-- is a fixed guess, which made it walk a million rows of the name index to find 20 speakers.
alter table registration
    add column is_event_manager boolean generated always as ('EVENT_MANAGER' = any (roles)) stored,
    add column is_speaker boolean generated always as ('SPEAKER' = any (roles)) stored,
    add column is_moderator boolean generated always as ('MODERATOR' = any (roles)) stored,
    add column is_attendee boolean generated always as ('ATTENDEE' = any (roles)) stored;
create index registration_event_manager_idx on registration (event_id) where is_event_manager;
create index registration_speaker_idx on registration (event_id) where is_speaker;
create index registration_moderator_idx on registration (event_id) where is_moderator;
create index registration_attendee_idx on registration (event_id) where is_attendee;

--changeset eventlens:people-search-trigram
-- Free-text search is a substring match on name, e-mail and company. A trigram index answers it without
-- reading the table; the expression must stay exactly as the queries write it (see Registrations.SEARCH_TEXT).
create extension if not exists pg_trgm;
create index registration_search_trgm on registration
    using gin (lower(first_name || ' ' || last_name || ' ' || email || ' ' || company) gin_trgm_ops);

--changeset eventlens:people-status-before-block
-- Unblock restores the status a person had before they were blocked (or blocked from chat).
alter table registration add column status_before_block text;
