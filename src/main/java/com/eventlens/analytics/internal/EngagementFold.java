package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.analytics.EngagementSettings;
import com.eventlens.people.EngagementScoresChanged;

/**
 * Given the new interactions of a fold, updates every attendee's event totals ({@code user_event_stats}), their
 * engagement score under the event's settings, and the event's sums over its attendees ({@code event_stats}, the
 * attendees per status of {@code analytics_status_count}); and says whose viewing reached the attendance threshold
 * and whose score changed as screens show it.
 *
 * <p>It runs <em>before</em> the session and video statements of the fold and reads their rollups as they were: a
 * person's per-session live engagement rates before and after the fold are the stored seconds and the stored seconds
 * plus the fold's own, so the sum of the rates is moved by their difference; a poll or an attachment is new to a
 * person when no session of the event holds it yet. The caller holds the event's fold lock.
 */
@Repository
class EngagementFold {

    /** What a fold changed that other modules hear of. */
    record Changes(List<UUID> reachedAttendance, List<EngagementScoresChanged.Score> scores) {

        static final Changes NONE = new Changes(List.of(), List.of());
    }

    private final JdbcClient jdbc;

    EngagementFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Changes fold(UUID eventId, Rollups.Source source, UUID[] batchIds, EngagementSettings settings) {
        List<UUID> reached = new ArrayList<>();
        List<EngagementScoresChanged.Score> scores = new ArrayList<>();
        ScoreSql.weighted(source.statement(jdbc, FOLD, eventId, batchIds), settings)
                .param("threshold", settings.attendanceThresholdSeconds())
                .query((rs, row) -> {
                    UUID person = rs.getObject("user_id", UUID.class);
                    if (rs.getBoolean("reached")) {
                        reached.add(person);
                    }
                    if (rs.getInt("shown") != rs.getInt("shown_before")) {
                        scores.add(new EngagementScoresChanged.Score(person, rs.getInt("shown")));
                    }
                    return person;
                })
                .list();
        return new Changes(reached, scores);
    }

    void delete(UUID eventId) {
        jdbc.sql("delete from user_event_stats where event_id = ?").param(eventId).update();
        jdbc.sql("delete from event_stats where event_id = ?").param(eventId).update();
        jdbc.sql("update analytics_status_count set attendees = 0 where event_id = ?").param(eventId).update();
    }

