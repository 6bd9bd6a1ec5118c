package com.eventlens.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is registered to an event. */
public interface PeopleDirectory {

    /**
     * Registers the person ({@link PersonRegistered}), or updates the registration with the same id
     * ({@link PersonUpdated} for a changed profile, {@link RegistrationStatusChanged} for a changed status).
     */
    void register(Registration registration);

    Optional<Registration> find(UUID eventId, UUID personId);

    /** The people of the event among these ids, in one indexed look-up (e.g. the rows of a table page). */
    Map<UUID, Registration> findAll(UUID eventId, Collection<UUID> personIds);

    /** The first {@code limit} people with the role, by name. */
    List<Registration> withRole(UUID eventId, EventRole role, int limit);

    long countWithRole(UUID eventId, EventRole role);

    long count(UUID eventId);

    /**
     * One page of the event's people in id order: the first {@code limit} whose id follows {@code afterId}
     * ({@code null} for the first page). Keyset paging on the primary key, so every page costs the same however
     * many people the event has; for exports that must see everyone without holding a cursor open.
     */
    List<Registration> pageById(UUID eventId, UUID afterId, int limit);

    /**
     * Which of these e-mail addresses someone of the event already uses, compared ignoring case as the database's
     * uniqueness rule does: each address in use (as given) mapped to the id of the person using it.
     */
    Map<String, UUID> idsByEmail(UUID eventId, Collection<String> emails);

    /**
     * The events each of these e-mail addresses manages (a registration with the address and the role Event manager),
     * keyed by the address in lower case; an address that manages nothing is absent. For the Accounts page.
     */
    Map<String, Set<UUID>> eventsManagedBy(Collection<String> emails);
}
