package com.eventlens.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which events the signed-in console account may see: an admin sees every event, an event manager the
 * events where a registration with the account's e-mail has the role {@link EventRole#EVENT_MANAGER}.
 * Every view and endpoint asks here before it shows anything of an event. An event it may not see looks exactly
 * like one that does not exist, so that its id tells nothing.
 */
public interface EventAccess {

    boolean maySee(UUID eventId);

    boolean seesAllEvents();

    /** The events the account manages by registration (empty for a request without a console account). */
    Set<UUID> managedEventIds();

    /** The event, if it exists and the account may see it. */
    Optional<VisibleEvent> findVisible(UUID eventId);

    /** The events the account may see, the most recent first. */
    List<VisibleEvent> visibleEvents();
}
