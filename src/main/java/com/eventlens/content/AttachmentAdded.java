package com.eventlens.content;

import java.util.UUID;

/** An attachment was added to a session. */
public record AttachmentAdded(UUID eventId, UUID attachmentId, UUID sessionId) {
}
