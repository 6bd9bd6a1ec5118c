package com.eventlens.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The events Eventlens knows, and the ones the signed-in console account may see. */
public interface EventCatalog {

    /**
     * Creates the event or updates the one with the same id; announces a new one with {@link EventCreated}.
     *
     * @return whether the event was created (rather than updated), decided by the database in the same statement
     */
    boolean save(Event event);

    /** The event, whoever asks; for code that already checked access. */
    Optional<Event> find(UUID eventId);

    /**
     * The event if the signed-in account may see it. An event that exists but is not visible looks exactly
     * like one that does not exist, so that its id tells nothing.
     */
    Optional<Event> findVisible(UUID eventId);

    /** The events the signed-in account may see, the most recent first. */
    List<Event> visibleEvents();

    boolean isEmpty();

    /**
     * Issues a new bearer token with which the event's players send interactions, replacing the previous one.
     * Only its hash is stored: the token is shown this once.
     */
    String issueIngestToken(UUID eventId);

    /** Whether the token is the event's current ingest token. */
    boolean acceptsIngestToken(UUID eventId, String token);
}
