package com.eventlens.events;

/** An event was stored for the first time; it carries the event as it was created. */
public record EventCreated(Event event) {
}
