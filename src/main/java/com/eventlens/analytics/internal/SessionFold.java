package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * Per (session, person): live, engaged and recording seconds, reactions, chat messages, Q&A threads, raised hands,
 * distinct polls answered and distinct attachments downloaded; per session the sums over its attendees.
 *
 * <p>The fold adds up the batch in memory, one row per (session, person), and upserts those rows in one statement;
 * what the upsert returns (whether a row is new, its seconds now) says who became an attendee or a viewer, so the
 * session totals need no look-up of the rows before (decision record 15). It also says what the engagement step after
 * it needs ({@link SessionChanges}: live seconds before and after, polls and attachments new to a person), which that
 * step would otherwise have to read back.
 */
@Component
@Order(1)
class SessionFold implements FoldStep {

    private final JdbcClient jdbc;

    SessionFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record SessionUser(UUID sessionId, UUID userId) {
    }

    private record Answer(UUID sessionId, UUID userId, UUID pollId) {
    }

    private record Download(UUID sessionId, UUID userId, UUID attachmentId) {
    }

    /** Sums of interactions: of the batch for one (session, person), or over a session's attendees. */
    private static class Sums {
        long live;
        long engaged;
        long recording;
        int reactions;
        int chatMessages;
        int qaThreads;
        int raisedHands;

        long seconds() {
            return live + recording;
        }

        void add(Sums other) {
            live += other.live;
            engaged += other.engaged;
            recording += other.recording;
            reactions += other.reactions;
            chatMessages += other.chatMessages;
            qaThreads += other.qaThreads;
            raisedHands += other.raisedHands;
        }
    }

