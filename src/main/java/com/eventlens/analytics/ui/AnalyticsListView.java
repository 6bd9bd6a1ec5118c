package com.eventlens.analytics.ui;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.ui.EmptyState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The one shape of an analytics list (Analytics > Sessions, Analytics > On-demand content): a heading, what the list
 * shows, "Data as of", and one row per item whose name leads to its own analytics — or, without items, an empty
 * state. A list says only what its rows are and which columns they have (added in its constructor; a link reads the
 * shown event from {@link #eventId()}).
 */
abstract class AnalyticsListView<T> extends VerticalLayout implements BeforeEnterObserver {

    final Grid<T> grid = new Grid<>();
    private final EventRouteGuard guard;
    private final String heading;
    private final String intro;
    private final String emptyText;
    private final Function<UUID, List<T>> rows;
    private final Function<T, Instant> dataAsOf;
    private UUID eventId;

    AnalyticsListView(EventRouteGuard guard, String heading, String intro, String emptyText,
                      Function<UUID, List<T>> rows, Function<T, Instant> dataAsOf) {
        this.guard = guard;
        this.heading = heading;
        this.intro = intro;
        this.emptyText = emptyText;
        this.rows = rows;
        this.dataAsOf = dataAsOf;
        addClassNames("dashboard", "analytics-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** The event whose list is shown, for the links of the rows. */
    UUID eventId() {
        return eventId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        VisibleEvent event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        eventId = event.id();
        List<T> items = rows.apply(eventId);
        grid.setItems(items);
        Paragraph introduction = new Paragraph(intro);
        introduction.addClassName("page-intro");
        removeAll();
        add(new H1(heading), introduction,
                Widgets.dataAsOf(items.isEmpty() ? null : dataAsOf.apply(items.getFirst()), event.timeZone()),
                items.isEmpty() ? EmptyState.of(emptyText) : grid);
    }
}
