--liquibase formatted sql

--changeset eventlens:live-viewers
-- Concurrent live viewers (SPEC §3), kept current by the fold. Buckets of 1, 5, 15 and 60 minutes are all aligned to
-- the UTC hour, so one mask of the 60 minutes of an hour tells for every bucket of that hour whether a person had a
-- live beacon in it. live_presence holds that mask per person, hour and scope; a fold ORs in the minutes of its
-- beacons and counts the person once in every bucket whose bits were all clear before (live_viewers). Exact
-- distinct counts whatever the order in which beacons arrive, with one row per person and hour instead of one per
-- beacon or minute. Scope: a session, or the nil UUID for the whole event (a person in two sessions in one minute
-- counts once there).
create table live_presence (
    event_id   uuid not null,
    session_id uuid not null,
    hour       timestamptz not null,
    user_id    uuid not null,
    minutes    bigint not null,
    primary key (event_id, session_id, hour, user_id)
);

-- Distinct people with a live beacon in each bucket of bucket_minutes (1, 5, 15 or 60) starting at bucket; only
-- buckets with viewers have a row.
create table live_viewers (
    event_id       uuid not null,
    session_id     uuid not null,
    bucket_minutes smallint not null,
    bucket         timestamptz not null,
    viewers        int not null,
    primary key (event_id, session_id, bucket_minutes, bucket)
);

--changeset eventlens:person-event-totals
-- One row per attendee of the event (anyone with any interaction): their event totals, the inputs of the engagement
-- score and the score itself under the event's current settings. The average live engagement rate is the mean of
-- the per-session rates: live_engagement_sum is their sum as exact numeric quotients, so that a fold that changes a
-- session's rate can replace it and a rebuild reaches the very same sum.
create table user_event_stats (
    event_id               uuid not null,
    user_id                uuid not null,
    live_seconds           bigint not null,
    engaged_live_seconds   bigint not null,
    recording_seconds      bigint not null,
    on_demand_seconds      bigint not null,
    reactions              int not null,
    chat_messages          int not null,
    qa_threads             int not null,
    raised_hands           int not null,
    polls_answered         int not null,
    attachments_downloaded int not null,
    live_sessions          int not null,
    live_engagement_sum    numeric not null,
    score                  float8 not null,
    primary key (event_id, user_id)
);
-- The most engaged people first.
create index user_event_stats_score_idx on user_event_stats (event_id, score desc, user_id);

-- Sums over an event's attendees that a page cannot add up per view: how many there are, their distinct polls and
-- attachments, their scores (exact numeric sum) and how many are Hot, Warm and Cold.
create table event_stats (
    event_id               uuid primary key,
    attendees              int not null,
    poll_responses         bigint not null,
    attachments_downloaded bigint not null,
    score_sum              numeric not null,
    hot                    int not null,
    warm                   int not null,
    cold                   int not null
);

-- Registrations by status (from the directory's copy of the people) and how many of them attended: the event's
-- funnel without counting a hundred thousand rows per view. The directory changes "people", the fold "attendees",
-- both under the event's fold lock.
create table analytics_status_count (
    event_id  uuid not null,
    status    text not null,
    people    int not null,
    attendees int not null,
    primary key (event_id, status)
);

--changeset eventlens:status-count-backfill
-- Databases from before: the people are already in the directory; their attendance comes with the rebuild that
-- the application runs once for every event whose rollups predate these tables (analytics_event_state.rollup_version).
insert into analytics_status_count (event_id, status, people, attendees)
select event_id, status, count(*), 0 from analytics_person group by event_id, status;

--changeset eventlens:video-completion
-- The average completion of a video without reading all its viewers: capped_seconds is the sum over its viewers of
-- min(10 s × counted_slots, duration), whole seconds, so average completion = capped_seconds ÷ (viewers × duration).
-- counted_slots is how many of a viewer's covered slots that sum holds; the fold moves it up to covered_slots and adds
-- the difference. The directory recomputes a video's sum when its duration becomes known or changes.
alter table user_video_stats add column counted_slots int not null default 0;
create table video_completion (
    event_id       uuid not null,
    content_id     uuid not null,
    capped_seconds bigint not null,
    primary key (event_id, content_id)
);

--changeset eventlens:rollup-version
-- Rollups made before a version's new tables existed are rebuilt once at start (RollupUpgrade).
alter table analytics_event_state add column rollup_version int not null default 1;
alter table analytics_event_state alter column rollup_version set default 2;

--changeset eventlens:engagement-settings
-- Settings > Engagement: the attendance threshold and the score's weights and caps of an event. An event without a
-- row has the defaults of SPEC §3.
create table engagement_settings (
    event_id                     uuid primary key,
    attendance_threshold_seconds int not null
);
create table engagement_component (
    event_id  uuid not null,
    component text not null,
    weight    int not null,
    cap       numeric not null,
    primary key (event_id, component)
);

--changeset eventlens:audience-views
-- What the analytics module publishes for the pages of other modules (the Agenda of sessions, the Media of content),
-- as a contract like recorded_interaction: a session's attendees and seconds viewed, an on-demand video's viewers,
-- seconds and average completion, how many people downloaded an attachment. Read by id, per page.
create view session_audience as
select event_id, session_id, attendees, unique_viewers, live_seconds + recording_seconds as seconds_viewed
from session_stats;

create view video_audience as
select s.event_id, s.content_id, s.viewers, s.seconds as seconds_viewed,
       c.capped_seconds::float8 / nullif(s.viewers::bigint * v.duration_seconds, 0) as average_completion_rate
from video_stats s
join analytics_video v on v.event_id = s.event_id and v.content_id = s.content_id
left join video_completion c on c.event_id = s.event_id and c.content_id = s.content_id;

create view attachment_audience as
select event_id, attachment_id, count(*) as downloaded_by
from user_attachment
group by event_id, attachment_id;
