package com.eventlens.events.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;

/** The events a console account may see, as JSON. Another event's id answers 404, like an unknown one. */
@RestController
@RequestMapping("/api/v1/events")
class EventsApi {

    private final EventCatalog events;

    EventsApi(EventCatalog events) {
        this.events = events;
    }

    @GetMapping
    List<EventSummary> visibleEvents() {
        return events.visibleEvents().stream().map(EventSummary::of).toList();
    }

    @GetMapping("/{eventId}")
    EventSummary event(@PathVariable UUID eventId) {
        return events.findVisible(eventId)
                .map(EventSummary::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId));
    }

    record EventSummary(UUID id, String name, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        String timeZone) {

        static EventSummary of(Event event) {
            return new EventSummary(event.id(), event.name(), event.description(),
                    event.localStart().toOffsetDateTime(), event.localEnd().toOffsetDateTime(),
                    event.timeZone().getId());
        }
    }
}
