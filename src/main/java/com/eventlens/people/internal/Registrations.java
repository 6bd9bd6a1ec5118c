package com.eventlens.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.repository.Lock;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.repository.ListCrudRepository;

import com.eventlens.shared.data.EventScopedId;

/**
 * The registrations of every event. The All users grid's search, paging and counting at a million rows are set-based
 * SQL of their own ({@link RegistrationSearch}); a bulk invite is one COPY ({@link RegistrationCopy}).
 */
interface Registrations extends ListCrudRepository<RegistrationEntity, EventScopedId> {

    /** The registration, locked until the transaction ends, for a change that depends on its current status. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<RegistrationEntity> findForUpdateById(EventScopedId id);

    @Query("select * from registration where event_id = :eventId and id in (:personIds)")
    List<RegistrationEntity> findAmong(UUID eventId, Collection<UUID> personIds);

    @Query("""
            select * from registration where event_id = :eventId and :role = any (roles)
            order by last_name, first_name, id limit :limit""")
    List<RegistrationEntity> findWithRole(UUID eventId, String role, int limit);

    @Query("select count(*) from registration where event_id = :eventId and :role = any (roles)")
    long countWithRole(UUID eventId, String role);

    long countByIdEventId(UUID eventId);

    /** Keyset paging on the primary key: every page costs the same, however many people the event has. */
    @Query("select * from registration where event_id = :eventId order by id limit :limit")
    List<RegistrationEntity> findFirstById(UUID eventId, int limit);

    @Query("select * from registration where event_id = :eventId and id > :afterId order by id limit :limit")
    List<RegistrationEntity> findNextById(UUID eventId, UUID afterId, int limit);

    /** Whether the address manages the event: a registration with it (ignoring case) has the Event manager role. */
    @Query("""
            select exists (select 1 from registration
                           where event_id = :eventId and lower(email) = lower(:email) and 'EVENT_MANAGER' = any (roles))""")
    boolean isManagedBy(UUID eventId, String email);

    /** The events the address manages, served by the partial index {@code registration_event_managers_idx}. */
    @Query("select event_id from registration where lower(email) = lower(:email) and 'EVENT_MANAGER' = any (roles)")
    List<UUID> findEventsManagedBy(String email);
}
