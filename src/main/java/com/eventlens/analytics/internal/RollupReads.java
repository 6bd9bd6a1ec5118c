package com.eventlens.analytics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' queries: indexed look-ups of the rollups, never a scan of raw interactions. Sorting and
 * paging of the big tables (a session's attendees, a video's viewers) happen here, in SQL.
 */
@Repository
class RollupReads {

    /** The sortable columns of the Attendees table and their SQL; each ends with the user id as tie-breaker. */
    static final Map<String, String> ATTENDEE_SORTS = Map.of(
            "secondsViewed", "live_seconds + recording_seconds",
            "reactions", "reactions",
            "chatMessages", "chat_messages",
            "pollsAnswered", "polls_answered",
            "liveEngagementRate", "engaged_live_seconds::float8 / nullif(live_seconds, 0)");

    static final Map<String, String> VIEWER_SORTS = Map.of(
            "secondsViewed", "seconds",
            "completionRate", "covered_slots");

    private final JdbcClient jdbc;

    RollupReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SessionRow(UUID sessionId, UUID userId, long liveSeconds, long engagedLiveSeconds, long recordingSeconds,
                      long reactions, long chatMessages, long qaThreads, long raisedHands, long pollsAnswered,
                      long attachmentsDownloaded) {

        long secondsViewed() {
            return liveSeconds + recordingSeconds;
        }

        Double liveEngagementRate() {
            return Rates.of(engagedLiveSeconds, liveSeconds);
        }
    }

    record SessionTotals(UUID sessionId, long attendees, long uniqueViewers, long liveSeconds, long engagedLiveSeconds,
                         long recordingSeconds, long reactions, long chatMessages, long qaThreads, long raisedHands,
                         long pollsAnswered) {

        static SessionTotals none(UUID sessionId) {
            return new SessionTotals(sessionId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    record VideoRow(UUID contentId, UUID userId, long seconds, int coveredSlots) {
    }

    record VideoTotals(UUID contentId, long viewers, long seconds) {
    }

    record Download(UUID attachmentId, UUID sessionId) {
    }

    private static final String SESSION_ROW = """
            select session_id, user_id, live_seconds, engaged_live_seconds, recording_seconds, reactions, chat_messages,
                   qa_threads, raised_hands, polls_answered, attachments_downloaded from user_session_stats""";

    List<SessionRow> sessionsOfUser(UUID eventId, UUID userId) {
        return jdbc.sql(SESSION_ROW + " where event_id = ? and user_id = ?")
                .param(eventId).param(userId).query(RollupReads::sessionRow).list();
    }

    long distinctPollsOfUser(UUID eventId, UUID userId) {
        return jdbc.sql("select count(distinct poll_id) from user_session_poll where event_id = ? and user_id = ?")
                .param(eventId).param(userId).query(Long.class).single();
    }

    List<Download> downloadsOfUser(UUID eventId, UUID userId) {
        return jdbc.sql("select attachment_id, session_id from user_attachment where event_id = ? and user_id = ?")
                .param(eventId).param(userId)
                .query((rs, n) -> new Download(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    List<VideoRow> videosOfUser(UUID eventId, UUID userId) {
        return jdbc.sql("select content_id, user_id, seconds, covered_slots from user_video_stats where event_id = ? and user_id = ?")
                .param(eventId).param(userId).query(RollupReads::videoRow).list();
    }

    Optional<Instant> dataAsOf(UUID eventId) {
        return jdbc.sql("select data_as_of from analytics_event_state where event_id = ?").param(eventId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    Map<UUID, SessionTotals> sessionTotals(UUID eventId) {
        return jdbc.sql("""
                        select session_id, attendees, unique_viewers, live_seconds, engaged_live_seconds,
                               recording_seconds, reactions, chat_messages, qa_threads, raised_hands, polls_answered
                        from session_stats where event_id = ?""")
                .param(eventId)
                .query((rs, n) -> new SessionTotals(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11)))
                .list().stream().collect(Collectors.toMap(SessionTotals::sessionId, Function.identity()));
    }

    /** Per session: how many of its distinct attachments anyone downloaded. */
    Map<UUID, Long> downloadedAttachmentsPerSession(UUID eventId) {
        return jdbc.sql("select session_id, count(*) from session_attachment where event_id = ? group by session_id")
                .param(eventId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<SessionRow> attendees(UUID eventId, UUID sessionId, String sort, boolean descending, int limit, long offset) {
        String order = orderBy(ATTENDEE_SORTS, sort, descending);
        return jdbc.sql(SESSION_ROW + " where event_id = ? and session_id = ? order by " + order + " limit ? offset ?")
                .param(eventId).param(sessionId).param(limit).param(offset)
                .query(RollupReads::sessionRow).list();
    }

    Map<UUID, VideoTotals> videoTotals(UUID eventId) {
        return jdbc.sql("select content_id, viewers, seconds from video_stats where event_id = ?")
                .param(eventId)
                .query((rs, n) -> new VideoTotals(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)))
                .list().stream().collect(Collectors.toMap(VideoTotals::contentId, Function.identity()));
    }

    /** Per video: the sum over its viewers of min(10 s × slots, duration) ({@code video_completion}). */
    Map<UUID, Long> cappedSeconds(UUID eventId) {
        return jdbc.sql("select content_id, capped_seconds from video_completion where event_id = ?")
                .param(eventId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<VideoRow> viewers(UUID eventId, UUID contentId, String sort, boolean descending, int limit, long offset) {
        String order = orderBy(VIEWER_SORTS, sort, descending);
        return jdbc.sql("select content_id, user_id, seconds, covered_slots from user_video_stats"
                        + " where event_id = ? and content_id = ? order by " + order + " limit ? offset ?")
                .param(eventId).param(contentId).param(limit).param(offset)
                .query(RollupReads::videoRow).list();
    }

    /**
     * An ORDER BY from a whitelisted column: user input never reaches the SQL text. Rows with the same value
     * follow the user id in the same direction, so that the minutes indexes serve either direction.
     */
    private static String orderBy(Map<String, String> sorts, String sort, boolean descending) {
        String expression = sorts.get(sort);
        if (expression == null) {
            throw new IllegalArgumentException("sort must be one of " + sorts.keySet() + ", was " + sort);
        }
        String direction = descending ? " desc" : " asc";
        // Only the engagement rate can be null (no live viewing); it sorts after every rate either way.
        String nulls = expression.contains("nullif") ? " nulls last" : "";
        return expression + direction + nulls + ", user_id" + direction;
    }

    private static SessionRow sessionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SessionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11));
    }

    private static VideoRow videoRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new VideoRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3), rs.getInt(4));
    }
}
