package com.eventlens.analytics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of the analytics: every number of the user, session and VOD dashboards, their JSON and their
 * reports, read from the rollups. Each method answers only for an event the signed-in account may see, and
 * an id of another event is "empty", exactly like an unknown one.
 */
public interface Dashboards {

    Optional<UserAnalytics> user(UUID eventId, UUID userId);

    Optional<SessionAnalytics> session(UUID eventId, UUID sessionId, PageRequest attendees);

    Optional<VideoAnalytics> video(UUID eventId, UUID contentId, PageRequest viewers);

    /** The headline numbers of every session of the event, in agenda order (no attendee rows). */
    List<SessionAnalytics> sessions(UUID eventId);

    /** The headline numbers of every on-demand video of the event, by name (no viewer rows). */
    List<VideoAnalytics> videos(UUID eventId);
}
