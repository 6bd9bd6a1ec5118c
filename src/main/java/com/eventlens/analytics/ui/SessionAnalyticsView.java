package com.eventlens.analytics.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.eventlens.analytics.CsvExports;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.SessionAnalytics.Attendee;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.RowDetails;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Session analytics: the session's headline numbers and its attendees, paged and sorted in SQL. */
@Route("events/:eventId/sessions/:sessionId/analytics")
@PermitAll
public class SessionAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEFAULT_SORT = "secondsViewed";
    /** Why a live engagement rate is "—". */
    static final String NO_LIVE_VIEWING = "no live viewing";

    private final Dashboards dashboards;
    private final Reports reports;
    private final CsvExports exports;
    private final EventRouteGuard guard;
    final Grid<Attendee> attendees = new Grid<>();
    private final Div headline = new Div();
    private final HeaderRow totalRow;
    private final Div footer = new Div();
    private final H1 name = new H1();
    private final Div asOf = new Div();
    private VisibleEvent event;
    private UUID sessionId;
    private LiveViewersPanel liveViewers;
    private GridSort<Attendee> sort;

    SessionAnalyticsView(Dashboards dashboards, Reports reports, CsvExports exports, EventRouteGuard guard,
                          LiveAnalytics live) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.exports = exports;
        this.guard = guard;
        live.refreshWhileAttached(this, () -> event == null ? null : event.id(), this::refresh);
        addClassNames("dashboard", "session-analytics");

        attendees.addComponentColumn(this::nameCell).setHeader("Name").setKey("name").setFlexGrow(3).setWidth("100px");
        attendees.addColumn(a -> Formats.minutesSeconds(a.secondsViewed())).setKey("secondsViewed")
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES)).setSortable(true)
                .setWidth("90px");
        Grid.Column<Attendee> reactions = attendees.addColumn(a -> Formats.count(a.reactions())).setKey("reactions")
                .setHeader(Widgets.label("Reactions", Definitions.REACTIONS)).setSortable(true).setWidth("100px");
        Grid.Column<Attendee> chat = attendees.addColumn(a -> Formats.count(a.chatMessages())).setKey("chatMessages")
                .setHeader(Widgets.label("Sent chat messages", Definitions.CHAT)).setSortable(true).setWidth("110px");
        Grid.Column<Attendee> polls = attendees.addColumn(a -> Formats.count(a.pollsAnswered())).setKey("pollsAnswered")
                .setHeader(Widgets.label("Polls answered", Definitions.POLLS_ANSWERED)).setSortable(true)
                .setWidth("100px");
        attendees.addComponentColumn(a -> rateBar(a.liveEngagementRate())).setKey("liveEngagementRate")
                .setHeader(Widgets.label("Live engagement rate", Definitions.SESSION_ENGAGEMENT)).setSortable(true)
                .setFlexGrow(2).setWidth("110px");
        attendees.getColumns().stream().filter(column -> column.isSortable())
                .forEach(column -> column.setSortProperty(column.getKey()));
        RowDetails.of(attendees, Attendee::name)
                .fold(reactions, "Reactions", a -> Formats.count(a.reactions()))
                .fold(chat, "Sent chat messages", a -> Formats.count(a.chatMessages()))
                .fold(polls, "Polls answered", a -> Formats.count(a.pollsAnswered()));
        totalRow = attendees.appendHeaderRow();
        sort = new GridSort<>(attendees, DEFAULT_SORT);
        attendees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        attendees.setMultiSort(false);
        attendees.addClassName("attendees-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        sessionId = RouteIds.uuid(navigation, AnalyticsRoutes.SESSION_ID).orElse(null);
        guard.found(navigation, Optional.ofNullable(sessionId).flatMap(session ->
                        dashboards.session(event.id(), session, PageRequest.page(0, 1, DEFAULT_SORT, true))))
                .ifPresent(session -> build(session, navigation));
    }

    @Override
    public String getPageTitle() {
        return name.getText() + " · Session analytics";
    }

    private void build(SessionAnalytics session, BeforeEnterEvent navigation) {
        removeAll();
        UUID eventId = event.id();
        UUID shown = sessionId;
        Anchor export = ExportLink.of(CsvDownload.of(() -> exports.sessionAttendees(eventId, shown, sort.sort(),
                sort.descending())));
        Div actions = new Div(export, new ReportDownload("Download report", () -> reports.session(eventId, shown)));
        actions.addClassName("dashboard-actions");
        Div title = new Div(name, actions);
        title.addClassName("dashboard-header");
        headline.addClassName("kpis");
        footer.addClassName("attendee-footer");
        Div card = new Div(new H2("Attendees"), attendees, footer);
        card.addClassNames("card", "dashboard-card");
        liveViewers = new LiveViewersPanel(interval -> dashboards.liveViewers(eventId, shown, interval).orElseThrow(),
                event.timeZone(), session.name());
        add(Widgets.analyticsTrail(event, "Sessions", AnalyticsRoutes.sessions(eventId), session.name()), title, asOf,
                headline, liveViewers, card);

        attendees.setItems(query -> Paging.fetch(query, DEFAULT_SORT, page ->
                        dashboards.session(event.id(), sessionId, page).map(SessionAnalytics::attendees).orElse(List.of())),
                query -> (int) headline().map(SessionAnalytics::totalAttendees).orElse(0L).longValue());
        Widgets.growWithWindow(attendees, session.totalAttendees());
        sort.restore(navigation);
        show(session);
    }

    /** The figures of this moment, in place: the grid keeps its sort and the browser its scroll position. */
    void refresh() {
        headline().ifPresent(this::show);
        attendees.getDataProvider().refreshAll();
        liveViewers.refresh();
    }

    private java.util.Optional<SessionAnalytics> headline() {
        return dashboards.session(event.id(), sessionId, PageRequest.page(0, 1, DEFAULT_SORT, true));
    }

    private void show(SessionAnalytics session) {
        name.setText(session.name());
        asOf.removeAll();
        asOf.add(Widgets.dataAsOf(session.dataAsOf(), event.timeZone()));
        headline.removeAll();
        headline.add(
                Widgets.kpi(Formats.count(session.uniqueViewers()), "Unique viewers", Definitions.UNIQUE_VIEWERS),
                Widgets.kpi(Formats.hoursMinutesSeconds(session.totalSecondsViewed()), "Total minutes viewed",
                        Definitions.SESSION_MINUTES),
                Widgets.kpi(Formats.minutesSeconds(Math.round(session.averageSecondsViewed())), "Avg. minutes viewed",
                        Definitions.AVERAGE_MINUTES),
                Widgets.rateKpi(session.liveEngagementRate(), "Live engagement rate", Definitions.TOTAL_ENGAGEMENT,
                        NO_LIVE_VIEWING),
                Widgets.kpi(Formats.count(session.reactions()), "Reactions", Definitions.REACTIONS),
                Widgets.kpi(Formats.count(session.chatMessages()), "Chat messages", Definitions.CHAT),
                Widgets.kpi(Formats.count(session.pollsAnswered()), "Polls answered", Definitions.POLLS_ANSWERED),
                peak(session));
        totalRow.getCell(attendees.getColumnByKey("name")).setText("Total (" + Formats.count(session.totalAttendees())
                + " attendees)");
        totalRow.getCell(attendees.getColumnByKey("secondsViewed")).setText(Formats.hoursMinutesSeconds(session.totalSecondsViewed()));
        totalRow.getCell(attendees.getColumnByKey("reactions")).setText(Formats.count(session.reactions()));
        totalRow.getCell(attendees.getColumnByKey("chatMessages")).setText(Formats.count(session.chatMessages()));
        totalRow.getCell(attendees.getColumnByKey("pollsAnswered")).setText(Formats.count(session.pollsAnswered()));
        totalRow.getCell(attendees.getColumnByKey("liveEngagementRate")).setComponent(rateBar(session.liveEngagementRate()));
        footer.removeAll();
        footer.add(
                Widgets.figure(Formats.count(session.qaThreads()), "Q&A threads created", Definitions.QA_THREADS),
                Widgets.figure(session.attachmentsDownloaded() + "/" + session.attachmentsTotal(),
                        "Attachments downloaded", Definitions.SESSION_ATTACHMENTS),
                Widgets.figure(Formats.count(session.raisedHands()), "Raised hands", Definitions.RAISED_HANDS));
        if (session.totalAttendees() == 0) {
            footer.add(EmptyState.of("No attendees yet: nobody has viewed or interacted in this session."));
        }
    }

    /** The peak of concurrent live viewers and when it was first reached, in the event's time zone. */
    private Div peak(SessionAnalytics session) {
        Div peak = Widgets.kpi(Formats.count(session.peakConcurrentViewers()), "Peak live viewers", Definitions.PEAK);
        Span at = new Span(session.peakAt() == null ? "No live viewing" : "at " + Formats.time(session.peakAt(),
                event.timeZone()));
        at.addClassName("kpi-detail");
        peak.add(at);
        return peak;
    }

    private Component nameCell(Attendee attendee) {
        return Widgets.person(new RouterLink(attendee.name(), UserAnalyticsView.class,
                AnalyticsRoutes.user(event.id(), attendee.userId())), attendee.title(), attendee.company());
    }

    /** A live engagement rate as a number and a bar; "— no live viewing" where there was none. */
    static Component rateBar(Double rate) {
        return rateBar(rate, NO_LIVE_VIEWING);
    }

    /** A rate as a number and a bar; where it is undefined, "—" and {@code none} saying why. */
    static Component rateBar(Double rate, String none) {
        if (rate == null) {
            return Widgets.missing(none);
        }
        Span value = new Span(Formats.percent(rate));
        Div fill = new Div();
        fill.addClassName("rate-fill");
        fill.getStyle().setWidth(rate == null ? "0%" : Math.round(rate * 100) + "%");
        Div bar = new Div(fill);
        bar.addClassName("rate-bar");
        Div cell = new Div(value, bar);
        cell.addClassName("rate");
        return cell;
    }
}
