package com.eventlens.analytics.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Folds raw interactions into the rollups, set-based in SQL: the batches that {@code InteractionsRecorded}
 * announced, or every interaction of the event for a rebuild — the same statements serve both, which is what
 * keeps a rebuild equal to the incremental rollups.
 *
 * <p>Every statement adds deltas. The session and video totals need to know whether a row is new or was at
 * zero before: every part of one statement sees the same snapshot, so a {@code prior} CTE reads the rollup rows
 * as they were before the statement's own upsert. Callers hold the event's advisory lock, so no other fold of
 * the same event runs meanwhile.
 *
 * <p>The raw interactions are read from {@code recorded_interaction}, the view that the interactions module
 * publishes as its contract (docs/decisions/0003): never its table, and only the columns a fold needs.
 */
@Repository
class Rollups {

    /** Which interactions a fold takes in: a predicate on {@code recorded_interaction}, never user input. */
    enum Source {
        BATCHES("event_id = :eventId and batch_id = any(:batchIds)"),
        WHOLE_EVENT("event_id = :eventId");

        private final String predicate;

        Source(String predicate) {
            this.predicate = predicate;
        }
    }

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the folds of one event across application instances (released at commit). */
    void lockEvent(UUID eventId) {
        jdbc.sql("select pg_advisory_xact_lock(20220202, hashtext(?::text))").param(eventId).query().singleRow();
    }

    /** Marks the batches applied; returns those that were not before (only they may be folded). */
    List<UUID> markApplied(UUID eventId, Collection<UUID> batchIds) {
        return jdbc.sql("""
                        insert into analytics_applied_batch (event_id, batch_id)
                        select :eventId, unnest(:batchIds) on conflict do nothing returning batch_id""")
                .param("eventId", eventId)
                .param("batchIds", batchIds.toArray(UUID[]::new))
                .query(UUID.class).list();
    }

    long interactionsIn(UUID eventId, Collection<UUID> batchIds) {
        return jdbc.sql("select count(*) from recorded_interaction where " + Source.BATCHES.predicate)
                .param("eventId", eventId)
                .param("batchIds", batchIds.toArray(UUID[]::new))
                .query(Long.class).single();
    }

    void markAllApplied(UUID eventId) {
        jdbc.sql("""
                        insert into analytics_applied_batch (event_id, batch_id)
                        select distinct event_id, batch_id from recorded_interaction where event_id = ?
                        on conflict do nothing""")
                .param(eventId).update();
    }

    void deleteRollups(UUID eventId) {
        for (String table : List.of("analytics_applied_batch", "user_session_stats", "user_session_poll",
                "user_attachment", "session_attachment", "session_stats", "user_video_stats", "user_video_slot",
                "video_stats", "analytics_event_state")) {
            jdbc.sql("delete from " + table + " where event_id = ?").param(eventId).update();
        }
    }

    /** Folds the interactions of {@code source} into every rollup. */
    void fold(UUID eventId, Source source, Collection<UUID> batchIds) {
        UUID[] batches = batchIds.toArray(UUID[]::new);
        statement(FOLD_SESSIONS, eventId, source, batches);
        statement(FOLD_VIDEOS, eventId, source, batches);
        statement(FOLD_DATA_AS_OF, eventId, source, batches);
    }

    private void statement(String template, UUID eventId, Source source, UUID[] batchIds) {
        var sql = jdbc.sql(template.replace("$SOURCE", source.predicate)).param("eventId", eventId);
        if (source == Source.BATCHES) {
            sql = sql.param("batchIds", batchIds);
        }
        sql.update();
    }

