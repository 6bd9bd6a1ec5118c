package com.eventlens.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

/** A virtual or hybrid event. Its dates are instants; the time zone says how to show them. */
public record Event(UUID id, String name, String description, Instant startsAt, Instant endsAt, ZoneId timeZone) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        description = description == null ? "" : description;
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(timeZone);
    }
}
