package com.eventlens.content.internal;

import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.content.ContentPublished;
import com.eventlens.content.ContentUpdated;
import com.eventlens.content.Video;
import com.eventlens.content.VideoKind;
import com.eventlens.shared.data.ChosenIdAggregate;
import com.eventlens.shared.data.EventScopedId;

/**
 * The video aggregate: on-demand content, or the recording of one session. What it is and whose recording it is
 * never change, because its views were counted as such.
 */
@Table("content")
class VideoEntity extends ChosenIdAggregate<VideoEntity, EventScopedId> {

    @Id
    private final EventScopedId id;
    private String name;
    private final VideoKind kind;
    private final UUID sessionId;
    private int durationSeconds;

    @PersistenceCreator
    VideoEntity(EventScopedId id, String name, VideoKind kind, UUID sessionId, int durationSeconds) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.sessionId = sessionId;
        this.durationSeconds = durationSeconds;
    }

    static VideoEntity publish(Video video) {
        VideoEntity published = new VideoEntity(new EventScopedId(video.eventId(), video.id()), video.name(),
                video.kind(), video.sessionId(), video.durationSeconds());
        published.registerEvent(new ContentPublished(video.eventId(), video.id(), video.kind(), video.sessionId()));
        return published.asNew();
    }

    /** Takes the video's new name and duration; announces them if anything changed. */
    VideoEntity update(Video video) {
        if (video.kind() != kind || !Objects.equals(video.sessionId(), sessionId)) {
            throw new IllegalArgumentException("Video " + id.id() + " stays " + describe(kind, sessionId)
                    + "; it cannot become " + describe(video.kind(), video.sessionId()));
        }
        if (!video.equals(toVideo())) {
            name = video.name();
            durationSeconds = video.durationSeconds();
            registerEvent(new ContentUpdated(id.eventId(), id.id()));
        }
        return this;
    }

    private static String describe(VideoKind kind, UUID sessionId) {
        return kind == VideoKind.ON_DEMAND ? "on-demand content" : "the recording of session " + sessionId;
    }

    @Override
    public EventScopedId getId() {
        return id;
    }

    Video toVideo() {
        return new Video(id.eventId(), id.id(), name, kind, sessionId, durationSeconds);
    }
}
