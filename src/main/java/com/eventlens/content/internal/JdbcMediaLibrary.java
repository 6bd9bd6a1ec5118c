package com.eventlens.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.content.Attachment;
import com.eventlens.content.AttachmentAdded;
import com.eventlens.content.ContentPublished;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.content.VideoKind;

@Service
@Transactional(readOnly = true)
class JdbcMediaLibrary implements MediaLibrary {

    private static final String VIDEO_COLUMNS = "event_id, id, name, kind, session_id, duration_seconds";
    private static final String ATTACHMENT_COLUMNS = "event_id, id, session_id, name, content_type, size_bytes";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcMediaLibrary(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void publish(Video video) {
        boolean created = jdbc.sql("""
                        insert into content (event_id, id, name, kind, session_id, duration_seconds)
                        values (:eventId, :id, :name, :kind, :sessionId, :durationSeconds)
                        on conflict (event_id, id) do update set name = excluded.name, kind = excluded.kind,
                            session_id = excluded.session_id, duration_seconds = excluded.duration_seconds
                        returning (xmax = 0)""")
                .param("eventId", video.eventId())
                .param("id", video.id())
                .param("name", video.name())
                .param("kind", video.kind().name())
                .param("sessionId", video.sessionId())
                .param("durationSeconds", video.durationSeconds())
                .query(Boolean.class)
                .single();
        if (created) {
            events.publishEvent(new ContentPublished(video.eventId(), video.id(), video.kind()));
        }
    }

    @Override
    @Transactional
    public void attach(Attachment attachment) {
        boolean created = jdbc.sql("""
                        insert into attachment (event_id, id, session_id, name, content_type, size_bytes)
                        values (:eventId, :id, :sessionId, :name, :contentType, :sizeBytes)
                        on conflict (event_id, id) do update set session_id = excluded.session_id,
                            name = excluded.name, content_type = excluded.content_type, size_bytes = excluded.size_bytes
                        returning (xmax = 0)""")
                .param("eventId", attachment.eventId())
                .param("id", attachment.id())
                .param("sessionId", attachment.sessionId())
                .param("name", attachment.name())
                .param("contentType", attachment.contentType())
                .param("sizeBytes", attachment.sizeBytes())
                .query(Boolean.class)
                .single();
        if (created) {
            events.publishEvent(new AttachmentAdded(attachment.eventId(), attachment.id(), attachment.sessionId()));
        }
    }

    @Override
    public List<Video> onDemandVideos(UUID eventId) {
        return videos(eventId, VideoKind.ON_DEMAND);
    }

    @Override
    public List<Video> recordings(UUID eventId) {
        return videos(eventId, VideoKind.RECORDING);
    }

    @Override
    public Optional<Video> findVideo(UUID eventId, UUID videoId) {
        return jdbc.sql("select " + VIDEO_COLUMNS + " from content where event_id = ? and id = ?")
                .param(eventId)
                .param(videoId)
                .query(JdbcMediaLibrary::video)
                .optional();
    }

    @Override
    public List<Attachment> attachments(UUID eventId) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from attachment where event_id = ? order by session_id, name")
                .param(eventId)
                .query(JdbcMediaLibrary::attachment)
                .list();
    }

    private List<Video> videos(UUID eventId, VideoKind kind) {
        return jdbc.sql("select " + VIDEO_COLUMNS + " from content where event_id = ? and kind = ? order by name, id")
                .param(eventId)
                .param(kind.name())
                .query(JdbcMediaLibrary::video)
                .list();
    }

    private static Video video(ResultSet rs, int row) throws SQLException {
        return new Video(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("name"),
                VideoKind.valueOf(rs.getString("kind")), rs.getObject("session_id", UUID.class),
                rs.getInt("duration_seconds"));
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getString("name"), rs.getString("content_type"),
                rs.getLong("size_bytes"));
    }
}
