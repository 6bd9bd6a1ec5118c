package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Folds raw interactions into the rollups, set-based in SQL. The rows to fold are first copied into the
 * transaction's {@code pending_interaction}: one stored batch when an {@code InteractionsRecorded} arrives,
 * or every interaction of the event for a rebuild — the same statements serve both, which is what keeps a
 * rebuild equal to the incremental rollups.
 *
 * <p>Every statement adds deltas, and the deltas of the session and video totals are computed against the
 * rollup rows as they were before the statement (all parts of one statement see the same snapshot). Callers
 * hold the event's advisory lock, so no other fold of the same event runs meanwhile.
 *
 * <p>The raw interactions are read from the {@code interaction} table that the interactions module owns and
 * only appends to: its rows are that module's published facts (see docs/decisions/0003).
 */
@Repository
class Rollups {

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the folds of one event (released at commit). */
    void lockEvent(UUID eventId) {
        jdbc.sql("select pg_advisory_xact_lock(20220202, hashtext(?::text))").param(eventId).query().singleRow();
    }

    /** Marks the batch applied; {@code false} when it already was (then nothing must be folded again). */
    boolean markApplied(UUID eventId, UUID batchId) {
        return jdbc.sql("insert into analytics_applied_batch (event_id, batch_id) values (?, ?) on conflict do nothing")
                .param(eventId).param(batchId).update() == 1;
    }

    void stageBatch(UUID eventId, UUID batchId) {
        createStagingTables();
        jdbc.sql("insert into pending_interaction select * from interaction where event_id = ? and batch_id = ?")
                .param(eventId).param(batchId).update();
    }

    void stageWholeEvent(UUID eventId) {
        createStagingTables();
        jdbc.sql("insert into pending_interaction select * from interaction where event_id = ?").param(eventId).update();
        jdbc.sql("""
                        insert into analytics_applied_batch (event_id, batch_id)
                        select distinct event_id, batch_id from pending_interaction on conflict do nothing""")
                .update();
    }

    void deleteRollups(UUID eventId) {
        for (String table : List.of("analytics_applied_batch", "user_session_stats", "user_session_poll",
                "user_attachment", "session_attachment", "session_stats", "user_video_stats", "user_video_slot",
                "video_stats", "analytics_event_state")) {
            jdbc.sql("delete from " + table + " where event_id = ?").param(eventId).update();
        }
    }

    /** Folds {@code pending_interaction} into every rollup. */
    void foldPending(UUID eventId) {
        foldSessions(eventId);
        foldVideos(eventId);
        jdbc.sql("""
                        insert into analytics_event_state (event_id, data_as_of)
                        select ?, max(received_at) from pending_interaction having count(*) > 0
                        on conflict (event_id) do update
                            set data_as_of = greatest(analytics_event_state.data_as_of, excluded.data_as_of)""")
                .param(eventId).update();
    }

    private void createStagingTables() {
        jdbc.sql("create temp table if not exists pending_interaction (like interaction) on commit delete rows").update();
        jdbc.sql("""
                create temp table if not exists session_delta (
                    session_id uuid, user_id uuid, live bigint, engaged bigint, recording bigint, reactions int,
                    chat_messages int, qa_threads int, raised_hands int, polls int, downloads int
                ) on commit delete rows""").update();
        jdbc.sql("""
                create temp table if not exists video_delta (
                    content_id uuid, user_id uuid, seconds bigint, slots int
                ) on commit delete rows""").update();
    }

