package com.eventlens.shared.events;

import java.util.Optional;
import java.util.UUID;

/**
 * The events the signed-in console account may see, for modules that the {@code events} module itself depends
 * on (so that they cannot name {@code EventCatalog} without a cycle): {@code people} asks here for an event's
 * time zone and whether it exists at all. The {@code events} module implements it.
 */
public interface VisibleEvents {

    /** The event if it exists and the signed-in account may see it; empty otherwise, alike in both cases. */
    Optional<VisibleEvent> findVisible(UUID eventId);
}
