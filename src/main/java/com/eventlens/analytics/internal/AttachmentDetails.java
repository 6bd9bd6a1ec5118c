package com.eventlens.analytics.internal;

import java.util.UUID;

/** What the analytics show of an attachment: the {@code analytics_attachment} copy. */
record AttachmentDetails(UUID id, UUID sessionId, String name, String contentType) {
}