    private void foldSessions(UUID eventId) {
        // What each (session, user) adds: viewing and counts, plus the polls and attachments new to them.
        jdbc.sql("""
                        with new_polls as (
                            insert into user_session_poll (event_id, session_id, user_id, poll_id)
                            select distinct event_id, session_id, user_id, poll_id
                            from pending_interaction where type = 'POLL_ANSWER'
                            on conflict do nothing
                            returning session_id, user_id),
                        new_downloads as (
                            insert into user_attachment (event_id, user_id, attachment_id, session_id)
                            select distinct event_id, user_id, attachment_id, session_id
                            from pending_interaction where type = 'ATTACHMENT_DOWNLOAD'
                            on conflict do nothing
                            returning session_id, user_id),
                        new_session_attachments as (
                            insert into session_attachment (event_id, session_id, attachment_id)
                            select distinct event_id, session_id, attachment_id
                            from pending_interaction where type = 'ATTACHMENT_DOWNLOAD'
                            on conflict do nothing
                            returning 1)
                        insert into session_delta
                        select session_id, user_id, sum(live), sum(engaged), sum(recording), sum(reactions),
                               sum(chat_messages), sum(qa_threads), sum(raised_hands), sum(polls), sum(downloads)
                        from (
                            select session_id, user_id,
                                   coalesce(sum(seconds) filter (where mode = 'LIVE'), 0) as live,
                                   coalesce(sum(seconds) filter (where mode = 'LIVE' and engaged), 0) as engaged,
                                   coalesce(sum(seconds) filter (where mode = 'RECORDING'), 0) as recording,
                                   count(*) filter (where type = 'REACTION') as reactions,
                                   count(*) filter (where type = 'CHAT_MESSAGE') as chat_messages,
                                   count(*) filter (where type = 'QA_THREAD') as qa_threads,
                                   count(*) filter (where type = 'RAISED_HAND') as raised_hands,
                                   0 as polls, 0 as downloads
                            from pending_interaction where session_id is not null
                            group by session_id, user_id
                            union all
                            select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, count(*), 0 from new_polls
                            group by session_id, user_id
                            union all
                            select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from new_downloads
                            group by session_id, user_id
                        ) parts
                        group by session_id, user_id""")
                .update();

        jdbc.sql("""
                        with prior as (
                            select s.session_id, s.user_id, s.live_seconds + s.recording_seconds as seconds
                            from user_session_stats s
                            join session_delta d on d.session_id = s.session_id and d.user_id = s.user_id
                            where s.event_id = :eventId),
                        upserted as (
                            insert into user_session_stats (event_id, session_id, user_id, live_seconds,
                                engaged_live_seconds, recording_seconds, reactions, chat_messages, qa_threads,
                                raised_hands, polls_answered, attachments_downloaded)
                            select :eventId, session_id, user_id, live, engaged, recording, reactions, chat_messages,
                                   qa_threads, raised_hands, polls, downloads
                            from session_delta
                            on conflict (event_id, session_id, user_id) do update set
                                live_seconds = user_session_stats.live_seconds + excluded.live_seconds,
                                engaged_live_seconds = user_session_stats.engaged_live_seconds + excluded.engaged_live_seconds,
                                recording_seconds = user_session_stats.recording_seconds + excluded.recording_seconds,
                                reactions = user_session_stats.reactions + excluded.reactions,
                                chat_messages = user_session_stats.chat_messages + excluded.chat_messages,
                                qa_threads = user_session_stats.qa_threads + excluded.qa_threads,
                                raised_hands = user_session_stats.raised_hands + excluded.raised_hands,
                                polls_answered = user_session_stats.polls_answered + excluded.polls_answered,
                                attachments_downloaded = user_session_stats.attachments_downloaded
                                                         + excluded.attachments_downloaded)
                        insert into session_stats (event_id, session_id, attendees, unique_viewers, live_seconds,
                            engaged_live_seconds, recording_seconds, reactions, chat_messages, qa_threads,
                            raised_hands, polls_answered)
                        select :eventId, d.session_id,
                               count(*) filter (where p.user_id is null),
                               count(*) filter (where coalesce(p.seconds, 0) = 0 and d.live + d.recording > 0),
                               sum(d.live), sum(d.engaged), sum(d.recording), sum(d.reactions), sum(d.chat_messages),
                               sum(d.qa_threads), sum(d.raised_hands), sum(d.polls)
                        from session_delta d
                        left join prior p on p.session_id = d.session_id and p.user_id = d.user_id
                        group by d.session_id
                        on conflict (event_id, session_id) do update set
                            attendees = session_stats.attendees + excluded.attendees,
                            unique_viewers = session_stats.unique_viewers + excluded.unique_viewers,
                            live_seconds = session_stats.live_seconds + excluded.live_seconds,
                            engaged_live_seconds = session_stats.engaged_live_seconds + excluded.engaged_live_seconds,
                            recording_seconds = session_stats.recording_seconds + excluded.recording_seconds,
                            reactions = session_stats.reactions + excluded.reactions,
                            chat_messages = session_stats.chat_messages + excluded.chat_messages,
                            qa_threads = session_stats.qa_threads + excluded.qa_threads,
                            raised_hands = session_stats.raised_hands + excluded.raised_hands,
                            polls_answered = session_stats.polls_answered + excluded.polls_answered""")
                .param("eventId", eventId)
                .update();
    }

    private void foldVideos(UUID eventId) {
        // Each beacon marks every 10-second slot [10k, 10k + 10) that [position, position + seconds) overlaps.
        jdbc.sql("""
                        with new_slots as (
                            insert into user_video_slot (event_id, content_id, user_id, slot)
                            select distinct p.event_id, p.content_id, p.user_id, s.slot
                            from pending_interaction p
                            cross join lateral generate_series(p.position / 10, (p.position + p.seconds - 1) / 10) s(slot)
                            where p.mode = 'ON_DEMAND'
                            on conflict do nothing
                            returning content_id, user_id)
                        insert into video_delta
                        select content_id, user_id, sum(seconds), sum(slots)
                        from (
                            select content_id, user_id, sum(seconds) as seconds, 0 as slots
                            from pending_interaction where mode = 'ON_DEMAND' group by content_id, user_id
                            union all
                            select content_id, user_id, 0, count(*) from new_slots group by content_id, user_id
                        ) parts
                        group by content_id, user_id""")
                .update();

        jdbc.sql("""
                        with prior as (
                            select v.content_id, v.user_id, v.seconds
                            from user_video_stats v
                            join video_delta d on d.content_id = v.content_id and d.user_id = v.user_id
                            where v.event_id = :eventId),
                        upserted as (
                            insert into user_video_stats (event_id, content_id, user_id, seconds, covered_slots)
                            select :eventId, content_id, user_id, seconds, slots from video_delta
                            on conflict (event_id, content_id, user_id) do update set
                                seconds = user_video_stats.seconds + excluded.seconds,
                                covered_slots = user_video_stats.covered_slots + excluded.covered_slots)
                        insert into video_stats (event_id, content_id, viewers, seconds)
                        select :eventId, d.content_id, count(*) filter (where coalesce(p.seconds, 0) = 0 and d.seconds > 0),
                               sum(d.seconds)
                        from video_delta d
                        left join prior p on p.content_id = d.content_id and p.user_id = d.user_id
                        group by d.content_id
                        on conflict (event_id, content_id) do update set
                            viewers = video_stats.viewers + excluded.viewers,
                            seconds = video_stats.seconds + excluded.seconds""")
                .param("eventId", eventId)
                .update();
    }
}
