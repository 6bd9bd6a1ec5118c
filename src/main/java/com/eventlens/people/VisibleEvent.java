package com.eventlens.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the people module knows it — its copy, kept from the events module's {@code EventCreated} and
 * {@code EventUpdated} — for the screens and reports of an event the signed-in account may see: its name, its
 * dates and the time zone they are shown in.
 */
public record VisibleEvent(UUID id, String name, ZoneId timeZone, Instant startsAt, Instant endsAt) {

    public VisibleEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
