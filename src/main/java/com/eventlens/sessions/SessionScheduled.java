package com.eventlens.sessions;

import java.util.UUID;

/** A session was put on an event's agenda for the first time. */
public record SessionScheduled(UUID eventId, UUID sessionId) {
}
