package com.eventlens.console.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.eventlens.people.EventAccess;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.security.CurrentUser;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.PermitAll;

/**
 * The events the signed-in account may see — searchable by name, with their status (upcoming, live now, ended) and
 * sortable by any column, the next to start first — the way into each event's pages. A manager of a single event
 * lands straight in it once per sign-in; "← All events" still shows this list.
 */
@Route("")
@PageTitle("Events · Eventlens")
@PermitAll
public class EventsView extends VerticalLayout implements BeforeEnterObserver {

    /** Session attribute: the one-event manager has landed in their event already in this sign-in. */
    static final String LANDED = EventsView.class.getName() + ".landed";

    final Grid<VisibleEvent> grid = new Grid<>();
    final TextField search = new TextField();
    private final EventAccess events;
    private final H1 title = new H1("Events");
    private final Paragraph intro = new Paragraph(
            "Pick an event to see its agenda, its people and what every attendee did.");
    private final Div empty = new Div(new Paragraph("No events to show yet."), new Paragraph(
            "An admin sees every event; an event manager sees the events where they are registered as an event "
                    + "manager. Ask an admin to add you to one."));
    private GridListDataView<VisibleEvent> shown;

    EventsView(EventAccess events, PeopleDirectory people, Clock clock) {
        this.events = events;
        addClassName("events-view");
        setMaxWidth("1100px");
        intro.addClassName("page-intro");
        empty.addClassName("empty-state");

        grid.addComponentColumn(event -> new RouterLink(event.name(), OverviewView.class, parameters(event)))
                .setHeader("Event").setKey("name").setFlexGrow(3).setWidth("170px").setComparator(VisibleEvent::name);
        Grid.Column<VisibleEvent> status = grid.addComponentColumn(event -> badge(status(event, clock)))
                .setHeader("Status").setKey("status").setWidth("110px").setComparator(event -> status(event, clock));
        Grid.Column<VisibleEvent> dates = grid.addColumn(EventsView::dates).setHeader("Dates").setKey("startsAt")
                .setFlexGrow(2).setWidth("250px").setComparator(VisibleEvent::startsAt);
        Grid.Column<VisibleEvent> zone = grid.addColumn(event -> Formats.zone(event.timeZone(), event.startsAt()))
                .setHeader("Time zone").setWidth("120px");
        Grid.Column<VisibleEvent> registered = grid.addColumn(event -> Formats.count(people.count(event.id())))
                .setHeader("People").setKey("people").setWidth("90px").setTextAlign(ColumnTextAlign.END)
                .setComparator(event -> people.count(event.id()));
        grid.getColumns().stream().filter(column -> column != zone).forEach(column -> column.setSortable(true));
        RowDetails.of(grid, VisibleEvent::name)
                .fold(status, "Status", event -> badge(status(event, clock)))
                .fold(dates, "Dates", EventsView::dates)
                .fold(registered, "People", event -> Formats.count(people.count(event.id())))
                .fold(zone, "Time zone", event -> Formats.zone(event.timeZone(), event.startsAt()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.desc(dates).build());
        search.setPlaceholder("Search events");
        search.setAriaLabel("Search events");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("list-search");
        search.addValueChangeListener(change -> filter());
    }

    /** The events of this moment, each time the list is entered (the same page may be entered again). */
    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        List<VisibleEvent> visible = events.visibleEvents();
        VaadinSession session = VaadinSession.getCurrent();
        boolean manager = CurrentUser.get().map(user -> !user.isAdmin()).orElse(false);
        if (manager && visible.size() == 1 && session != null && session.getAttribute(LANDED) == null) {
            session.setAttribute(LANDED, Boolean.TRUE);
            navigation.forwardTo(OverviewView.class, parameters(visible.getFirst()));
            return;
        }
        removeAll();
        if (visible.isEmpty()) {
            add(title, intro, empty);
            return;
        }
        shown = grid.setItems(visible);
        filter();
        add(title, intro, search, grid);
    }

    private void filter() {
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        shown.setFilter(event -> event.name().toLowerCase(Locale.ROOT).contains(words));
    }

    private static RouteParameters parameters(VisibleEvent event) {
        return new RouteParameters(RouteIds.EVENT_ID, event.id().toString());
    }

    private static String status(VisibleEvent event, Clock clock) {
        return OverviewView.status(event.startsAt(), event.endsAt(), clock.instant());
    }

    private static Span badge(String status) {
        Span badge = new Span(status);
        badge.addClassNames("badge", "event-status-" + status.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return badge;
    }

    private static String dates(VisibleEvent event) {
        return Formats.dateTime(event.startsAt(), event.timeZone()) + " – "
                + Formats.dateTime(event.endsAt(), event.timeZone());
    }
}
