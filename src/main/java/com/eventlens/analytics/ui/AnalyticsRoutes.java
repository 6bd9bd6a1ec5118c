package com.eventlens.analytics.ui;

import java.util.UUID;

import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links to the analytics pages, for them and for the console's pages. */
public final class AnalyticsRoutes {

    static final String USER_ID = "userId";
    static final String SESSION_ID = "sessionId";
    static final String CONTENT_ID = "contentId";

    private AnalyticsRoutes() {
    }

    public static RouteParameters user(UUID eventId, UUID userId) {
        return new RouteParameters(java.util.Map.of(RouteIds.EVENT_ID, eventId.toString(), USER_ID, userId.toString()));
    }

    public static RouteParameters session(UUID eventId, UUID sessionId) {
        return new RouteParameters(java.util.Map.of(RouteIds.EVENT_ID, eventId.toString(), SESSION_ID,
                sessionId.toString()));
    }

    static RouteParameters video(UUID eventId, UUID contentId) {
        return new RouteParameters(java.util.Map.of(RouteIds.EVENT_ID, eventId.toString(), CONTENT_ID,
                contentId.toString()));
    }

    static RouteParameters event(UUID eventId) {
        return new RouteParameters(RouteIds.EVENT_ID, eventId.toString());
    }

    /** Analytics > Sessions. */
    static String sessions(UUID eventId) {
        return "events/" + eventId + "/analytics/sessions";
    }

    /** Analytics > On-demand content. */
    static String videos(UUID eventId) {
        return "events/" + eventId + "/analytics/content";
    }

    /** The event's Overview. */
    static String overview(UUID eventId) {
        return "events/" + eventId;
    }

    /** The All users page of the People area. */
    static String allUsers(UUID eventId) {
        return "events/" + eventId + "/people";
    }
}
