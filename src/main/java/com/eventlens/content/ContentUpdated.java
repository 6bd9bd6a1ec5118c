package com.eventlens.content;

import java.util.UUID;

/** A published video's name or duration changed (what it is, and whose recording, never changes). */
public record ContentUpdated(UUID eventId, UUID contentId) {
}
