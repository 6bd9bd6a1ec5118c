package com.eventlens.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is registered to an event. */
public interface PeopleDirectory {

    /** Registers the person, or updates the registration with the same id. */
    void register(Registration registration);

    Optional<Registration> find(UUID eventId, UUID personId);

    /** The first {@code limit} people with the role, by name. */
    List<Registration> withRole(UUID eventId, EventRole role, int limit);

    long countWithRole(UUID eventId, EventRole role);

    long count(UUID eventId);

    /** Which of these ids are people registered to the event (one indexed look-up for a whole batch). */
    Set<UUID> registeredAmong(UUID eventId, Collection<UUID> personIds);
}
