package com.eventlens.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.analytics.Breakdown;
import com.eventlens.people.RegistrationStatus;

/**
 * The event-level queries of the Event analytics page and its JSON: a handful of rows each, read from the event's
 * sums and counts and the live-viewer buckets, never a pass over its attendees — but for a breakdown, which groups
 * them by a field of their profile in one query.
 */
@Repository
class EventReads {

    private final JdbcClient jdbc;

    EventReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums over the event's attendees ({@code event_stats}). */
    record AttendeeSums(long attendees, long pollResponses, long attachmentsDownloaded, double scoreSum, long hot,
                        long warm, long cold) {

        static final AttendeeSums NONE = new AttendeeSums(0, 0, 0, 0, 0, 0, 0);
    }

    /** How many people of a status are registered, and how many of them attended. */
    record StatusCount(long people, long attendees) {
    }

    /** The peak of a series: its number of viewers and the earliest minute that reached it. */
    record Peak(long viewers, Instant at) {

        static final Peak NONE = new Peak(0, null);
    }

    /** An attendee with one of the highest scores. */
    record Engaged(UUID userId, double score) {
    }

    AttendeeSums attendeeSums(UUID eventId) {
        return jdbc.sql("""
                        select attendees, poll_responses, attachments_downloaded, score_sum::float8, hot, warm, cold
                        from event_stats where event_id = ?""")
                .param(eventId)
                .query((rs, n) -> new AttendeeSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .optional().orElse(AttendeeSums.NONE);
    }

    Map<RegistrationStatus, StatusCount> statusCounts(UUID eventId) {
        Map<RegistrationStatus, StatusCount> counts = new EnumMap<>(RegistrationStatus.class);
        jdbc.sql("select status, people, attendees from analytics_status_count where event_id = ?")
                .param(eventId)
                .query((rs, n) -> counts.put(RegistrationStatus.valueOf(rs.getString(1)),
                        new StatusCount(rs.getLong(2), rs.getLong(3))))
                .list();
        return counts;
    }

    /** The peak of the event ({@link LiveViewersFold#WHOLE_EVENT}) or of a session. */
    Peak peak(UUID eventId, UUID scope) {
        return jdbc.sql("""
                        select viewers, bucket from live_viewers
                        where event_id = ? and session_id = ? and bucket_minutes = 1
                        order by viewers desc, bucket limit 1""")
                .param(eventId).param(scope)
                .query((rs, n) -> new Peak(rs.getLong(1), instant(rs, 2)))
                .optional().orElse(Peak.NONE);
    }

    /** The peak of every session of the event that had live viewers. */
    Map<UUID, Peak> sessionPeaks(UUID eventId) {
        Map<UUID, Peak> peaks = new HashMap<>();
        jdbc.sql("""
                        select distinct on (session_id) session_id, viewers, bucket from live_viewers
                        where event_id = ? and bucket_minutes = 1 and session_id <> ?
                        order by session_id, viewers desc, bucket""")
                .param(eventId).param(LiveViewersFold.WHOLE_EVENT)
                .query((rs, n) -> peaks.put(rs.getObject(1, UUID.class), new Peak(rs.getLong(2), instant(rs, 3))))
                .list();
        return peaks;
    }

    /** The buckets of a series that had viewers, in time order. */
    Map<Instant, Long> liveViewers(UUID eventId, UUID scope, int interval) {
        Map<Instant, Long> buckets = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select bucket, viewers from live_viewers
                        where event_id = ? and session_id = ? and bucket_minutes = ? order by bucket""")
                .param(eventId).param(scope).param(interval)
                .query((rs, n) -> buckets.put(instant(rs, 1), rs.getLong(2)))
                .list();
        return buckets;
    }

    List<Engaged> mostEngaged(UUID eventId, int limit) {
        return jdbc.sql("""
                        select user_id, score from user_event_stats where event_id = ?
                        order by score desc, user_id limit ?""")
                .param(eventId).param(limit)
                .query((rs, n) -> new Engaged(rs.getObject(1, UUID.class), rs.getDouble(2)))
                .list();
    }

    /** The attendees grouped by a field of their profile; rows with the most attendees first, then by value. */
    List<Breakdown.Row> breakdown(UUID eventId, Breakdown.By by) {
        String value = switch (by) {
            case COMPANY -> "nullif(p.company, '')";
            case COUNTRY -> "p.country";
            case INDUSTRY -> "nullif(p.industry, '')";
            case ROLE -> "r.role";
        };
        String roles = by == Breakdown.By.ROLE ? " left join lateral unnest(p.roles) as r (role) on true" : "";
        return jdbc.sql("select " + value + " as value, count(*), "
                        + """
                        sum(u.live_seconds + u.recording_seconds + u.on_demand_seconds),
                        sum(u.engaged_live_seconds), sum(u.live_seconds), avg(u.score)
                        from user_event_stats u
                        left join analytics_person p on p.event_id = u.event_id and p.person_id = u.user_id"""
                        + roles + " where u.event_id = ? group by 1 order by 2 desc, 1 nulls last")
                .param(eventId)
                .query((rs, n) -> new Breakdown.Row(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        Rates.of(rs.getLong(4), rs.getLong(5)), rs.getDouble(6)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
