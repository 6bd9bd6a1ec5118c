package com.eventlens.content.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import com.eventlens.shared.data.EventScopedId;

/** The files offered in every event's sessions. */
interface Attachments extends ListCrudRepository<AttachmentEntity, EventScopedId> {

    List<AttachmentEntity> findByIdEventIdOrderBySessionIdAscNameAsc(UUID eventId);
}
