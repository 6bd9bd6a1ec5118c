package com.eventlens.analytics.ui;

import java.util.List;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Analytics > Sessions: every session's headline numbers, leading to its session analytics. */
@Route("events/:eventId/analytics/sessions")
@PageTitle("Session analytics")
@PermitAll
public class SessionsAnalyticsView extends VerticalLayout implements BeforeEnterObserver {

    private final Dashboards dashboards;
    private final EventRouteGuard guard;
    final Grid<SessionAnalytics> grid = new Grid<>();

    SessionsAnalyticsView(Dashboards dashboards, EventRouteGuard guard) {
        this.dashboards = dashboards;
        this.guard = guard;
        addClassNames("dashboard", "analytics-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        VisibleEvent event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        List<SessionAnalytics> sessions = dashboards.sessions(event.id());
        removeAll();
        grid.removeAllColumns();
        grid.addComponentColumn(s -> new RouterLink(s.name(), SessionAnalyticsView.class,
                AnalyticsRoutes.session(event.id(), s.sessionId()))).setHeader("Session").setFlexGrow(3);
        grid.addColumn(s -> Formats.count(s.totalAttendees())).setHeader("Attendees");
        grid.addColumn(s -> Formats.count(s.uniqueViewers()))
                .setHeader(Widgets.label("Unique viewers", Definitions.UNIQUE_VIEWERS));
        grid.addColumn(s -> Formats.minutes(s.totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES));
        grid.addComponentColumn(s -> SessionAnalyticsView.rateBar(s.liveEngagementRate()))
                .setHeader(Widgets.label("Live engagement rate", Definitions.TOTAL_ENGAGEMENT)).setFlexGrow(2);
        grid.addColumn(s -> Formats.count(s.reactions())).setHeader("Reactions");
        grid.addColumn(s -> Formats.count(s.chatMessages())).setHeader("Chat messages");
        grid.setItems(sessions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Paragraph intro = new Paragraph("How each session was watched and how its attendees took part. Open a "
                + "session to see its attendees.");
        intro.addClassName("page-intro");
        add(new H1("Session analytics"), intro, Widgets.dataAsOf(
                sessions.isEmpty() ? null : sessions.get(0).dataAsOf(), event.timeZone()));
        add(sessions.isEmpty() ? Widgets.empty("This event has no sessions yet.") : grid);
    }
}
