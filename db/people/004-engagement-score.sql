--liquibase formatted sql

--changeset eventlens:person-engagement
-- The engagement score of every registration, as the analytics module announces it (EngagementScoresChanged): whole
-- points 0–100, so that All users sorts by it through one index at a million registrations. A row is made with the
-- registration (score 0: nobody has points before they attend) and kept when a registration is removed, so that a
-- person registered again under the same id finds their score. Narrow and apart from registration on purpose: a
-- score changes with every fold, and an update of registration would touch its dozen indexes.
create table person_engagement (
    event_id  uuid not null,
    person_id uuid not null,
    score     smallint not null default 0,
    primary key (event_id, person_id)
);
create index person_engagement_score_idx on person_engagement (event_id, score, person_id);

--changeset eventlens:person-engagement-backfill
-- Registrations made before the table existed start at 0; the analytics module's rebuild at start announces their
-- scores.
insert into person_engagement (event_id, person_id)
select event_id, id from registration
on conflict do nothing;
