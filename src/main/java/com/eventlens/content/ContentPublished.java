package com.eventlens.content;

import java.util.UUID;

/** A video (on-demand content or a recording) was added to an event. */
public record ContentPublished(UUID eventId, UUID contentId, VideoKind kind) {
}
