package com.eventlens.shared.data;

import java.util.Objects;
import java.util.UUID;

/**
 * The key of everything that belongs to one event: {@code (event_id, id)}, the event first, as every table's primary
 * key is (so that the schema can later be distributed by event). Spring Data JDBC maps it as a composite id whose
 * columns are {@code event_id} and {@code id}.
 */
public record EventScopedId(UUID eventId, UUID id) {

    public EventScopedId {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(id, "id");
    }
}
