package com.eventlens.people;

import java.util.Set;
import java.util.UUID;

/**
 * Which events the signed-in console account may see: an admin sees every event, an event manager the
 * events where a registration with the account's e-mail has the role {@link EventRole#EVENT_MANAGER}.
 * Every view and endpoint asks here before it shows anything of an event.
 */
public interface EventAccess {

    boolean maySee(UUID eventId);

    boolean seesAllEvents();

    /** The events the account manages by registration (empty for a request without a console account). */
    Set<UUID> managedEventIds();
}
