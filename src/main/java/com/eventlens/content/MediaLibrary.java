package com.eventlens.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The videos and attachments of an event. */
public interface MediaLibrary {

    /**
     * Adds the video, or updates the one with the same id.
     *
     * @throws IllegalArgumentException when the update would turn on-demand content into a recording or back, or
     *                                  move a recording to another session (their views were counted as such)
     */
    void publish(Video video);

    /** Adds the attachment, or updates the one with the same id. */
    void attach(Attachment attachment);

    /** The event's on-demand content (not the recordings), by name. */
    List<Video> onDemandVideos(UUID eventId);

    /** The event's session recordings, by name. */
    List<Video> recordings(UUID eventId);

    Optional<Video> findVideo(UUID eventId, UUID videoId);

    /** The event's attachments, by session and name. */
    List<Attachment> attachments(UUID eventId);

    Optional<Attachment> findAttachment(UUID eventId, UUID attachmentId);

    /** Who watched each on-demand video of the event that had viewers (as the analytics module counts it). */
    java.util.Map<UUID, VideoAudience> videoAudiences(UUID eventId);

    /** How many people downloaded each attachment of the event that anyone downloaded. */
    java.util.Map<UUID, Long> attachmentDownloads(UUID eventId);

    /** The names of the event's sessions, by id (as the sessions module publishes them), for the media they offer. */
    java.util.Map<UUID, String> sessionNames(UUID eventId);
}
