package com.eventlens.analytics.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.UserAnalytics.DownloadedAttachment;
import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.analytics.UserAnalytics.VideoActivity;
import com.eventlens.analytics.UserAnalytics;
import com.eventlens.people.EventRole;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.FileNames;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.Breadcrumb;
import com.eventlens.shared.ui.FileIcon;
import com.eventlens.shared.ui.KeptAddress;
import com.eventlens.shared.ui.RouteLinks;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * User analytics: everything one person watched and did at the event (the help-centre article's callouts 1–28).
 * The page is built once; a live update changes its figures and rows in place, so the session rows the manager
 * expanded stay expanded and the page does not jump.
 */
@Route("events/:eventId/users/:userId/analytics")
@PermitAll
public class UserAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final EventRouteGuard guard;
    private final Clock clock;
    private VisibleEvent event;
    private UUID userId;
    /** The person's name, for the exports' file names. */
    private String personName = "";
    private String title = "User analytics";

    private final Anchor back = RouteLinks.to("", "← Back to all users");
    private final Div trail = new Div();
    private final H1 name = new H1();
    private final Div roles = new Div();
    private final Div asOf = new Div();
    private final Div kpis = new Div();
    private final Div details = new Div();
    private final Span attachmentCount = subtitle();
    final Grid<DownloadedAttachment> attachments = new Grid<>();
    private final KeyedRows<DownloadedAttachment> attachmentRows = new KeyedRows<>(DownloadedAttachment::attachmentId);
    private final Component noAttachments = EmptyState.of("No attachments downloaded yet.");
    final Grid<SessionActivity> sessions = new Grid<>();
    private RowDetails<SessionActivity> sessionDetails;
    /** Opens every session row at once, or closes them all. */
    final Button expandAll = new Button("Expand all", VaadinIcon.ANGLE_DOUBLE_DOWN.create());
    private boolean allExpanded;
    private final KeyedRows<SessionActivity> sessionRows = new KeyedRows<>(SessionActivity::sessionId);
    private final Div sessionsTip = tip("Click a row, or press Enter or Space on it, to see its interactions; click the "
            + "session name for its session analytics.");
    private final Component noSessions = EmptyState.of("No sessions viewed yet.");
    private final Span videoCount = subtitle();
    final Grid<VideoActivity> videos = new Grid<>();
    private final KeyedRows<VideoActivity> videoRows = new KeyedRows<>(VideoActivity::contentId);
    private final Component noVideos = EmptyState.of("No on-demand content viewed yet.");
    final ScoreExplanation score = new ScoreExplanation();
    /** The three tables as CSV, in the order and with the sort shown. */
    final GridCsv<DownloadedAttachment> attachmentsCsv = new GridCsv<>(attachments, () -> csvName("attachments"),
            List.of("attachment", "content_type", "session"),
            a -> new Object[] {a.name(), a.contentType(), a.sessionName()});
    final GridCsv<SessionActivity> sessionsCsv = new GridCsv<>(sessions, () -> csvName("sessions"),
            List.of("session", "seconds_viewed", "minutes_viewed", "live_engagement_rate", "reactions", "raised_hands",
                    "attachments_downloaded", "attachments_total", "chat_messages", "polls_answered"),
            s -> new Object[] {s.name(), s.secondsViewed(), Formats.decimalMinutes(s.secondsViewed()),
                    s.liveEngagementRate(), s.reactions(), s.raisedHands(), s.attachmentsDownloaded(),
                    s.attachmentsTotal(), s.chatMessages(), s.pollsAnswered()});
    final GridCsv<VideoActivity> videosCsv = new GridCsv<>(videos, () -> csvName("on-demand"),
            List.of("video", "seconds_viewed", "minutes_viewed", "completion_rate"),
            v -> new Object[] {v.name(), v.secondsViewed(), Formats.decimalMinutes(v.secondsViewed()),
                    v.completionRate()});

    UserAnalyticsView(Dashboards dashboards, Reports reports, EventRouteGuard guard, LiveAnalytics live, Clock clock) {
        this.dashboards = dashboards;
        this.guard = guard;
        this.clock = clock;
        live.refreshWhileAttached(this, () -> event == null ? null : event.id(), this::refresh);
        addClassNames("dashboard", "user-analytics");

        back.addClassName("back-link");
        roles.addClassName("roles");
        Div header = new Div(new Div(name, roles), new ReportDownload("Download report",
                () -> reports.user(event.id(), userId)));
        header.addClassName("dashboard-header");
        kpis.addClassName("kpis");
        details.addClassName("card-row");
        buildAttachments();
        buildSessions();
        buildVideos();
        add(trail, back, header, asOf, kpis, details, score,
                Widgets.card("Attachments", tools(attachmentCount, attachmentsCsv.link()), attachments, noAttachments),
                Widgets.card("Sessions", tools(expandAll, sessionsCsv.link()), sessions, sessionsTip, noSessions),
                Widgets.card("Content on-demand", tools(videoCount, videosCsv.link()), videos, noVideos));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        userId = RouteIds.uuid(navigation, AnalyticsRoutes.USER_ID).orElse(null);
        guard.found(navigation, Optional.ofNullable(userId).flatMap(user -> dashboards.user(event.id(), user)))
                .ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The figures of this moment, in place. */
    void refresh() {
        dashboards.user(event.id(), userId).ifPresent(this::show);
    }

    private void show(UserAnalytics user) {
        title = user.name() + " · User analytics";
        personName = user.name();
        String allUsers = KeptAddress.of(AnalyticsRoutes.allUsers(event.id()));
        back.setHref(allUsers);
        trail.removeAll();
        trail.add(new Breadcrumb().link(event.name(), AnalyticsRoutes.overview(event.id())).step("People")
                .link("All users", allUsers).here(user.name()));
        name.setText(user.name());
        roles.removeAll();
        user.roles().stream().sorted().map(EventRole::label).map(Span::new).forEach(badge -> {
            badge.addClassName("badge");
            roles.add(badge);
        });
        asOf.removeAll();
        asOf.add(Widgets.dataAsOf(user.dataAsOf(), event.timeZone()));
        kpis.removeAll();
        kpis.add(
                Widgets.kpi(Formats.hoursMinutesSeconds(user.totalSecondsViewed()), "Total min. viewed",
                        Definitions.TOTAL_MINUTES),
                Widgets.kpi(Formats.count(user.sessionsViewed()), "Sessions viewed", Definitions.SESSIONS_VIEWED),
                Widgets.rateKpi(user.averageLiveEngagementRate(), "Avg. live engagement",
                        Definitions.AVERAGE_ENGAGEMENT, SessionAnalyticsView.NO_LIVE_VIEWING),
                Widgets.kpi(Formats.count(user.videosViewed()), "Videos viewed", Definitions.VIDEOS_VIEWED));
        details.removeAll();
        details.add(profile(user), interactivity(user), minutes(user));
        score.show(user.engagementScore());

        attachmentCount.setText(Formats.count(user.attachments().size(), "attachment downloaded", "attachments downloaded"));
        attachmentRows.show(user.attachments());
        showRowsOrEmpty(attachments, noAttachments, !user.attachments().isEmpty());
        sessionRows.show(user.sessions());
        showRowsOrEmpty(sessions, noSessions, !user.sessions().isEmpty());
        sessionsTip.setVisible(!user.sessions().isEmpty());
        expandAll.setVisible(!user.sessions().isEmpty());
        videoCount.setText(Formats.count(user.videosViewed(), "video viewed", "videos viewed"));
        videoRows.show(user.onDemand());
        showRowsOrEmpty(videos, noVideos, !user.onDemand().isEmpty());
    }

    private static void showRowsOrEmpty(Grid<?> grid, Component empty, boolean hasRows) {
        grid.setVisible(hasRows);
        empty.setVisible(!hasRows);
    }

    private void buildAttachments() {
        attachments.addClassName("attachments-grid");
        attachments.addComponentColumn(a -> {
            Span file = new Span(FileIcon.of(a.contentType()), new Span(a.name()));
            file.addClassName("file-name");
            return file;
        }).setHeader("Name").setKey("name").setFlexGrow(2).setWidth("150px")
                .setComparator(a -> a.name().toLowerCase(Locale.ROOT));
        Grid.Column<DownloadedAttachment> source = attachments.addComponentColumn(this::source).setHeader("Source")
                .setKey("session").setFlexGrow(2).setWidth("150px")
                .setComparator(a -> a.sessionName().toLowerCase(Locale.ROOT));
        RowDetails.of(attachments, DownloadedAttachment::name).fold(source, "Source", this::source);
        attachments.setItems(attachmentRows);
        compact(attachments);
    }

    private Component source(DownloadedAttachment a) {
        return new RouterLink(a.sessionName(), SessionAnalyticsView.class, AnalyticsRoutes.session(event.id(),
                a.sessionId()));
    }

    private void buildSessions() {
        sessions.addClassName("sessions-grid");
        sessions.addComponentColumn(s -> new RouterLink(s.name(), SessionAnalyticsView.class,
                AnalyticsRoutes.session(event.id(), s.sessionId()))).setHeader("Name").setKey("name").setFlexGrow(3)
                .setWidth("110px").setComparator(s -> s.name().toLowerCase(Locale.ROOT));
        // Minutes with one decimal, as SPEC §2 and the article's callout 19 ask: the one exception to the clocks
        // (decision record 20).
        sessions.addColumn(s -> Formats.decimalMinutes(s.secondsViewed())).setKey("minutes")
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES)).setWidth("90px")
                .setComparator(SessionActivity::secondsViewed);
        sessions.addComponentColumn(s -> s.liveEngagementRate() == null
                        ? Widgets.missing(SessionAnalyticsView.NO_LIVE_VIEWING) : new Span(Formats.percent(s.liveEngagementRate())))
                .setHeader(Widgets.label("Live engagement rate", Definitions.SESSION_ENGAGEMENT)).setKey("engagement")
                .setWidth("110px").setComparator(Comparator.comparing(SessionActivity::liveEngagementRate,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        sessionDetails = RowDetails.of(sessions, SessionActivity::name).always(UserAnalyticsView::sessionDetails);
        expandAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        expandAll.addClassName("expand-all");
        expandAll.addClickListener(click -> {
            allExpanded = !allExpanded;
            sessionDetails.showAll(sessionRows.getItems(), allExpanded);
            expandAll.setText(allExpanded ? "Collapse all" : "Expand all");
            expandAll.setIcon((allExpanded ? VaadinIcon.ANGLE_DOUBLE_UP : VaadinIcon.ANGLE_DOUBLE_DOWN).create());
        });
        sessions.setItems(sessionRows);
        compact(sessions);
    }

    private void buildVideos() {
        videos.addClassName("videos-grid");
        videos.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                AnalyticsRoutes.video(event.id(), v.contentId()))).setHeader("Name").setKey("name").setFlexGrow(3)
                .setWidth("120px").setComparator(v -> v.name().toLowerCase(Locale.ROOT));
        videos.addColumn(v -> Formats.minutesSeconds(v.secondsViewed())).setKey("minutes")
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES)).setWidth("90px")
                .setComparator(VideoActivity::secondsViewed);
        videos.addColumn(v -> Formats.percent(v.completionRate())).setKey("completion")
                .setHeader(Widgets.label("Completion rate", Definitions.COMPLETION)).setWidth("100px")
                .setComparator(VideoActivity::completionRate);
        videos.setItems(videoRows);
        compact(videos);
    }

    private static Div profile(UserAnalytics user) {
        return Widgets.card("User details",
                detail("Role", user.title()), detail("Company", user.company()),
                detail("Industry", user.industry()), detail("Country", Formats.country(user.country())));
    }

    private static Div interactivity(UserAnalytics user) {
        return Widgets.card("Event interactivity",
                Widgets.figure(Formats.count(user.reactions()), "reactions", Definitions.REACTIONS),
                Widgets.figure(Formats.count(user.chatMessages()), "chat messages sent", Definitions.CHAT),
                Widgets.figure(Formats.count(user.pollResponses()), "poll responses", Definitions.POLL_RESPONSES),
                Widgets.figure(Formats.count(user.qaThreads()), "Q&A threads created", Definitions.QA_THREADS),
                Widgets.figure(Formats.count(user.attachmentsDownloaded()), "attachments downloaded",
                        Definitions.ATTACHMENTS));
    }

    private static Div minutes(UserAnalytics user) {
        return Widgets.card("Minutes viewed",
                minutesRow("Live", user.liveSeconds(), Definitions.LIVE),
                minutesRow("Recordings", user.recordingSeconds(), Definitions.RECORDINGS),
                minutesRow("Content on-demand", user.onDemandSeconds(), Definitions.ON_DEMAND));
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

    private static Div detail(String label, String value) {
        Span key = new Span(label);
        key.addClassName("detail-label");
        Div line = new Div(key, new Span(value == null || value.isBlank() ? Formats.NONE : value));
        line.addClassName("detail");
        return line;
    }

    private static Div minutesRow(String label, long seconds, Definitions definition) {
        Span value = new Span(Formats.minutesSeconds(seconds));
        value.addClassName("minutes-value");
        Div row = new Div(Widgets.label(label, definition), value);
        row.addClassName("minutes-row");
        return row;
    }

    private static Span subtitle() {
        Span line = new Span();
        line.addClassName("card-subtitle");
        return line;
    }

    private static Div tip(String text) {
        Div tip = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(text));
        tip.addClassName("tip");
        return tip;
    }

    /** A table's count or action on the left, its export on the right. */
    private static Div tools(Component left, Component export) {
        Div tools = new Div(left, export);
        tools.addClassNames("list-tools", "table-tools");
        return tools;
    }

    /** "eventlens-virtually-live-abbie-wilson-sessions-2026-12-03.csv". */
    private String csvName(String table) {
        return FileNames.of(event.name(), personName + " " + table, "person", clock.instant(), event.timeZone(), "csv");
    }

    /** A short table shown whole; the columns with a comparator sort on a click of their header, one at a time. */
    private static void compact(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
    }
}
