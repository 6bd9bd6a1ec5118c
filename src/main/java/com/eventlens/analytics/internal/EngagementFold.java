package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.analytics.EngagementSettings;
import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.people.EngagementScoresChanged;

/**
 * A fold step: every attendee's event totals ({@code user_event_stats}) and engagement score under the event's
 * settings, and the event's sums over its attendees ({@code event_stats}, the attendees per status of
 * {@code analytics_status_count}); then it tells the people module whose viewing reached the attendance threshold and
 * whose score changed as screens show it ({@link Announcements}).
 *
 * <p>It runs <em>before</em> {@link SessionFold} and reads the session rollups as they were: a person's per-session
 * live engagement rates before and after the fold are the stored seconds and the stored seconds plus the batch's own,
 * so the sum of the rates is moved by their difference; a poll or an attachment is new to a person when no session of
 * the event holds it yet. The batch is added up in memory, one row a person (and a (session, person) for live
 * seconds); a rebuild runs the same statement over every stored interaction, with the session rollups still empty.
 */
@Component
@Order(0)
class EngagementFold implements FoldStep {

    /** What a fold changed that other modules hear of. */
    record Changes(List<UUID> reachedAttendance, List<EngagementScoresChanged.Score> scores) {
    }

    private final JdbcClient jdbc;
    private final EngagementSettingsService settings;
    private final Announcements announcements;

