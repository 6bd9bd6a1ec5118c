package com.eventlens.people;

import java.util.UUID;

/** A person was registered to an event for the first time. */
public record PersonRegistered(UUID eventId, UUID personId) {
}
