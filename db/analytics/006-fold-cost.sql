--liquibase formatted sql

--changeset eventlens:video-completion-in-one-upsert
-- The video step now moves a video's completion sum in the very statement that upserts its viewers' rows, by what
-- the upsert returns (the slots before and after), instead of a second update of every row that marked the slots
-- counted. After every fold counted_slots equalled covered_slots, so the sums stay right without it.
alter table user_video_stats drop column counted_slots;

--changeset eventlens:live-presence-by-person
-- A person's live minutes of the whole event in an hour are the OR of their sessions' minutes of that hour, which the
-- fold reads as they were (decision record 18): the event's own rows (session_id = the nil UUID) go, about half of
-- the table's writes. The person's rows of an hour become neighbours in the primary key, so that one probe finds them.
delete from live_presence where session_id = '00000000-0000-0000-0000-000000000000';
alter table live_presence drop constraint live_presence_pkey, add primary key (event_id, user_id, hour, session_id);
