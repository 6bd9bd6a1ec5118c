package com.eventlens.shared.events;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** What a module outside {@code events} needs to show one event's pages: its name and its time zone. */
public record VisibleEvent(UUID id, String name, ZoneId timeZone) {

    public VisibleEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
