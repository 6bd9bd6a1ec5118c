package com.eventlens.analytics;

import java.util.Optional;
import java.util.UUID;

/**
 * Settings &gt; Engagement: an event's attendance threshold and the weights and caps of its engagement score, read
 * and changed by the event's managers and admins. An event the signed-in account may not see is "empty" (reading)
 * or {@link EventNotVisible} (saving), like one that does not exist.
 */
public interface EngagementScoring {

    Optional<EngagementSettings> settings(UUID eventId);

    /**
     * Saves the settings: from then on every figure uses them; the scores already stored are recomputed in the
     * background, and a new attendance threshold is applied to everyone who reaches it.
     *
     * @throws InvalidEngagementSettings listing every problem; nothing is saved
     */
    EngagementSettings save(UUID eventId, EngagementSettings settings);

    /** The event does not exist or the signed-in account may not see it. */
    class EventNotVisible extends RuntimeException {

        public EventNotVisible(UUID eventId) {
            super("No event " + eventId);
        }
    }
}
