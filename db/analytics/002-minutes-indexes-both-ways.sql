--liquibase formatted sql

--changeset eventlens:minutes-indexes-both-ways
-- Attendee and viewer pages sort by minutes with the user id as tie-breaker in the same direction, so one
-- index serves "most first" (a forward scan) and "least first" (a backward scan) without sorting.
drop index user_session_stats_minutes_idx;
create index user_session_stats_minutes_idx
    on user_session_stats (event_id, session_id, (live_seconds + recording_seconds) desc, user_id desc);
drop index user_video_stats_minutes_idx;
create index user_video_stats_minutes_idx on user_video_stats (event_id, content_id, seconds desc, user_id desc);
