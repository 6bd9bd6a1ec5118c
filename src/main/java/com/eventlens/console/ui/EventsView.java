package com.eventlens.console.ui;

import java.util.List;

import com.eventlens.people.EventAccess;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The events the signed-in account may see; the way into each event's pages. */
@Route("")
@PageTitle("Events · Eventlens")
@PermitAll
public class EventsView extends VerticalLayout {

    final Grid<VisibleEvent> grid = new Grid<>();

    EventsView(EventAccess events, PeopleDirectory people) {
        addClassName("events-view");
        setMaxWidth("1100px");
        H1 title = new H1("Events");
        Paragraph intro = new Paragraph("Pick an event to see its agenda, its people and what every attendee did.");
        intro.addClassName("page-intro");

        grid.addComponentColumn(event -> new RouterLink(event.name(), OverviewView.class,
                        new RouteParameters(RouteIds.EVENT_ID, event.id().toString())))
                .setHeader("Event").setFlexGrow(3).setWidth("170px");
        Grid.Column<VisibleEvent> dates = grid.addColumn(EventsView::dates).setHeader("Dates").setFlexGrow(2)
                .setWidth("250px");
        Grid.Column<VisibleEvent> zone = grid.addColumn(event -> Formats.zone(event.timeZone(), event.startsAt()))
                .setHeader("Time zone").setWidth("120px");
        Grid.Column<VisibleEvent> registered = grid.addColumn(event -> Formats.count(people.count(event.id())))
                .setHeader("People").setWidth("90px").setTextAlign(ColumnTextAlign.END);
        RowDetails.of(grid, VisibleEvent::name)
                .fold(dates, "Dates", EventsView::dates)
                .fold(registered, "People", event -> Formats.count(people.count(event.id())))
                .fold(zone, "Time zone", event -> Formats.zone(event.timeZone(), event.startsAt()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        List<VisibleEvent> visible = events.visibleEvents();
        if (visible.isEmpty()) {
            Div empty = new Div(new Paragraph("No events to show yet."), new Paragraph(
                    "An admin sees every event; an event manager sees the events where they are registered as "
                            + "an event manager. Ask an admin to add you to one."));
            empty.addClassName("empty-state");
            add(title, intro, empty);
        } else {
            grid.setItems(visible);
            add(title, intro, grid);
        }
    }

    private static String dates(VisibleEvent event) {
        return Formats.dateTime(event.startsAt(), event.timeZone()) + " – "
                + Formats.dateTime(event.endsAt(), event.timeZone());
    }
}
