package com.eventlens.sessions.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import com.eventlens.shared.data.EventScopedId;

/** The sessions of every event's agenda. */
interface Sessions extends ListCrudRepository<SessionEntity, EventScopedId> {

    /** The agenda's order, served by the index {@code session_agenda_idx}. */
    List<SessionEntity> findByIdEventIdOrderByStartsAtAscNameAsc(UUID eventId);
}
