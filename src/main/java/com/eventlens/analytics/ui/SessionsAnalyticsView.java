package com.eventlens.analytics.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Analytics > Sessions: every session of the agenda — when (in the event's time zone), its type and its headline
 * numbers — in agenda order or sorted by any column, with the sessions added up in a Total row, leading to each
 * session's analytics.
 */
@Route("events/:eventId/analytics/sessions")
@PageTitle("Session analytics")
@PermitAll
public class SessionsAnalyticsView extends AnalyticsListView<SessionsAnalyticsView.SessionRow> {

    /** A session's figures with its place on the agenda. */
    record SessionRow(SessionAnalytics figures, Session session) {

        UUID sessionId() {
            return figures.sessionId();
        }
    }

    /** The Total row: the sessions shown (those the search finds), added up. */
    final HeaderRow totals;

    SessionsAnalyticsView(Dashboards dashboards, Agenda agenda, EventRouteGuard guard, Clock clock) {
        super(guard, clock, "Session analytics", "How each session was watched and how its attendees took part. Attendees "
                        + "are everyone who watched the session or did anything in it (reacted, chatted, answered a "
                        + "poll, downloaded…); unique viewers are those of them who watched it, live or recorded. Open a "
                        + "session to see its attendees.",
                "This event has no sessions yet.", "sessions", eventId -> rows(dashboards, agenda, eventId),
                row -> row.figures().dataAsOf(), row -> row.figures().name(), AnalyticsRoutes::sessions);
        Grid.Column<SessionRow> name = grid.addComponentColumn(row -> new RouterLink(row.figures().name(),
                        SessionAnalyticsView.class, AnalyticsRoutes.session(eventId(), row.sessionId())))
                .setHeader("Session").setKey("name").setWidth("92px")
                .setComparator(row -> row.figures().name());
        Grid.Column<SessionRow> when = grid.addColumn(row -> starts(row)).setHeader("Starts").setKey("startsAt")
                .setWidth("140px").setComparator(row -> row.session() == null ? null : row.session().startsAt());
        Grid.Column<SessionRow> type = grid.addColumn(SessionsAnalyticsView::type).setHeader("Type").setKey("type")
                .setWidth("110px").setComparator(SessionsAnalyticsView::type);
        Grid.Column<SessionRow> attendees = grid.addColumn(row -> Formats.count(row.figures().totalAttendees()))
                .setHeader(Widgets.label("Attendees", Definitions.SESSION_ATTENDEES)).setKey("attendees")
                .setWidth("120px").setTextAlign(ColumnTextAlign.END)
                .setComparator(row -> row.figures().totalAttendees());
        Grid.Column<SessionRow> viewers = grid.addColumn(row -> Formats.count(row.figures().uniqueViewers()))
                .setHeader(Widgets.label("Unique viewers", Definitions.UNIQUE_VIEWERS)).setKey("uniqueViewers")
                .setWidth("110px").setTextAlign(ColumnTextAlign.END)
                .setComparator(row -> row.figures().uniqueViewers());
        grid.addColumn(row -> Formats.hoursMinutesSeconds(row.figures().totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.SESSION_MINUTES)).setKey("minutes")
                // room for the Total's hours (153:15:20) on one line
                .setWidth("104px").setTextAlign(ColumnTextAlign.END)
                .setComparator(row -> row.figures().totalSecondsViewed());
        grid.addComponentColumn(row -> SessionAnalyticsView.rateBar(row.figures().liveEngagementRate()))
                .setHeader(Widgets.label("Live engagement rate", Definitions.TOTAL_ENGAGEMENT)).setKey("engagement")
                .setWidth("130px").setComparator(Comparator.comparing(
                        row -> row.figures().liveEngagementRate(), Comparator.nullsFirst(Comparator.naturalOrder())));
        Grid.Column<SessionRow> reactions = grid.addColumn(row -> Formats.count(row.figures().reactions()))
                .setHeader("Reactions").setKey("reactions").setWidth("120px").setTextAlign(ColumnTextAlign.END)
                .setComparator(row -> row.figures().reactions());
        Grid.Column<SessionRow> chat = grid.addColumn(row -> Formats.count(row.figures().chatMessages()))
                .setHeader("Chat messages").setKey("chatMessages").setWidth("120px").setTextAlign(ColumnTextAlign.END)
                .setComparator(row -> row.figures().chatMessages());
        // The session's name takes whatever room the figures leave: they keep their widths.
        grid.getColumns().forEach(column -> column.setSortable(true).setFlexGrow(column == name ? 1 : 0));
        totals = grid.appendHeaderRow();
        totals.getCell(name).setText("Total");
        RowDetails.of(grid, row -> row.figures().name())
                .readableAt(name, 150) // long words whole ("Knighthood", "Masterclass"); 92 px only on a phone
                .fold(attendees, "Attendees", row -> Formats.count(row.figures().totalAttendees()))
                .fold(viewers, "Unique viewers", row -> Formats.count(row.figures().uniqueViewers()))
                .fold(when, "Starts", this::starts)
                .fold(type, "Type", SessionsAnalyticsView::type)
                .fold(reactions, "Reactions", row -> Formats.count(row.figures().reactions()))
                .fold(chat, "Chat messages", row -> Formats.count(row.figures().chatMessages()));
    }

    @Override
    void shown(List<SessionRow> rows) {
        long seconds = rows.stream().mapToLong(row -> row.figures().totalSecondsViewed()).sum();
        totals.getCell(grid.getColumnByKey("minutes")).setText(Formats.hoursMinutesSeconds(seconds));
        totals.getCell(grid.getColumnByKey("reactions")).setText(Formats.count(
                rows.stream().mapToLong(row -> row.figures().reactions()).sum()));
        totals.getCell(grid.getColumnByKey("chatMessages")).setText(Formats.count(
                rows.stream().mapToLong(row -> row.figures().chatMessages()).sum()));
    }

    @Override
    String[] csvHeader() {
        return new String[] {"session", "starts_at", "type", "attendees", "unique_viewers", "seconds_viewed",
                "minutes_viewed", "live_engagement_rate", "reactions", "chat_messages"};
    }

    @Override
    Object[] csvRow(SessionRow row) {
        SessionAnalytics s = row.figures();
        return new Object[] {s.name(), row.session() == null ? null : row.session().startsAt(), type(row),
                s.totalAttendees(), s.uniqueViewers(), s.totalSecondsViewed(),
                Formats.decimalMinutes(s.totalSecondsViewed()), s.liveEngagementRate(), s.reactions(),
                s.chatMessages()};
    }

    private String starts(SessionRow row) {
        return row.session() == null ? "" : Formats.day(row.session().startsAt(), timeZone()) + ", "
                + Formats.time(row.session().startsAt(), timeZone());
    }

    private static String type(SessionRow row) {
        return row.session() == null ? "" : row.session().type().label();
    }

    private static List<SessionRow> rows(Dashboards dashboards, Agenda agenda, UUID eventId) {
        Map<UUID, Session> sessions = agenda.sessionsOf(eventId).stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        return dashboards.sessions(eventId).stream().map(s -> new SessionRow(s, sessions.get(s.sessionId()))).toList();
    }
}
