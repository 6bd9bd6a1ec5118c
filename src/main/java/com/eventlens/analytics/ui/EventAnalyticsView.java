package com.eventlens.analytics.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.eventlens.analytics.CsvExports;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EngagementBand;
import com.eventlens.analytics.EventAnalytics.EngagedPerson;
import com.eventlens.analytics.EventAnalytics.SessionRank;
import com.eventlens.analytics.EventAnalytics.VideoRank;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.Reports;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.RowDetails;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Analytics &gt; Event overview, the page a manager opens first (SPEC.md §2 "Event analytics"): how many of the
 * registered came, the event's totals, when the live audience peaked, which sessions and videos worked, how engaged
 * the attendees were and who the most engaged are; on a second tab, the attendees by company, country, industry and
 * role. Built once per event; live updates change its figures and rows in place.
 */
@Route("events/:eventId/analytics")
@PermitAll
public class EventAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many videos the page ranks; the On-demand content page has them all. */
    static final int TOP_VIDEOS = 5;

    private final Dashboards dashboards;
    private final Reports reports;
    private final CsvExports exports;
    private final EventRouteGuard guard;
    private VisibleEvent event;

    private final Div asOf = new Div();
    private final Div funnel = new Div();
    private final Div statuses = new Div();
    final Div kpis = new Div();
    private LiveViewersPanel liveViewers;
    final Grid<SessionRank> sessions = new Grid<>();
    private final KeyedRows<SessionRank> sessionRows = new KeyedRows<>(SessionRank::sessionId);
    final Grid<VideoRank> videos = new Grid<>();
    private final KeyedRows<VideoRank> videoRows = new KeyedRows<>(VideoRank::contentId);
    private final Div bands = new Div();
    final Div mostEngaged = new Div();
    private BreakdownPanel breakdowns;

    EventAnalyticsView(Dashboards dashboards, Reports reports, CsvExports exports, EventRouteGuard guard,
                       LiveAnalytics live) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.exports = exports;
        this.guard = guard;
        live.refreshWhileAttached(this, () -> event == null ? null : event.id(), this::refresh);
        addClassNames("dashboard", "event-analytics");
        buildSessions();
        buildVideos();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        EventAnalytics analytics = event == null ? null
                : guard.found(navigation, dashboards.event(event.id())).orElse(null);
        if (analytics == null) {
            return;
        }
        build();
        show(analytics);
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Event overview" : event.name() + " · Event overview";
    }

    private void build() {
        removeAll();
        UUID eventId = event.id();
        Anchor export = ExportLink.of(CsvDownload.of(() -> exports.eventSessions(eventId)));
        export.getElement().setAttribute("title", "The sessions ranked, with the event's own figures");
        Div actions = new Div(export, new ReportDownload("Download report", () -> reports.event(eventId)));
        actions.addClassName("dashboard-actions");
        Paragraph intro = new Paragraph(event.name() + ": who came, what they watched and how engaged they were.");
        intro.addClassName("page-intro");
        Div title = new Div(new Div(new H1("Event overview"), intro), actions);
        title.addClassName("dashboard-header");

        funnel.addClassName("funnel");
        statuses.addClassName("status-counts");
        Div funnelCard = new Div(new H2("Attendance"), funnel, statuses);
        funnelCard.addClassNames("card", "dashboard-card", "funnel-card");
        kpis.addClassName("kpis");
        liveViewers = new LiveViewersPanel(interval -> dashboards.liveViewers(eventId, null, interval).orElseThrow(),
                event.timeZone(), "the event");
        Div sessionsCard = Widgets.card("Sessions", sessions);
        Div videosCard = Widgets.card("Top on-demand videos", videos,
                new RouterLink("All on-demand content →", VideosAnalyticsView.class, AnalyticsRoutes.event(eventId)));
        bands.addClassName("bands");
        mostEngaged.addClassName("most-engaged");
        Div engagement = Widgets.card("Engagement", Widgets.label("Attendees by engagement score", Definitions.BANDS), bands,
                mostEngagedHeading(), mostEngaged);
        Div attendance = new Div(funnelCard, kpis);
        attendance.addClassName("funnel-row");
        Div engagementAndVideos = new Div(engagement, videosCard);
        engagementAndVideos.addClassName("card-row");
        Div overview = new Div(asOf, attendance, liveViewers, sessionsCard, engagementAndVideos);
        overview.addClassName("event-overview");

        breakdowns = new BreakdownPanel(by -> dashboards.breakdown(eventId, by).orElseThrow(),
                by -> exports.breakdown(eventId, by));
        TabSheet tabs = new TabSheet();
        tabs.add("Overview", overview);
        tabs.add("Breakdowns", breakdowns);
        tabs.addThemeVariants(TabSheetVariant.LUMO_NO_PADDING);
        tabs.addClassName("event-tabs");
        tabs.setWidthFull();
        add(title, tabs);
    }

    /** The figures of this moment, in place: grids keep their sort, the chart its bucket size. */
    void refresh() {
        dashboards.event(event.id()).ifPresent(this::show);
        liveViewers.refresh();
        breakdowns.refresh();
    }

    private void show(EventAnalytics analytics) {
        asOf.removeAll();
        asOf.add(Widgets.dataAsOf(analytics.dataAsOf(), event.timeZone()));
        funnel.removeAll();
        funnel.add(step(Formats.count(analytics.registered()), "Registered", Definitions.REGISTERED),
                arrow(), step(Formats.count(analytics.attendees()), "Attendees", Definitions.ATTENDEES),
                arrow(), step(Formats.percent(analytics.attendanceRate()), "Attendance rate",
                        Definitions.ATTENDANCE_RATE));
        statuses.removeAll();
        for (Map.Entry<RegistrationStatus, Long> status : analytics.registrationsByStatus().entrySet()) {
            Span badge = new Span(status.getKey().label() + " " + Formats.count(status.getValue()));
            badge.addClassNames("badge", "status-" + status.getKey().name().toLowerCase(java.util.Locale.ROOT));
            statuses.add(badge);
        }
        kpis.removeAll();
        Div minutes = Widgets.kpi(Formats.hoursMinutesSeconds(analytics.totalSecondsViewed()), "Total viewed",
                Definitions.EVENT_MINUTES);
        Span split = new Span("Live " + Formats.hoursMinutesSeconds(analytics.liveSeconds()) + " · Recordings "
                + Formats.hoursMinutesSeconds(analytics.recordingSeconds()) + " · On-demand "
                + Formats.hoursMinutesSeconds(analytics.onDemandSeconds()));
        split.addClassName("kpi-detail");
        minutes.add(split);
        minutes.addClassName("kpi-wide");
        Div peak = Widgets.kpi(Formats.count(analytics.peakConcurrentViewers()), "Peak live viewers", Definitions.PEAK);
        Span peakAt = new Span(analytics.peakAt() == null ? "No live viewing yet"
                : "at " + Formats.time(analytics.peakAt(), event.timeZone()) + ", "
                + Formats.day(analytics.peakAt(), event.timeZone()));
        peakAt.addClassName("kpi-detail");
        peak.add(peakAt);
        kpis.add(minutes, peak,
                Widgets.rateKpi(analytics.liveEngagementRate(), "Live engagement rate", Definitions.EVENT_ENGAGEMENT,
                        SessionAnalyticsView.NO_LIVE_VIEWING),
                Widgets.kpi(Formats.score(analytics.averageEngagementScore()), "Avg. engagement score",
                        Definitions.AVERAGE_SCORE),
                Widgets.kpi(Formats.count(analytics.reactions()), "Reactions", Definitions.REACTIONS),
                Widgets.kpi(Formats.count(analytics.chatMessages()), "Chat messages", Definitions.CHAT),
                Widgets.kpi(Formats.count(analytics.pollResponses()), "Poll responses", Definitions.EVENT_POLLS),
                Widgets.kpi(Formats.count(analytics.qaThreads()), "Q&A threads", Definitions.QA_THREADS),
                Widgets.kpi(Formats.count(analytics.raisedHands()), "Raised hands", Definitions.RAISED_HANDS),
                Widgets.kpi(Formats.count(analytics.attachmentsDownloaded()), "Attachments downloaded",
                        Definitions.EVENT_ATTACHMENTS));
        sessionRows.show(analytics.sessions());
        videoRows.show(analytics.videos().stream().limit(TOP_VIDEOS).toList());
        showBands(analytics.engagementBands());
        showMostEngaged(analytics.mostEngaged());
    }

    private void showBands(EventAnalytics.Bands counts) {
        long total = counts.hot() + counts.warm() + counts.cold();
        bands.removeAll();
        bands.add(band(EngagementBand.HOT, counts.hot(), total), band(EngagementBand.WARM, counts.warm(), total),
                band(EngagementBand.COLD, counts.cold(), total));
    }

    private static Div band(EngagementBand band, long count, long total) {
        Span name = new Span(band.label());
        name.addClassNames("badge", "band-" + band.name().toLowerCase(java.util.Locale.ROOT));
        Div fill = new Div();
        fill.addClassNames("band-fill", "band-" + band.name().toLowerCase(java.util.Locale.ROOT));
        fill.getStyle().setWidth(total == 0 ? "0%" : Math.round(100.0 * count / total) + "%");
        Div bar = new Div(fill);
        bar.addClassName("band-bar");
        Span value = new Span(Formats.count(count));
        value.addClassName("band-count");
        Div row = new Div(name, bar, value);
        row.addClassName("band-row");
        return row;
    }

    private void showMostEngaged(List<EngagedPerson> people) {
        mostEngaged.removeAll();
        if (people.isEmpty()) {
            mostEngaged.add(EmptyState.of("Nobody has attended yet."));
            return;
        }
        int rank = 1;
        for (EngagedPerson person : people) {
            Span position = new Span(String.valueOf(rank++));
            position.addClassName("rank");
            RouterLink name = new RouterLink(person.name(), UserAnalyticsView.class,
                    AnalyticsRoutes.user(event.id(), person.userId()));
            String line = person.title().isBlank() ? person.company()
                    : person.company().isBlank() ? person.title() : person.title() + ", " + person.company();
            Span details = new Span(line);
            details.addClassName("person-details");
            Div text = new Div(name, details);
            text.addClassName("person-text");
            Span score = new Span(Formats.score(person.score()));
            score.addClassName("score-value");
            Span band = new Span(person.band().label());
            band.addClassNames("badge", "band-" + person.band().name().toLowerCase(java.util.Locale.ROOT));
            Div row = new Div(position, text, score, band);
            row.addClassName("engaged-row");
            mostEngaged.add(row);
        }
    }

    private Component mostEngagedHeading() {
        Span heading = Widgets.label("Most engaged people", Definitions.ENGAGEMENT_SCORE);
        heading.addClassName("subheading");
        return heading;
    }

    private void buildSessions() {
        sessions.addClassName("sessions-ranking");
        sessions.addComponentColumn(s -> new RouterLink(s.name(), SessionAnalyticsView.class,
                        AnalyticsRoutes.session(event.id(), s.sessionId())))
                .setHeader("Session").setKey("name").setFlexGrow(3).setWidth("110px").setComparator(SessionRank::name);
        Grid.Column<SessionRank> starts = sessions.addColumn(s -> Formats.time(s.startsAt(), event.timeZone()))
                .setHeader("Starts").setKey("startsAt").setComparator(SessionRank::startsAt).setFlexGrow(0)
                .setWidth("100px");
        Grid.Column<SessionRank> attendees = sessions.addColumn(s -> Formats.count(s.attendees())).setKey("attendees")
                .setWidth("100px")
                .setHeader(Widgets.label("Attendees", Definitions.SESSION_ATTENDEES))
                .setComparator(SessionRank::attendees).setTextAlign(ColumnTextAlign.END);
        sessions.addColumn(s -> Formats.hoursMinutesSeconds(s.totalSecondsViewed())).setKey("minutes")
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES))
                .setComparator(SessionRank::totalSecondsViewed).setTextAlign(ColumnTextAlign.END).setWidth("90px");
        sessions.addComponentColumn(s -> SessionAnalyticsView.rateBar(s.liveEngagementRate())).setKey("engagement")
                .setHeader(Widgets.label("Live engagement", Definitions.TOTAL_ENGAGEMENT)).setFlexGrow(2)
                .setWidth("110px").setComparator(Comparator.comparing(SessionRank::liveEngagementRate,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        Grid.Column<SessionRank> peak = sessions.addColumn(this::peak).setKey("peak")
                .setHeader(Widgets.label("Peak live viewers", Definitions.PEAK)).setWidth("120px")
                .setComparator(SessionRank::peakConcurrentViewers).setTextAlign(ColumnTextAlign.END);
        sessions.getColumns().forEach(column -> column.setSortable(true));
        RowDetails.of(sessions, SessionRank::name)
                .fold(attendees, "Attendees", s -> Formats.count(s.attendees()))
                .fold(peak, "Peak live viewers", this::peak)
                .fold(starts, "Starts", s -> Formats.time(s.startsAt(), event.timeZone()));
        sessions.setItems(sessionRows);
        sessions.sort(GridSortOrder.desc(sessions.getColumnByKey("attendees")).build());
        sessions.setAllRowsVisible(true);
        sessions.setMultiSort(false);
        sessions.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
    }

    private String peak(SessionRank s) {
        return s.peakAt() == null ? "—" : Formats.count(s.peakConcurrentViewers()) + " at "
                + Formats.time(s.peakAt(), event.timeZone());
    }

    private void buildVideos() {
        videos.addClassName("videos-ranking");
        videos.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                AnalyticsRoutes.video(event.id(), v.contentId()))).setHeader("Video").setFlexGrow(3).setWidth("150px");
        Grid.Column<VideoRank> viewers = videos.addColumn(v -> Formats.count(v.uniqueViewers()))
                .setHeader(Widgets.label("Viewers", Definitions.UNIQUE_VIEWERS)).setTextAlign(ColumnTextAlign.END)
                .setWidth("90px");
        videos.addColumn(v -> Formats.percent(v.averageCompletionRate()))
                .setHeader(Widgets.label("Avg. completion", Definitions.AVERAGE_COMPLETION))
                .setTextAlign(ColumnTextAlign.END).setWidth("110px");
        RowDetails.of(videos, VideoRank::name).fold(viewers, "Viewers", v -> Formats.count(v.uniqueViewers()));
        videos.setItems(videoRows);
        videos.setAllRowsVisible(true);
        videos.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
    }

    private static Div step(String value, String label, Definitions definition) {
        Span number = new Span(value);
        number.addClassName("funnel-value");
        Div step = new Div(number, Widgets.label(label, definition));
        step.addClassName("funnel-step");
        return step;
    }

    private static Component arrow() {
        var icon = VaadinIcon.ANGLE_RIGHT.create();
        icon.addClassName("funnel-arrow");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
