package com.eventlens.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The events Eventlens knows. It does not know who may see which event: that is the people module's knowledge
 * ({@code EventAccess}), which keeps its own copy of each event from {@link EventCreated} and {@link EventUpdated}.
 */
public interface EventCatalog {

    /**
     * Creates the event or updates the one with the same id; announces a new one with {@link EventCreated} and a
     * change with {@link EventUpdated}.
     *
     * @return whether the event was created (rather than updated)
     */
    boolean save(Event event);

    /** The event, whoever asks; for code that checked access already, or needs none (the ingest path). */
    Optional<Event> find(UUID eventId);

    /** The events among these ids, the most recent first. */
    List<Event> findAll(Collection<UUID> eventIds);

    boolean isEmpty();

    /**
     * Issues a new bearer token with which the event's players send interactions, replacing the previous one.
     * Only its hash is stored: the token is shown this once.
     */
    String issueIngestToken(UUID eventId);

    /** Whether the token is the event's current ingest token. */
    boolean acceptsIngestToken(UUID eventId, String token);
}
