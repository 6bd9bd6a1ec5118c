--liquibase formatted sql

--changeset eventlens:rollups
-- Read models of the analytics module, kept current from InteractionsRecorded. Every figure on a dashboard
-- is a handful of indexed look-ups here; a rebuild from the raw interactions must give the same rows.

-- Which stored batches are folded into the rollups: written in the same transaction as the rollups, so a
-- republished event is recognised and never counted twice.
create table analytics_applied_batch (
    event_id   uuid not null,
    batch_id   uuid not null,
    applied_at timestamptz not null default now(),
    primary key (event_id, batch_id)
);

-- One row per attendee of a session: anyone with viewing seconds or any interaction in it.
create table user_session_stats (
    event_id               uuid not null,
    session_id             uuid not null,
    user_id                uuid not null,
    live_seconds           bigint not null default 0,
    engaged_live_seconds   bigint not null default 0,
    recording_seconds      bigint not null default 0,
    reactions              int not null default 0,
    chat_messages          int not null default 0,
    qa_threads             int not null default 0,
    raised_hands           int not null default 0,
    polls_answered         int not null default 0,
    attachments_downloaded int not null default 0,
    primary key (event_id, session_id, user_id)
);
create index user_session_stats_user_idx on user_session_stats (event_id, user_id);
create index user_session_stats_minutes_idx
    on user_session_stats (event_id, session_id, (live_seconds + recording_seconds) desc, user_id);

-- Distinct polls a user answered in a session (several answers to one poll count once).
create table user_session_poll (
    event_id   uuid not null,
    session_id uuid not null,
    user_id    uuid not null,
    poll_id    uuid not null,
    primary key (event_id, session_id, user_id, poll_id)
);
create index user_session_poll_user_idx on user_session_poll (event_id, user_id);

-- Distinct attachments a user downloaded (an attachment belongs to one session).
create table user_attachment (
    event_id      uuid not null,
    user_id       uuid not null,
    attachment_id uuid not null,
    session_id    uuid not null,
    primary key (event_id, user_id, attachment_id)
);

-- Distinct attachments of a session that anyone downloaded (the "x" of the session footer's x/y).
create table session_attachment (
    event_id      uuid not null,
    session_id    uuid not null,
    attachment_id uuid not null,
    primary key (event_id, session_id, attachment_id)
);

-- Sums over a session's attendees.
create table session_stats (
    event_id             uuid not null,
    session_id           uuid not null,
    attendees            int not null default 0,
    unique_viewers       int not null default 0,
    live_seconds         bigint not null default 0,
    engaged_live_seconds bigint not null default 0,
    recording_seconds    bigint not null default 0,
    reactions            int not null default 0,
    chat_messages        int not null default 0,
    qa_threads           int not null default 0,
    raised_hands         int not null default 0,
    polls_answered       int not null default 0,
    primary key (event_id, session_id)
);

-- One row per viewer of an on-demand video; covered_slots counts distinct 10-second slots watched.
create table user_video_stats (
    event_id      uuid not null,
    content_id    uuid not null,
    user_id       uuid not null,
    seconds       bigint not null default 0,
    covered_slots int not null default 0,
    primary key (event_id, content_id, user_id)
);
create index user_video_stats_user_idx on user_video_stats (event_id, user_id);
create index user_video_stats_minutes_idx on user_video_stats (event_id, content_id, seconds desc, user_id);

-- The 10-second slots [10k, 10k + 10) of a video that a user watched at least once.
create table user_video_slot (
    event_id   uuid not null,
    content_id uuid not null,
    user_id    uuid not null,
    slot       int not null,
    primary key (event_id, content_id, user_id, slot)
);

create table video_stats (
    event_id   uuid not null,
    content_id uuid not null,
    viewers    int not null default 0,
    seconds    bigint not null default 0,
    primary key (event_id, content_id)
);

-- "Data as of": when the latest applied interaction was received.
create table analytics_event_state (
    event_id   uuid primary key,
    data_as_of timestamptz not null
);
