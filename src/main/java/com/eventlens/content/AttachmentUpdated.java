package com.eventlens.content;

import java.util.UUID;

/** An attachment changed: its name, type or size, or the session that offers it ({@code sessionId}, as it is now). */
public record AttachmentUpdated(UUID eventId, UUID attachmentId, UUID sessionId) {
}
