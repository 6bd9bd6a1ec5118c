package com.eventlens.events;

/** A stored event changed (its name, description, dates or time zone); it carries the event as it is now. */
public record EventUpdated(Event event) {
}
