--liquibase formatted sql

--changeset eventlens:video-completion-in-one-upsert
-- The video step now moves a video's completion sum in the very statement that upserts its viewers' rows, by what
-- the upsert returns (the slots before and after), instead of a second update of every row that marked the slots
-- counted. After every fold counted_slots equalled covered_slots, so the sums stay right without it.
alter table user_video_stats drop column counted_slots;
