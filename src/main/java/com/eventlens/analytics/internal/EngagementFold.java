package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>It runs <em>after</em> {@link SessionFold} and takes what that step's upsert learned ({@link SessionChanges}): a
 * person's per-session live engagement rates before and after the fold (so the sum of the rates moves by their
 * difference), and the polls and attachments new to them. It reads no session rollup back. The batch's other sums are
 * added up in memory, one row a person; the stored totals are looked up person by person through the primary key,
 * whatever the planner thinks of the table's size (decision record 18). A rebuild runs the same statement with the
 * same inputs computed from every stored interaction.
 */
@Component
@Order(2)
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

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Map<UUID, Sums> people = new HashMap<>();
        for (RecordedInteraction row : batch.interactions()) {
            Sums sums = people.computeIfAbsent(row.userId(), id -> new Sums()); // any interaction makes an attendee
            switch (row.type()) {
                case VIEW -> {
                    int seconds = row.seconds();
                    if (row.mode() == ViewMode.LIVE) {
                        sums.live += seconds;
                        sums.engaged += Boolean.TRUE.equals(row.engaged()) ? seconds : 0;
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
                case POLL_ANSWER, ATTACHMENT_DOWNLOAD -> {
                    // distinct per person: the session step knows which are new (SessionChanges)
                }
            }
        }
        if (people.isEmpty()) {
            return;
        }
        SessionChanges sessions = batch.sessionChanges();
        List<UUID> users = List.copyOf(people.keySet());
        List<Sums> sums = users.stream().map(people::get).toList();
        List<SessionChanges.LiveChange> live = sessions.live();
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
                .param("liveUsers", live.stream().map(SessionChanges.LiveChange::userId).toArray(UUID[]::new))
                .param("liveBefore", live.stream().mapToLong(SessionChanges.LiveChange::liveBefore).toArray())
                .param("engagedBefore", live.stream().mapToLong(SessionChanges.LiveChange::engagedBefore).toArray())
                .param("liveAfter", live.stream().mapToLong(SessionChanges.LiveChange::liveAfter).toArray())
                .param("engagedAfter", live.stream().mapToLong(SessionChanges.LiveChange::engagedAfter).toArray())
                .param("pollUsers", sessions.newPolls().keySet().toArray(UUID[]::new))
                .param("polls", sessions.newPolls().values().stream().mapToInt(Integer::intValue).toArray())
                .param("downloadUsers", sessions.newDownloads().keySet().toArray(UUID[]::new))
                .param("downloads", sessions.newDownloads().values().stream().mapToInt(Integer::intValue).toArray());
        announcements.announce(eventId, run(statement, eventId));
    }

    /** Every attendee from all stored interactions, with the same statement: every poll and attachment is new. */
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

    /**
     * The batch as the statement reads it, added up in memory: per person their sums, the change of their live
     * engagement rates summed over the sessions whose live seconds moved (exact numeric quotients, as the rebuild
     * computes them) with how many of those sessions had no live seconds before, and their polls and attachments new
     * to the event.
     */
    private static final String BATCH = """
            with batch as (
                select * from unnest(:users::uuid[], :live::int8[], :engaged::int8[], :recording::int8[],
                                     :onDemand::int8[], :reactions::int4[], :chat::int4[], :qa::int4[], :hands::int4[])
                    as b(user_id, live, engaged, recording, on_demand, reactions, chat_messages, qa_threads,
                         raised_hands)),
            rates as (
                select user_id,
                       sum(engaged_after::numeric / live_after
                           - case when live_before > 0 then engaged_before::numeric / live_before else 0 end)
                           as rate_change,
                       count(*) filter (where live_before = 0) as new_live_sessions
                from unnest(:liveUsers::uuid[], :liveBefore::int8[], :engagedBefore::int8[], :liveAfter::int8[],
                            :engagedAfter::int8[]) as l(user_id, live_before, engaged_before, live_after, engaged_after)
                group by user_id),
            new_polls as (
                select * from unnest(:pollUsers::uuid[], :polls::int4[]) as p(user_id, polls)),
            new_downloads as (
                select * from unnest(:downloadUsers::uuid[], :downloads::int4[]) as d(user_id, downloads)),
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
            rates as (
                select user_id, sum(engaged::numeric / live) as rate_change, count(*) as new_live_sessions
                from (select session_id, user_id, sum(seconds) as live,
                             coalesce(sum(seconds) filter (where engaged), 0) as engaged
                      from source where mode = 'LIVE' group by session_id, user_id) sessions
                group by user_id),
            new_polls as (
                select user_id, count(distinct poll_id) as polls from source where type = 'POLL_ANSWER'
                group by user_id),
            new_downloads as (
                select user_id, count(distinct attachment_id) as downloads from source
                where type = 'ATTACHMENT_DOWNLOAD' group by user_id),
            """;

    /**
     * Everyone of the batch: their new totals and score, the event's sums moved by the difference, the changes. The
     * exact (numeric) sums pass through {@code trim_scale}: a sum added up over many folds then has the very digits of
     * one made at once, as a rebuild makes it. Stored rows are looked up person by person by their primary key: a
     * lateral subquery with {@code offset 0} stays a probe per person whatever the table's statistics say, where a join
     * (or {@code = any} of an array, over another index) let the planner read the whole event's rows on every fold.
     */
    private static final String FOLD = """
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
                left join lateral (select * from user_event_stats u
                                   where u.event_id = :eventId and u.user_id = b.user_id offset 0) p on true
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
                      from scored s
                      join lateral (select status from analytics_person p
                                    where p.event_id = :eventId and p.person_id = s.user_id offset 0) p on true
                      where s.is_new
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
