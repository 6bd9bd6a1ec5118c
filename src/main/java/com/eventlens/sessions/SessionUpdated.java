package com.eventlens.sessions;

import java.util.UUID;

/** A scheduled session changed: its name, type or live window. */
public record SessionUpdated(UUID eventId, UUID sessionId) {
}