    EngagementFold(JdbcClient jdbc, EngagementSettingsService settings, Announcements announcements) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.announcements = announcements;
    }

    /** A person's sums of the batch. */
    private static final class Sums {
        long live;
        long engaged;
        long recording;
        long onDemand;
        int reactions;
        int chatMessages;
        int qaThreads;
        int raisedHands;
    }

    private record SessionPerson(UUID sessionId, UUID userId) {
    }

    private record Pair(UUID userId, UUID otherId) {
    }

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Map<UUID, Sums> people = new HashMap<>();
        Map<SessionPerson, long[]> live = new HashMap<>();
        Set<Pair> polls = new LinkedHashSet<>();
        Set<Pair> downloads = new LinkedHashSet<>();
        for (RecordedInteraction row : batch.interactions()) {
            Sums sums = people.computeIfAbsent(row.userId(), id -> new Sums()); // any interaction makes an attendee
            switch (row.type()) {
                case VIEW -> {
                    int seconds = row.seconds();
                    if (row.mode() == ViewMode.LIVE) {
                        long engaged = Boolean.TRUE.equals(row.engaged()) ? seconds : 0;
                        sums.live += seconds;
                        sums.engaged += engaged;
                        long[] session = live.computeIfAbsent(new SessionPerson(row.sessionId(), row.userId()),
                                key -> new long[2]);
                        session[0] += seconds;
                        session[1] += engaged;
                    } else if (row.mode() == ViewMode.RECORDING) {
                        sums.recording += seconds;
                    } else {
                        sums.onDemand += seconds;
                    }
                }
                case REACTION -> sums.reactions++;
                case CHAT_MESSAGE -> sums.chatMessages++;
                case QA_THREAD -> sums.qaThreads++;
                case RAISED_HAND -> sums.raisedHands++;
                case POLL_ANSWER -> polls.add(new Pair(row.userId(), row.pollId()));
                case ATTACHMENT_DOWNLOAD -> downloads.add(new Pair(row.userId(), row.attachmentId()));
            }
        }
        if (people.isEmpty()) {
            return;
        }
        List<UUID> users = List.copyOf(people.keySet());
        List<Sums> sums = users.stream().map(people::get).toList();
        List<SessionPerson> sessions = List.copyOf(live.keySet());
        var statement = jdbc.sql(BATCH + FOLD)
                .param("users", users.toArray(UUID[]::new))
                .param("live", sums.stream().mapToLong(sum -> sum.live).toArray())
                .param("engaged", sums.stream().mapToLong(sum -> sum.engaged).toArray())
                .param("recording", sums.stream().mapToLong(sum -> sum.recording).toArray())
                .param("onDemand", sums.stream().mapToLong(sum -> sum.onDemand).toArray())
                .param("reactions", sums.stream().mapToInt(sum -> sum.reactions).toArray())
                .param("chat", sums.stream().mapToInt(sum -> sum.chatMessages).toArray())
                .param("qa", sums.stream().mapToInt(sum -> sum.qaThreads).toArray())
                .param("hands", sums.stream().mapToInt(sum -> sum.raisedHands).toArray())
                .param("liveSessions", sessions.stream().map(SessionPerson::sessionId).toArray(UUID[]::new))
                .param("liveUsers", sessions.stream().map(SessionPerson::userId).toArray(UUID[]::new))
                .param("sessionLive", sessions.stream().mapToLong(key -> live.get(key)[0]).toArray())
                .param("sessionEngaged", sessions.stream().mapToLong(key -> live.get(key)[1]).toArray())
                .param("pollUsers", polls.stream().map(Pair::userId).toArray(UUID[]::new))
                .param("polls", polls.stream().map(Pair::otherId).toArray(UUID[]::new))
                .param("downloadUsers", downloads.stream().map(Pair::userId).toArray(UUID[]::new))
                .param("attachments", downloads.stream().map(Pair::otherId).toArray(UUID[]::new));
        announcements.announce(eventId, run(statement, eventId));
    }

    /** Every attendee from all stored interactions; the session rollups are still empty, so every poll is new. */
    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql("update analytics_status_count set attendees = 0 where event_id = ?").param(eventId).update();
        announcements.announce(eventId, run(jdbc.sql(STORED + FOLD), eventId));
    }

    /** The people's rows; {@code analytics_status_count} is not among them (its registrations stay, see rebuild). */
    @Override
    public List<String> tables() {
        return List.of("user_event_stats", "event_stats");
    }

    private Changes run(JdbcClient.StatementSpec statement, UUID eventId) {
        EngagementSettings current = settings.current(eventId);
        List<UUID> reached = new ArrayList<>();
        List<EngagementScoresChanged.Score> scores = new ArrayList<>();
        ScoreSql.weighted(statement, current)
                .param("eventId", eventId)
                .param("threshold", current.attendanceThresholdSeconds())
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

    /** The batch as the statement reads it, added up in memory. */
    private static final String BATCH = """
            with batch as (
                select * from unnest(:users::uuid[], :live::int8[], :engaged::int8[], :recording::int8[],
                                     :onDemand::int8[], :reactions::int4[], :chat::int4[], :qa::int4[], :hands::int4[])
                    as b(user_id, live, engaged, recording, on_demand, reactions, chat_messages, qa_threads,
                         raised_hands)),
            live as (
                select * from unnest(:liveSessions::uuid[], :liveUsers::uuid[], :sessionLive::int8[],
                                     :sessionEngaged::int8[]) as l(session_id, user_id, live, engaged)),
            polls_in as (
                select * from unnest(:pollUsers::uuid[], :polls::uuid[]) as p(user_id, poll_id)),
            downloads_in as (
                select * from unnest(:downloadUsers::uuid[], :attachments::uuid[]) as d(user_id, attachment_id)),
            """;

    /** The same from every stored interaction of the event. */
    private static final String STORED = """
            with source as (
                select user_id, session_id, type, mode, seconds, engaged, poll_id, attachment_id
                from recorded_interaction where event_id = :eventId),
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
            polls_in as (
                select distinct user_id, poll_id from source where type = 'POLL_ANSWER'),
            downloads_in as (
                select distinct user_id, attachment_id from source where type = 'ATTACHMENT_DOWNLOAD'),
            """;

    /**
     * Everyone of the batch: their new totals and score, the event's sums moved by the difference, the changes. The
     * exact (numeric) sums pass through {@code trim_scale}: a sum added up over many folds then has the very digits of
     * one made at once, as a rebuild makes it. Stored rows are looked up by the batch's people ({@code = any} of one
     * array, which an index scan takes): a join would let the planner hash the whole event's rows, a cost that grows
     * with the event on every fold.
     */
    private static final String FOLD = """
            keys as (
                select array_agg(user_id) as users from batch),
            sessions_before as (
                select s.session_id, s.user_id, s.live_seconds, s.engaged_live_seconds from user_session_stats s
                where s.event_id = :eventId and s.user_id = any ((select users from keys)::uuid[])),
            rates as (
                select l.user_id,
                       sum((coalesce(s.engaged_live_seconds, 0) + l.engaged)::numeric
                               / (coalesce(s.live_seconds, 0) + l.live)
                           - case when s.live_seconds > 0
                                  then s.engaged_live_seconds::numeric / s.live_seconds else 0 end) as rate_change,
                       count(*) filter (where coalesce(s.live_seconds, 0) = 0) as new_live_sessions
                from live l
                left join sessions_before s on s.session_id = l.session_id and s.user_id = l.user_id
                group by l.user_id),
            new_polls as (
                select n.user_id, count(*) as polls
                from polls_in n
                where not exists (select 1 from user_session_poll p
                                  where p.event_id = :eventId and p.user_id = n.user_id and p.poll_id = n.poll_id)
                group by n.user_id),
            new_downloads as (
                select n.user_id, count(*) as downloads
                from downloads_in n
                where not exists (select 1 from user_attachment a where a.event_id = :eventId
                                  and a.user_id = n.user_id and a.attachment_id = n.attachment_id)
                group by n.user_id),
            prior as (
                select u.* from user_event_stats u
                where u.event_id = :eventId and u.user_id = any ((select users from keys)::uuid[])),
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
                from (select p.status, count(*) as attendees from analytics_person p
                      where p.event_id = :eventId
                        and p.person_id = any ((select array_agg(user_id) from scored where is_new)::uuid[])
                      group by p.status) a
                where c.event_id = :eventId and c.status = a.status)
            select user_id,
                   viewing_before < :threshold and live_seconds + recording_seconds >= :threshold as reached,
                   floor(score)::int as shown, coalesce(floor(score_before)::int, 0) as shown_before
            from scored
            where (viewing_before < :threshold and live_seconds + recording_seconds >= :threshold)
               or floor(score)::int <> coalesce(floor(score_before)::int, 0)"""
            .replace("$SCORE", ScoreSql.SCORE);
}
