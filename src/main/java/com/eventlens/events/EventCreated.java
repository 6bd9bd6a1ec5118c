package com.eventlens.events;

import java.util.UUID;

/** An event was stored for the first time. */
public record EventCreated(UUID eventId) {
}
