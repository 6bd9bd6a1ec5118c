package com.eventlens.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored events. */
interface Events extends ListCrudRepository<EventEntity, UUID> {

    List<EventEntity> findByIdInOrderByStartsAtDescNameAsc(Collection<UUID> ids);

    /** Only the hash, on every ingest request: the rest of the event is not needed there. */
    @Query("select ingest_token_hash from event where id = :eventId")
    Optional<String> findIngestTokenHash(UUID eventId);
}