    /** What the fold adds to one session's totals: its attendees' sums, and who became an attendee or a viewer. */
    private static final class Totals extends Sums {
        int attendees;
        int uniqueViewers;
        int pollsAnswered;
    }

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Map<SessionUser, Sums> sums = new HashMap<>();
        Set<Answer> answers = new LinkedHashSet<>();
        Set<Download> downloads = new LinkedHashSet<>();
        for (RecordedInteraction row : batch.interactions()) {
            if (row.sessionId() == null) {
                continue; // an on-demand view: VideoFold's
            }
            // Any interaction in a session makes its person an attendee, also an answer or a download that adds nothing.
            Sums sum = sums.computeIfAbsent(new SessionUser(row.sessionId(), row.userId()), key -> new Sums());
            switch (row.type()) {
                case VIEW -> {
                    if (row.mode() == ViewMode.LIVE) {
                        sum.live += row.seconds();
                        sum.engaged += Boolean.TRUE.equals(row.engaged()) ? row.seconds() : 0;
                    } else if (row.mode() == ViewMode.RECORDING) {
                        sum.recording += row.seconds();
                    }
                }
                case REACTION -> sum.reactions++;
                case CHAT_MESSAGE -> sum.chatMessages++;
                case QA_THREAD -> sum.qaThreads++;
                case RAISED_HAND -> sum.raisedHands++;
                case POLL_ANSWER -> answers.add(new Answer(row.sessionId(), row.userId(), row.pollId()));
                case ATTACHMENT_DOWNLOAD -> downloads.add(new Download(row.sessionId(), row.userId(), row.attachmentId()));
            }
        }
        if (sums.isEmpty()) {
            batch.sessionsFolded(SessionChanges.NONE);
            return;
        }
        Map<UUID, Totals> totals = new LinkedHashMap<>();
        batch.sessionsFolded(upsertPeople(eventId, sums, answers, downloads, totals));
        upsertSessions(eventId, totals);
    }

    /**
     * Upserts the (session, person) rows and adds to {@code totals} what that adds to each session's totals; returns
     * what the rows say about their people.
     */
    private SessionChanges upsertPeople(UUID eventId, Map<SessionUser, Sums> sums, Set<Answer> answers,
                                        Set<Download> downloads, Map<UUID, Totals> totals) {
        int n = sums.size();
        UUID[] sessions = new UUID[n];
        UUID[] users = new UUID[n];
        long[] live = new long[n];
        long[] engaged = new long[n];
        long[] recording = new long[n];
        int[] reactions = new int[n];
        int[] chat = new int[n];
        int[] qa = new int[n];
        int[] hands = new int[n];
        int i = 0;
        for (Map.Entry<SessionUser, Sums> entry : sums.entrySet()) {
            Sums sum = entry.getValue();
            sessions[i] = entry.getKey().sessionId();
            users[i] = entry.getKey().userId();
            live[i] = sum.live;
            engaged[i] = sum.engaged;
            recording[i] = sum.recording;
            reactions[i] = sum.reactions;
            chat[i] = sum.chatMessages;
            qa[i] = sum.qaThreads;
            hands[i] = sum.raisedHands;
            totals.computeIfAbsent(sessions[i], id -> new Totals()).add(sum);
            i++;
        }
        List<SessionChanges.LiveChange> liveChanges = new ArrayList<>();
        Map<UUID, Integer> newPolls = new HashMap<>();
        Map<UUID, Integer> newDownloads = new HashMap<>();
        jdbc.sql(UPSERT_PEOPLE)
                .param("eventId", eventId)
                .param("sessions", sessions).param("users", users)
                .param("live", live).param("engaged", engaged).param("recording", recording)
                .param("reactions", reactions).param("chat", chat).param("qa", qa).param("hands", hands)
                .param("pollSessions", answers.stream().map(Answer::sessionId).toArray(UUID[]::new))
                .param("pollUsers", answers.stream().map(Answer::userId).toArray(UUID[]::new))
                .param("polls", answers.stream().map(Answer::pollId).toArray(UUID[]::new))
                .param("downloadSessions", downloads.stream().map(Download::sessionId).toArray(UUID[]::new))
                .param("downloadUsers", downloads.stream().map(Download::userId).toArray(UUID[]::new))
                .param("attachments", downloads.stream().map(Download::attachmentId).toArray(UUID[]::new))
                .query(rs -> {
                    switch (rs.getString("kind")) {
                        case "PERSON" -> {
                            UUID session = rs.getObject("session_id", UUID.class);
                            UUID user = rs.getObject("user_id", UUID.class);
                            Sums added = sums.get(new SessionUser(session, user));
                            Totals total = totals.get(session);
                            if (rs.getBoolean("inserted")) {
                                total.attendees++;
                            }
                            if (added.seconds() > 0 && rs.getLong("seconds") == added.seconds()) {
                                total.uniqueViewers++; // had no viewing seconds before this fold
                            }
                            if (added.live > 0) {
                                long liveAfter = rs.getLong("live_seconds");
                                long engagedAfter = rs.getLong("engaged_live_seconds");
                                liveChanges.add(new SessionChanges.LiveChange(user, liveAfter - added.live,
                                        engagedAfter - added.engaged, liveAfter, engagedAfter));
                            }
                        }
                        case "SESSION_POLLS" -> totals.get(rs.getObject("session_id", UUID.class)).pollsAnswered +=
                                rs.getInt("count");
                        case "EVENT_POLLS" -> newPolls.put(rs.getObject("user_id", UUID.class), rs.getInt("count"));
                        case "DOWNLOADS" -> newDownloads.put(rs.getObject("user_id", UUID.class), rs.getInt("count"));
                        default -> throw new IllegalStateException("Unknown row " + rs.getString("kind"));
                    }
                });
        return new SessionChanges(liveChanges, newPolls, newDownloads);
    }

    private void upsertSessions(UUID eventId, Map<UUID, Totals> totals) {
        List<Totals> rows = new ArrayList<>(totals.values());
        jdbc.sql(UPSERT_SESSIONS)
                .param("eventId", eventId)
                .param("sessions", totals.keySet().toArray(UUID[]::new))
                .param("attendees", rows.stream().mapToInt(t -> t.attendees).toArray())
                .param("viewers", rows.stream().mapToInt(t -> t.uniqueViewers).toArray())
                .param("live", rows.stream().mapToLong(t -> t.live).toArray())
                .param("engaged", rows.stream().mapToLong(t -> t.engaged).toArray())
                .param("recording", rows.stream().mapToLong(t -> t.recording).toArray())
                .param("reactions", rows.stream().mapToInt(t -> t.reactions).toArray())
                .param("chat", rows.stream().mapToInt(t -> t.chatMessages).toArray())
                .param("qa", rows.stream().mapToInt(t -> t.qaThreads).toArray())
                .param("hands", rows.stream().mapToInt(t -> t.raisedHands).toArray())
                .param("polls", rows.stream().mapToInt(t -> t.pollsAnswered).toArray())
                .update();
    }

    /**
     * The batch's (session, person) rows with the polls and downloads new to them, upserted. Returns rows of four
     * kinds: {@code PERSON}, per upserted row whether it is new ({@code xmax = 0}: the row version was inserted, not
     * updated by ON CONFLICT) and its seconds now; {@code SESSION_POLLS}, per session how many polls were new to their
     * person there; {@code EVENT_POLLS}, per person how many polls no session of theirs held before (every sub-statement
     * sees the table as it was before the statement, so a poll stored in another session earlier is found, and one
     * stored in two sessions by this very statement counts once); {@code DOWNLOADS}, per person how many attachments
     * are new to them ({@code user_attachment} is per event). The look-up of a person's earlier polls runs once per new
     * poll ({@code offset 0} keeps it a per-row probe of the person's index, never a scan of the event's polls).
     */
    private static final String UPSERT_PEOPLE = """
            with delta as (
                select * from unnest(:sessions::uuid[], :users::uuid[], :live::int8[], :engaged::int8[],
                                     :recording::int8[], :reactions::int4[], :chat::int4[], :qa::int4[], :hands::int4[])
                    as d(session_id, user_id, live, engaged, recording, reactions, chat_messages, qa_threads,
                         raised_hands)),
            new_polls as (
                insert into user_session_poll (event_id, session_id, user_id, poll_id)
                select :eventId, s, u, p from unnest(:pollSessions::uuid[], :pollUsers::uuid[], :polls::uuid[]) as a(s, u, p)
                on conflict do nothing
                returning session_id, user_id, poll_id),
            new_downloads as (
                insert into user_attachment (event_id, user_id, attachment_id, session_id)
                select :eventId, u, a, s
                from unnest(:downloadSessions::uuid[], :downloadUsers::uuid[], :attachments::uuid[]) as x(s, u, a)
                on conflict do nothing
                returning session_id, user_id),
            new_session_attachments as (
                insert into session_attachment (event_id, session_id, attachment_id)
                select distinct :eventId, s, a from unnest(:downloadSessions::uuid[], :attachments::uuid[]) as x(s, a)
                on conflict do nothing
                returning 1),
            full_delta as (
                select session_id, user_id, sum(live) as live, sum(engaged) as engaged, sum(recording) as recording,
                       sum(reactions) as reactions, sum(chat_messages) as chat_messages, sum(qa_threads) as qa_threads,
                       sum(raised_hands) as raised_hands, sum(polls) as polls, sum(downloads) as downloads
                from (
                    select session_id, user_id, live, engaged, recording, reactions, chat_messages, qa_threads,
                           raised_hands, 0 as polls, 0 as downloads
                    from delta
                    union all
                    select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, count(*), 0 from new_polls group by session_id, user_id
                    union all
                    select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from new_downloads
                    group by session_id, user_id
                ) parts
                group by session_id, user_id),
            upserted as (
                insert into user_session_stats (event_id, session_id, user_id, live_seconds, engaged_live_seconds,
                    recording_seconds, reactions, chat_messages, qa_threads, raised_hands, polls_answered,
                    attachments_downloaded)
                select :eventId, session_id, user_id, live, engaged, recording, reactions, chat_messages, qa_threads,
                       raised_hands, polls, downloads
                from full_delta
                on conflict (event_id, user_id, session_id) do update set
                    live_seconds = user_session_stats.live_seconds + excluded.live_seconds,
                    engaged_live_seconds = user_session_stats.engaged_live_seconds + excluded.engaged_live_seconds,
                    recording_seconds = user_session_stats.recording_seconds + excluded.recording_seconds,
                    reactions = user_session_stats.reactions + excluded.reactions,
                    chat_messages = user_session_stats.chat_messages + excluded.chat_messages,
                    qa_threads = user_session_stats.qa_threads + excluded.qa_threads,
                    raised_hands = user_session_stats.raised_hands + excluded.raised_hands,
                    polls_answered = user_session_stats.polls_answered + excluded.polls_answered,
                    attachments_downloaded = user_session_stats.attachments_downloaded + excluded.attachments_downloaded
                returning session_id, user_id, xmax = 0 as inserted, live_seconds + recording_seconds as seconds,
                          live_seconds, engaged_live_seconds)
            select 'PERSON' as kind, session_id, user_id, inserted, seconds, live_seconds, engaged_live_seconds,
                   0 as count
            from upserted
            union all
            select 'SESSION_POLLS', session_id, null, null, null, null, null, count(*) from new_polls group by session_id
            union all
            select 'EVENT_POLLS', null, user_id, null, null, null, null, count(distinct poll_id)
            from new_polls n
            where not exists (select 1 from user_session_poll p
                              where p.event_id = :eventId and p.user_id = n.user_id and p.poll_id = n.poll_id offset 0)
            group by user_id
            union all
            select 'DOWNLOADS', null, user_id, null, null, null, null, count(*) from new_downloads group by user_id""";

    private static final String UPSERT_SESSIONS = """
            insert into session_stats (event_id, session_id, attendees, unique_viewers, live_seconds,
                engaged_live_seconds, recording_seconds, reactions, chat_messages, qa_threads, raised_hands,
                polls_answered)
            select :eventId, * from unnest(:sessions::uuid[], :attendees::int4[], :viewers::int4[], :live::int8[],
                                           :engaged::int8[], :recording::int8[], :reactions::int4[], :chat::int4[],
                                           :qa::int4[], :hands::int4[], :polls::int4[])
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

    @Override
    public void rebuild(UUID eventId) {
        for (String statement : REBUILD) {
            jdbc.sql(statement).param("eventId", eventId).update();
        }
    }

    /**
     * The same rows from all of the event's interactions at once: the distinct polls and downloads first, then one
     * aggregate a (session, person) with their counts, then the session totals from those rows.
     */
    private static final List<String> REBUILD = List.of("""
            insert into user_session_poll (event_id, session_id, user_id, poll_id)
            select distinct event_id, session_id, user_id, poll_id from recorded_interaction
            where event_id = :eventId and type = 'POLL_ANSWER'""", """
            insert into user_attachment (event_id, user_id, attachment_id, session_id)
            select distinct on (user_id, attachment_id) event_id, user_id, attachment_id, session_id
            from recorded_interaction
            where event_id = :eventId and type = 'ATTACHMENT_DOWNLOAD'
            order by user_id, attachment_id, received_at, id""", """
            insert into session_attachment (event_id, session_id, attachment_id)
            select distinct event_id, session_id, attachment_id from user_attachment where event_id = :eventId""", """
            insert into user_session_stats (event_id, session_id, user_id, live_seconds, engaged_live_seconds,
                recording_seconds, reactions, chat_messages, qa_threads, raised_hands, polls_answered,
                attachments_downloaded)
            select :eventId, session_id, user_id, sum(live), sum(engaged), sum(recording), sum(reactions),
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
                from recorded_interaction where event_id = :eventId and session_id is not null
                group by session_id, user_id
                union all
                select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, count(*), 0 from user_session_poll
                where event_id = :eventId group by session_id, user_id
                union all
                select session_id, user_id, 0, 0, 0, 0, 0, 0, 0, 0, count(*) from user_attachment
                where event_id = :eventId group by session_id, user_id
            ) parts
            group by session_id, user_id""", """
            insert into session_stats (event_id, session_id, attendees, unique_viewers, live_seconds,
                engaged_live_seconds, recording_seconds, reactions, chat_messages, qa_threads, raised_hands,
                polls_answered)
            select event_id, session_id, count(*), count(*) filter (where live_seconds + recording_seconds > 0),
                   sum(live_seconds), sum(engaged_live_seconds), sum(recording_seconds), sum(reactions),
                   sum(chat_messages), sum(qa_threads), sum(raised_hands), sum(polls_answered)
            from user_session_stats where event_id = :eventId
            group by event_id, session_id""");

    @Override
    public List<String> tables() {
        return List.of("user_session_poll", "user_attachment", "session_attachment", "user_session_stats",
                "session_stats");
    }
}
