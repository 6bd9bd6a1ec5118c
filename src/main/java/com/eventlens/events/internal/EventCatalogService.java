package com.eventlens.events.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;

@Service
@Transactional(readOnly = true)
class EventCatalogService implements EventCatalog {

    private final Events events;
    private final Clock clock;

    EventCatalogService(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean save(Event event) {
        EventEntity stored = events.findById(event.id())
                .map(existing -> existing.update(event))
                .orElseGet(() -> EventEntity.create(event, clock.instant()));
        boolean created = stored.isNew();
        events.save(stored);
        return created;
    }

    @Override
    public Optional<Event> find(UUID eventId) {
        return events.findById(eventId).map(EventEntity::toEvent);
    }

    @Override
    public List<Event> findAll(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return events.findByIdInOrderByStartsAtDescNameAsc(eventIds).stream().map(EventEntity::toEvent).toList();
    }

    @Override
    public boolean isEmpty() {
        return events.count() == 0;
    }

    @Override
    @Transactional
    public String issueIngestToken(UUID eventId) {
        EventEntity event = events.findById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        String token = event.issueIngestToken();
        events.save(event);
        return token;
    }

    @Override
    public boolean acceptsIngestToken(UUID eventId, String token) {
        return events.findIngestTokenHash(eventId).map(stored -> IngestTokens.matches(token, stored)).orElse(false);
    }
}
