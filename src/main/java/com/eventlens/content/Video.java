package com.eventlens.content;

import java.util.Objects;
import java.util.UUID;

/**
 * A video of an event: on-demand content, or the recording of a session.
 *
 * @param sessionId the recorded session for a {@link VideoKind#RECORDING}, {@code null} for on-demand content
 */
public record Video(UUID eventId, UUID id, String name, VideoKind kind, UUID sessionId, int durationSeconds) {

    public Video {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == VideoKind.RECORDING) != (sessionId != null)) {
            throw new IllegalArgumentException("A recording belongs to a session, on-demand content to none");
        }
        if (durationSeconds <= 0) {
            throw new IllegalArgumentException("A video lasts at least one second");
        }
    }

    public static Video onDemand(UUID eventId, UUID id, String name, int durationSeconds) {
        return new Video(eventId, id, name, VideoKind.ON_DEMAND, null, durationSeconds);
    }

    public static Video recording(UUID eventId, UUID id, UUID sessionId, String name, int durationSeconds) {
        return new Video(eventId, id, name, VideoKind.RECORDING, sessionId, durationSeconds);
    }
}
