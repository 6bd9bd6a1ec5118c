package com.eventlens.content;

import java.util.Objects;
import java.util.UUID;

/** A file offered for download in a session. */
public record Attachment(UUID eventId, UUID id, UUID sessionId, String name, String contentType, long sizeBytes) {

    public Attachment {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("An attachment's size cannot be negative");
        }
    }
}