    /** Per (session, user): viewing and counts, plus the polls and attachments new to them; then the totals. */
    private static final String FOLD_SESSIONS = """
            with source as (
                select event_id, session_id, user_id, type, mode, seconds, engaged, poll_id, attachment_id
                from recorded_interaction where $SOURCE and session_id is not null),
            new_polls as (
                insert into user_session_poll (event_id, session_id, user_id, poll_id)
                select distinct event_id, session_id, user_id, poll_id from source where type = 'POLL_ANSWER'
                on conflict do nothing
                returning session_id, user_id),
            new_downloads as (
                insert into user_attachment (event_id, user_id, attachment_id, session_id)
                select distinct event_id, user_id, attachment_id, session_id from source
                where type = 'ATTACHMENT_DOWNLOAD'
                on conflict do nothing
                returning session_id, user_id),
            new_session_attachments as (
                insert into session_attachment (event_id, session_id, attachment_id)
                select distinct event_id, session_id, attachment_id from source where type = 'ATTACHMENT_DOWNLOAD'
                on conflict do nothing
                returning 1),
            delta as (
                select session_id, user_id, sum(live) as live, sum(engaged) as engaged, sum(recording) as recording,
                       sum(reactions) as reactions, sum(chat_messages) as chat_messages, sum(qa_threads) as qa_threads,
                       sum(raised_hands) as raised_hands, sum(polls) as polls, sum(downloads) as downloads
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
                    from source group by session_id, user_id
                    union all
                    select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, count(*), 0 from new_polls
                    group by session_id, user_id
                    union all
                    select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from new_downloads
                    group by session_id, user_id
                ) parts
                group by session_id, user_id),
            prior as (
                select s.session_id, s.user_id, s.live_seconds + s.recording_seconds as seconds
                from user_session_stats s
                join delta d on d.session_id = s.session_id and d.user_id = s.user_id
                where s.event_id = :eventId),
            upserted as (
                insert into user_session_stats (event_id, session_id, user_id, live_seconds, engaged_live_seconds,
                    recording_seconds, reactions, chat_messages, qa_threads, raised_hands, polls_answered,
                    attachments_downloaded)
                select :eventId, session_id, user_id, live, engaged, recording, reactions, chat_messages, qa_threads,
                       raised_hands, polls, downloads
                from delta
                on conflict (event_id, session_id, user_id) do update set
                    live_seconds = user_session_stats.live_seconds + excluded.live_seconds,
                    engaged_live_seconds = user_session_stats.engaged_live_seconds + excluded.engaged_live_seconds,
                    recording_seconds = user_session_stats.recording_seconds + excluded.recording_seconds,
                    reactions = user_session_stats.reactions + excluded.reactions,
                    chat_messages = user_session_stats.chat_messages + excluded.chat_messages,
                    qa_threads = user_session_stats.qa_threads + excluded.qa_threads,
                    raised_hands = user_session_stats.raised_hands + excluded.raised_hands,
                    polls_answered = user_session_stats.polls_answered + excluded.polls_answered,
                    attachments_downloaded = user_session_stats.attachments_downloaded + excluded.attachments_downloaded)
            insert into session_stats (event_id, session_id, attendees, unique_viewers, live_seconds,
                engaged_live_seconds, recording_seconds, reactions, chat_messages, qa_threads, raised_hands,
                polls_answered)
            select :eventId, d.session_id,
                   count(*) filter (where p.user_id is null),
                   count(*) filter (where coalesce(p.seconds, 0) = 0 and d.live + d.recording > 0),
                   sum(d.live), sum(d.engaged), sum(d.recording), sum(d.reactions), sum(d.chat_messages),
                   sum(d.qa_threads), sum(d.raised_hands), sum(d.polls)
            from delta d
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
                polls_answered = session_stats.polls_answered + excluded.polls_answered""";

    /**
     * Per (video, user): seconds, and the 10-second slots [10k, 10k + 10) new to them that a beacon's
     * [position, position + seconds) overlaps; then the video totals.
     */
    private static final String FOLD_VIDEOS = """
            with source as (
                select event_id, content_id, user_id, position, seconds
                from recorded_interaction where $SOURCE and mode = 'ON_DEMAND'),
            new_slots as (
                insert into user_video_slot (event_id, content_id, user_id, slot)
                select distinct s.event_id, s.content_id, s.user_id, slot
                from source s
                cross join lateral generate_series(s.position / 10, (s.position + s.seconds - 1) / 10) slot
                on conflict do nothing
                returning content_id, user_id),
            delta as (
                select content_id, user_id, sum(seconds) as seconds, sum(slots) as slots
                from (
                    select content_id, user_id, sum(seconds) as seconds, 0 as slots from source
                    group by content_id, user_id
                    union all
                    select content_id, user_id, 0, count(*) from new_slots group by content_id, user_id
                ) parts
                group by content_id, user_id),
            prior as (
                select v.content_id, v.user_id, v.seconds
                from user_video_stats v
                join delta d on d.content_id = v.content_id and d.user_id = v.user_id
                where v.event_id = :eventId),
            upserted as (
                insert into user_video_stats (event_id, content_id, user_id, seconds, covered_slots)
                select :eventId, content_id, user_id, seconds, slots from delta
                on conflict (event_id, content_id, user_id) do update set
                    seconds = user_video_stats.seconds + excluded.seconds,
                    covered_slots = user_video_stats.covered_slots + excluded.covered_slots)
            insert into video_stats (event_id, content_id, viewers, seconds)
            select :eventId, d.content_id, count(*) filter (where coalesce(p.seconds, 0) = 0 and d.seconds > 0),
                   sum(d.seconds)
            from delta d
            left join prior p on p.content_id = d.content_id and p.user_id = d.user_id
            group by d.content_id
            on conflict (event_id, content_id) do update set
                viewers = video_stats.viewers + excluded.viewers,
                seconds = video_stats.seconds + excluded.seconds""";

    private static final String FOLD_DATA_AS_OF = """
            insert into analytics_event_state (event_id, data_as_of)
            select :eventId, max(received_at) from recorded_interaction where $SOURCE having count(*) > 0
            on conflict (event_id) do update
                set data_as_of = greatest(analytics_event_state.data_as_of, excluded.data_as_of)""";
}
