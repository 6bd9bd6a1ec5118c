package com.eventlens.sessions;

import java.util.UUID;

/**
 * Who came to a session, as the analytics module counts it (its published view {@code session_audience}): attendees
 * (viewing or any interaction), unique viewers, and their live + recording seconds.
 */
public record SessionAudience(UUID sessionId, long attendees, long uniqueViewers, long secondsViewed) {

    public static SessionAudience none(UUID sessionId) {
        return new SessionAudience(sessionId, 0, 0, 0);
    }
}
