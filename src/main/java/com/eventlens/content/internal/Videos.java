package com.eventlens.content.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import com.eventlens.content.VideoKind;
import com.eventlens.shared.data.EventScopedId;

/** The videos of every event: on-demand content and session recordings. */
interface Videos extends ListCrudRepository<VideoEntity, EventScopedId> {

    /** One kind of the event's videos, by name (the id breaks ties, so that lists keep their order). */
    @Query("select * from content where event_id = :eventId and kind = :kind order by name, id")
    List<VideoEntity> findByEventIdAndKind(UUID eventId, VideoKind kind);
}
