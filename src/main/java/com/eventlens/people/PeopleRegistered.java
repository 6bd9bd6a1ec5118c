package com.eventlens.people;

import java.util.List;
import java.util.UUID;

/**
 * Many people were registered to an event at once (a bulk invite): one event for a batch of rows, rather than a
 * {@link PersonRegistered} for each.
 */
public record PeopleRegistered(UUID eventId, List<UUID> personIds) {

    public PeopleRegistered {
        personIds = List.copyOf(personIds);
    }
}
