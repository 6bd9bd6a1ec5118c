package com.eventlens.people;

import java.util.UUID;

/** A person's registration to an event was removed from the console: they are no longer registered. */
public record PersonRemoved(UUID eventId, UUID personId) {
}
