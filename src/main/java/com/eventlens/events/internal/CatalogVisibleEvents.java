package com.eventlens.events.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.eventlens.events.EventCatalog;
import com.eventlens.shared.events.VisibleEvent;
import com.eventlens.shared.events.VisibleEvents;

/** The shared kernel's view of the catalogue, for modules that {@code events} depends on (decision record 6). */
@Service
class CatalogVisibleEvents implements VisibleEvents {

    private final EventCatalog catalog;

    CatalogVisibleEvents(EventCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<VisibleEvent> findVisible(UUID eventId) {
        return catalog.findVisible(eventId).map(event -> new VisibleEvent(event.id(), event.name(), event.timeZone()));
    }
}
