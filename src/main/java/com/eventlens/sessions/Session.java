package com.eventlens.sessions;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A session on an event's agenda, with its live window. */
public record Session(UUID eventId, UUID id, String name, SessionType type, Instant startsAt, Instant endsAt) {

    public Session {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("A session cannot end before it starts");
        }
    }
}
