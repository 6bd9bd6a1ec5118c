package com.eventlens.analytics.ui;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Analytics > Sessions: every session's headline numbers, leading to its session analytics. */
@Route("events/:eventId/analytics/sessions")
@PageTitle("Session analytics")
@PermitAll
public class SessionsAnalyticsView extends AnalyticsListView<SessionAnalytics> {

    SessionsAnalyticsView(Dashboards dashboards, EventRouteGuard guard) {
        super(guard, "Session analytics",
                "How each session was watched and how its attendees took part. Open a session to see its attendees.",
                "This event has no sessions yet.", dashboards::sessions, SessionAnalytics::dataAsOf);
        grid.addComponentColumn(s -> new RouterLink(s.name(), SessionAnalyticsView.class,
                AnalyticsRoutes.session(eventId(), s.sessionId()))).setHeader("Session").setFlexGrow(3);
        grid.addColumn(s -> Formats.count(s.totalAttendees())).setHeader("Attendees");
        grid.addColumn(s -> Formats.count(s.uniqueViewers()))
                .setHeader(Widgets.label("Unique viewers", Definitions.UNIQUE_VIEWERS));
        grid.addColumn(s -> Formats.minutes(s.totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES));
        grid.addComponentColumn(s -> SessionAnalyticsView.rateBar(s.liveEngagementRate()))
                .setHeader(Widgets.label("Live engagement rate", Definitions.TOTAL_ENGAGEMENT)).setFlexGrow(2);
        grid.addColumn(s -> Formats.count(s.reactions())).setHeader("Reactions");
        grid.addColumn(s -> Formats.count(s.chatMessages())).setHeader("Chat messages");
    }
}