    /**
     * The exact (numeric) sums pass through {@code trim_scale}: a sum added up over many folds then has the very digits
     * of one made at once, as a rebuild makes it.
     */
    private static final String FOLD = """
            with source as (
                select user_id, session_id, type, mode, seconds, engaged, poll_id, attachment_id
                from recorded_interaction where $SOURCE),
            batch as (
                select user_id,
                       coalesce(sum(seconds) filter (where mode = 'LIVE'), 0) as live,
                       coalesce(sum(seconds) filter (where mode = 'LIVE' and engaged), 0) as engaged,
                       coalesce(sum(seconds) filter (where mode = 'RECORDING'), 0) as recording,
                       coalesce(sum(seconds) filter (where mode = 'ON_DEMAND'), 0) as on_demand,
                       count(*) filter (where type = 'REACTION') as reactions,
                       count(*) filter (where type = 'CHAT_MESSAGE') as chat_messages,
                       count(*) filter (where type = 'QA_THREAD') as qa_threads,
                       count(*) filter (where type = 'RAISED_HAND') as raised_hands
                from source group by user_id),
            live as (
                select session_id, user_id, sum(seconds) as live,
                       coalesce(sum(seconds) filter (where engaged), 0) as engaged
                from source where mode = 'LIVE' group by session_id, user_id),
            rates as (
                select l.user_id,
                       sum((coalesce(s.engaged_live_seconds, 0) + l.engaged)::numeric
                               / (coalesce(s.live_seconds, 0) + l.live)
                           - case when s.live_seconds > 0
                                  then s.engaged_live_seconds::numeric / s.live_seconds else 0 end) as rate_change,
                       count(*) filter (where coalesce(s.live_seconds, 0) = 0) as new_live_sessions
                from live l
                left join user_session_stats s
                    on s.event_id = :eventId and s.session_id = l.session_id and s.user_id = l.user_id
                group by l.user_id),
            new_polls as (
                select n.user_id, count(*) as polls
                from (select distinct user_id, poll_id from source where type = 'POLL_ANSWER') n
                where not exists (select 1 from user_session_poll p
                                  where p.event_id = :eventId and p.user_id = n.user_id and p.poll_id = n.poll_id)
                group by n.user_id),
            new_downloads as (
                select n.user_id, count(*) as downloads
                from (select distinct user_id, attachment_id from source where type = 'ATTACHMENT_DOWNLOAD') n
                where not exists (select 1 from user_attachment a where a.event_id = :eventId
                                  and a.user_id = n.user_id and a.attachment_id = n.attachment_id)
                group by n.user_id),
            prior as (
                select u.* from user_event_stats u
                where u.event_id = :eventId and u.user_id in (select user_id from batch)),
            n as (
                select b.user_id, p.user_id is null as is_new,
                       coalesce(p.live_seconds, 0) + b.live as live_seconds,
                       coalesce(p.engaged_live_seconds, 0) + b.engaged as engaged_live_seconds,
                       coalesce(p.recording_seconds, 0) + b.recording as recording_seconds,
                       coalesce(p.on_demand_seconds, 0) + b.on_demand as on_demand_seconds,
                       coalesce(p.reactions, 0) + b.reactions as reactions,
                       coalesce(p.chat_messages, 0) + b.chat_messages as chat_messages,
                       coalesce(p.qa_threads, 0) + b.qa_threads as qa_threads,
                       coalesce(p.raised_hands, 0) + b.raised_hands as raised_hands,
                       coalesce(p.polls_answered, 0) + coalesce(np.polls, 0) as polls_answered,
                       coalesce(p.attachments_downloaded, 0) + coalesce(nd.downloads, 0) as attachments_downloaded,
                       coalesce(p.live_sessions, 0) + coalesce(r.new_live_sessions, 0) as live_sessions,
                       trim_scale(coalesce(p.live_engagement_sum, 0) + coalesce(r.rate_change, 0)) as live_engagement_sum,
                       coalesce(p.live_seconds + p.recording_seconds, 0) as viewing_before,
                       coalesce(np.polls, 0) as new_polls, coalesce(nd.downloads, 0) as new_downloads,
                       p.score as score_before
                from batch b
                left join prior p on p.user_id = b.user_id
                left join rates r on r.user_id = b.user_id
                left join new_polls np on np.user_id = b.user_id
                left join new_downloads nd on nd.user_id = b.user_id),
            scored as (
                select n.*, $SCORE as score from n),
            stored as (
                insert into user_event_stats (event_id, user_id, live_seconds, engaged_live_seconds, recording_seconds,
                    on_demand_seconds, reactions, chat_messages, qa_threads, raised_hands, polls_answered,
                    attachments_downloaded, live_sessions, live_engagement_sum, score)
                select :eventId, user_id, live_seconds, engaged_live_seconds, recording_seconds, on_demand_seconds,
                       reactions, chat_messages, qa_threads, raised_hands, polls_answered, attachments_downloaded,
                       live_sessions, live_engagement_sum, score
                from scored
                on conflict (event_id, user_id) do update set
                    live_seconds = excluded.live_seconds, engaged_live_seconds = excluded.engaged_live_seconds,
                    recording_seconds = excluded.recording_seconds, on_demand_seconds = excluded.on_demand_seconds,
                    reactions = excluded.reactions, chat_messages = excluded.chat_messages,
                    qa_threads = excluded.qa_threads, raised_hands = excluded.raised_hands,
                    polls_answered = excluded.polls_answered, attachments_downloaded = excluded.attachments_downloaded,
                    live_sessions = excluded.live_sessions, live_engagement_sum = excluded.live_engagement_sum,
                    score = excluded.score),
            sums as (
                insert into event_stats (event_id, attendees, poll_responses, attachments_downloaded, score_sum, hot,
                                         warm, cold)
                select :eventId, count(*) filter (where is_new), coalesce(sum(new_polls), 0),
                       coalesce(sum(new_downloads), 0),
                       trim_scale(coalesce(sum(score::numeric - coalesce(score_before::numeric, 0)), 0)),
                       count(*) filter (where score >= 70) - count(*) filter (where score_before >= 70),
                       count(*) filter (where score >= 40 and score < 70)
                           - count(*) filter (where score_before >= 40 and score_before < 70),
                       count(*) filter (where score < 40) - count(*) filter (where score_before < 40)
                from scored
                on conflict (event_id) do update set
                    attendees = event_stats.attendees + excluded.attendees,
                    poll_responses = event_stats.poll_responses + excluded.poll_responses,
                    attachments_downloaded = event_stats.attachments_downloaded + excluded.attachments_downloaded,
                    score_sum = trim_scale(event_stats.score_sum + excluded.score_sum),
                    hot = event_stats.hot + excluded.hot, warm = event_stats.warm + excluded.warm,
                    cold = event_stats.cold + excluded.cold),
            statuses as (
                update analytics_status_count c set attendees = c.attendees + a.attendees
                from (select p.status, count(*) as attendees
                      from scored s join analytics_person p on p.event_id = :eventId and p.person_id = s.user_id
                      where s.is_new group by p.status) a
                where c.event_id = :eventId and c.status = a.status)
            select user_id,
                   viewing_before < :threshold and live_seconds + recording_seconds >= :threshold as reached,
                   floor(score)::int as shown, coalesce(floor(score_before)::int, 0) as shown_before
            from scored
            where (viewing_before < :threshold and live_seconds + recording_seconds >= :threshold)
               or floor(score)::int <> coalesce(floor(score_before)::int, 0)"""
            .replace("$SCORE", ScoreSql.SCORE);
}
