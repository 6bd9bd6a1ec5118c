package com.eventlens.analytics.ui;

import java.time.ZoneId;
import java.util.UUID;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.UserAnalytics;
import com.eventlens.analytics.UserAnalytics.DownloadedAttachment;
import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.analytics.UserAnalytics.VideoActivity;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.shared.ui.Formats;
import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** User analytics: everything one person watched and did at the event (the help-centre article's callouts 1–28). */
@Route("events/:eventId/users/:userId/analytics")
@PermitAll
public class UserAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final Reports reports;
    private final EventCatalog events;
    private Event event;
    private UUID userId;
    private String title = "User analytics";

    UserAnalyticsView(Dashboards dashboards, Reports reports, EventCatalog events, LiveAnalytics live) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.events = events;
        live.refreshWhileAttached(this, () -> event == null ? null : event.id(),
                () -> dashboards.user(event.id(), userId).ifPresent(this::show));
        addClassNames("dashboard", "user-analytics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = RouteIds.uuid(navigation, RouteIds.EVENT_ID).flatMap(events::findVisible).orElse(null);
        userId = RouteIds.uuid(navigation, AnalyticsRoutes.USER_ID).orElse(null);
        UserAnalytics analytics = event == null || userId == null ? null
                : dashboards.user(event.id(), userId).orElse(null);
        if (analytics == null) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        show(analytics);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show(UserAnalytics user) {
        title = user.name() + " · User analytics";
        ZoneId zone = event.timeZone();
        removeAll();
        Anchor back = new Anchor(AnalyticsRoutes.allUsers(event.id()), "← Back to all users");
        back.addClassName("back-link");
        add(back, header(user), Widgets.dataAsOf(user.dataAsOf(), zone), kpis(user), details(user),
                attachments(user), sessions(user), onDemand(user));
    }

    private Component header(UserAnalytics user) {
        H1 name = new H1(user.name());
        Div roles = new Div();
        roles.addClassName("roles");
        user.roles().stream().sorted().map(EventRole::label).map(Span::new).forEach(badge -> {
            badge.addClassName("badge");
            roles.add(badge);
        });
        UUID eventId = event.id();
        UUID person = user.userId();
        Div header = new Div(new Div(name, roles), new ReportDownload("Download report",
                () -> reports.user(eventId, person)));
        header.addClassName("dashboard-header");
        return header;
    }

    private Component kpis(UserAnalytics user) {
        Div kpis = new Div(
                Widgets.kpi(Formats.hoursMinutesSeconds(user.totalSecondsViewed()), "Total min. viewed",
                        Definitions.TOTAL_MINUTES),
                Widgets.kpi(Formats.count(user.sessionsViewed()), "Sessions viewed", Definitions.SESSIONS_VIEWED),
                Widgets.kpi(Formats.percent(user.averageLiveEngagementRate()), "Avg. live engagement",
                        Definitions.AVERAGE_ENGAGEMENT),
                Widgets.kpi(Formats.count(user.videosViewed()), "Videos viewed", Definitions.VIDEOS_VIEWED));
        kpis.addClassName("kpis");
        return kpis;
    }

    private Component details(UserAnalytics user) {
        Div profile = card("User details",
                detail("Role", user.title()), detail("Company", user.company()),
                detail("Industry", user.industry()), detail("Country", Formats.country(user.country())));
        Div interactivity = card("Event interactivity",
                Widgets.figure(Formats.count(user.reactions()), "reactions", Definitions.REACTIONS),
                Widgets.figure(Formats.count(user.chatMessages()), "chat messages sent", Definitions.CHAT),
                Widgets.figure(Formats.count(user.pollResponses()), "poll responses", Definitions.POLL_RESPONSES),
                Widgets.figure(Formats.count(user.qaThreads()), "Q&A threads created", Definitions.QA_THREADS),
                Widgets.figure(Formats.count(user.attachmentsDownloaded()), "attachments downloaded",
                        Definitions.ATTACHMENTS));
        Div minutes = card("Minutes viewed",
                minutesRow("Live", user.liveSeconds(), Definitions.LIVE),
                minutesRow("Recordings", user.recordingSeconds(), Definitions.RECORDINGS),
                minutesRow("Content on-demand", user.onDemandSeconds(), Definitions.ON_DEMAND));
        Div row = new Div(profile, interactivity, minutes);
        row.addClassName("card-row");
        return row;
    }

    private Component attachments(UserAnalytics user) {
        Div card = card("Attachments");
        card.add(count(user.attachments().size(), "attachment downloaded", "attachments downloaded"));
        if (user.attachments().isEmpty()) {
            card.add(Widgets.empty("No attachments downloaded yet."));
            return card;
        }
        Grid<DownloadedAttachment> grid = new Grid<>();
        grid.addComponentColumn(a -> {
            Span name = new Span(Widgets.fileIcon(a.contentType()), new Span(a.name()));
            name.addClassName("file-name");
            return name;
        }).setHeader("Name").setFlexGrow(2);
        grid.addComponentColumn(a -> new RouterLink(a.sessionName(), SessionAnalyticsView.class,
                AnalyticsRoutes.session(event.id(), a.sessionId()))).setHeader("Source").setFlexGrow(2);
        grid.setItems(user.attachments());
        compact(grid);
        card.add(grid);
        return card;
    }

    private Component sessions(UserAnalytics user) {
        Div card = card("Sessions");
        if (user.sessions().isEmpty()) {
            card.add(Widgets.empty("No sessions viewed yet."));
            return card;
        }
        Grid<SessionActivity> grid = new Grid<>();
        grid.addClassName("sessions-grid");
        grid.addComponentColumn(s -> new RouterLink(s.name(), SessionAnalyticsView.class,
                AnalyticsRoutes.session(event.id(), s.sessionId()))).setHeader(Widgets.label("Name", "The session"))
                .setFlexGrow(3);
        grid.addColumn(s -> Formats.minutes(s.secondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES)).setFlexGrow(1);
        grid.addColumn(s -> Formats.percent(s.liveEngagementRate()))
                .setHeader(Widgets.label("Live engagement rate", Definitions.SESSION_ENGAGEMENT)).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(UserAnalyticsView::sessionDetails));
        grid.setItems(user.sessions());
        compact(grid);
        card.add(grid, tip("Click a row to see its interactions; click the session name for its session analytics."));
        return card;
    }

    /** What a session row expands into: the person's interactions in that session (callouts 21–25). */
    static Div sessionDetails(SessionActivity s) {
        Div details = new Div(
                Widgets.figure(Formats.count(s.reactions()), "Reactions", Definitions.REACTIONS),
                Widgets.figure(Formats.count(s.raisedHands()), "Raised hands", Definitions.RAISED_HANDS),
                Widgets.figure(s.attachmentsDownloaded() + "/" + s.attachmentsTotal(), "Attachments downloaded",
                        Definitions.SESSION_ATTACHMENTS),
                Widgets.figure(Formats.count(s.chatMessages()), "Chat messages sent", Definitions.CHAT),
                Widgets.figure(Formats.count(s.pollsAnswered()), "Polls answered", Definitions.POLLS_ANSWERED));
        details.addClassName("session-details");
        return details;
    }

    private Component onDemand(UserAnalytics user) {
        Div card = card("Content on-demand");
        card.add(count(user.videosViewed(), "video viewed", "videos viewed"));
        if (user.onDemand().isEmpty()) {
            card.add(Widgets.empty("No on-demand content viewed yet."));
            return card;
        }
        Grid<VideoActivity> grid = new Grid<>();
        grid.addClassName("videos-grid");
        grid.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                AnalyticsRoutes.video(event.id(), v.contentId()))).setHeader("Name").setFlexGrow(3);
        grid.addColumn(v -> Formats.minutes(v.secondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES));
        grid.addColumn(v -> Formats.percent(v.completionRate()))
                .setHeader(Widgets.label("Completion rate", Definitions.COMPLETION));
        grid.setItems(user.onDemand());
        compact(grid);
        card.add(grid);
        return card;
    }

    private static Div card(String heading, Component... content) {
        Div card = new Div(new H2(heading));
        card.add(content);
        card.addClassNames("card", "dashboard-card");
        return card;
    }

    private static Div detail(String label, String value) {
        Span key = new Span(label);
        key.addClassName("detail-label");
        Div line = new Div(key, new Span(value == null || value.isBlank() ? "–" : value));
        line.addClassName("detail");
        return line;
    }

    private static Div minutesRow(String label, long seconds, String definition) {
        Span value = new Span(Formats.minutesSeconds(seconds));
        value.addClassName("minutes-value");
        Div row = new Div(Widgets.label(label, definition), value);
        row.addClassName("minutes-row");
        return row;
    }

    private static Span count(long n, String singular, String plural) {
        Span line = new Span(n + " " + (n == 1 ? singular : plural));
        line.addClassName("card-subtitle");
        return line;
    }

    private static Div tip(String text) {
        Div tip = new Div(com.vaadin.flow.component.icon.VaadinIcon.INFO_CIRCLE_O.create(), new Span(text));
        tip.addClassName("tip");
        return tip;
    }

    static void compact(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
    }
}
