package com.eventlens.content.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.content.VideoAudience;

/**
 * What the Media page shows beside the library, read from views other modules publish as their contracts (decision
 * record 12), since they depend on content: the analytics module's {@code video_audience} and
 * {@code attachment_audience}, and the sessions module's {@code scheduled_session} for the sessions' names.
 */
@Repository
class MediaAudiences {

    private final JdbcClient jdbc;

    MediaAudiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, VideoAudience> videos(UUID eventId) {
        return jdbc.sql("""
                        select content_id, viewers, seconds_viewed, average_completion_rate from video_audience
                        where event_id = ?""")
                .param(eventId)
                .query((rs, row) -> new VideoAudience(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, Double.class)))
                .list().stream().collect(Collectors.toMap(VideoAudience::contentId, audience -> audience));
    }

    Map<UUID, Long> attachmentDownloads(UUID eventId) {
        return jdbc.sql("select attachment_id, downloaded_by from attachment_audience where event_id = ?")
                .param(eventId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<UUID, String> sessionNames(UUID eventId) {
        return jdbc.sql("select session_id, name from scheduled_session where event_id = ?")
                .param(eventId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
