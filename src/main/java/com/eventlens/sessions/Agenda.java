package com.eventlens.sessions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions of an event. */
public interface Agenda {

    /** Puts the session on the agenda, or updates the one with the same id. */
    void schedule(Session session);

    /** The event's sessions in the order they start. */
    List<Session> sessionsOf(UUID eventId);

    Optional<Session> find(UUID eventId, UUID sessionId);

    /** Who came to each session of the event that had anyone (as the analytics module counts it). */
    java.util.Map<UUID, SessionAudience> audiences(UUID eventId);
}
