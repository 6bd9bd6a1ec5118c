package com.eventlens.people;

import java.util.UUID;

/**
 * The event or the person does not exist, or the signed-in account may not see the event: all three look the
 * same, so that an id tells nothing.
 */
public class PersonNotFound extends RuntimeException {

    public PersonNotFound(UUID eventId, UUID personId) {
        super(personId == null ? "No event " + eventId : "No person " + personId + " in event " + eventId);
    }
}
