--liquibase formatted sql

--changeset eventlens:video-coverage-as-ranges
-- A viewer's coverage of a video as the ranges of 10-second slots watched: one range per stretch watched, merged
-- as they come (an int4multirange), instead of one row per slot (decision record 15). covered_slots stays its size.
create function analytics_slot_count(coverage int4multirange) returns int
    language sql immutable parallel safe
    return (select coalesce(sum(upper(r) - lower(r)), 0)::int from unnest(coverage) r);
alter table user_video_stats add column coverage int4multirange not null default '{}';
update user_video_stats v set coverage = s.coverage
from (select event_id, content_id, user_id, range_agg(int4range(slot, slot + 1)) as coverage
      from user_video_slot group by event_id, content_id, user_id) s
where v.event_id = s.event_id and v.content_id = s.content_id and v.user_id = s.user_id;
drop table user_video_slot;

--changeset eventlens:rollup-keys-by-person
-- A user's dashboard looks rows up by (event, user), the attendee and viewer pages by the minutes indexes, whose
-- prefix (event, session or video) serves their other sorts as well. With the person second in the primary key the
-- separate user indexes go: one index less to maintain in every upsert of the fold.
alter table user_session_stats drop constraint user_session_stats_pkey, add primary key (event_id, user_id, session_id);
drop index user_session_stats_user_idx;
alter table user_video_stats drop constraint user_video_stats_pkey, add primary key (event_id, user_id, content_id);
drop index user_video_stats_user_idx;
-- Room on every page, so that an update that changes no indexed column (reactions, chat, polls, downloads: no
-- minutes) stays on its page and touches no index (a HOT update).
alter table user_session_stats set (fillfactor = 80);
