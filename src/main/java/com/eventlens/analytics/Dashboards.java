package com.eventlens.analytics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of the analytics: every number of the event, user, session and VOD dashboards, their JSON and their
 * reports, read from the rollups. Each method answers only for an event the signed-in account may see, and
 * an id of another event is "empty", exactly like an unknown one.
 */
public interface Dashboards {

    /** The Event analytics page: funnel, totals, peak, sessions and videos ranked, engagement. */
    Optional<EventAnalytics> event(UUID eventId);

    /**
     * Concurrent live viewers of the event ({@code sessionId} {@code null}) or of one of its sessions, in buckets of
     * {@code interval} minutes (one of {@link LiveViewers#INTERVALS}). Empty for an unknown session.
     *
     * @throws com.eventlens.shared.input.InvalidInput for another interval
     */
    Optional<LiveViewers> liveViewers(UUID eventId, UUID sessionId, int interval);

    Optional<Breakdown> breakdown(UUID eventId, Breakdown.By by);

    Optional<UserAnalytics> user(UUID eventId, UUID userId);

    Optional<SessionAnalytics> session(UUID eventId, UUID sessionId, PageRequest attendees);

    Optional<VideoAnalytics> video(UUID eventId, UUID contentId, PageRequest viewers);

    /** The headline numbers of every session of the event, in agenda order (no attendee rows). */
    List<SessionAnalytics> sessions(UUID eventId);

    /** The headline numbers of every on-demand video of the event, by name (no viewer rows). */
    List<VideoAnalytics> videos(UUID eventId);
}
