package com.eventlens.content;

import java.util.UUID;

/**
 * A video was added to an event: on-demand content, or the recording of a session.
 *
 * @param sessionId the recorded session for a {@link VideoKind#RECORDING}, {@code null} for on-demand content
 */
public record ContentPublished(UUID eventId, UUID contentId, VideoKind kind, UUID sessionId) {
}
