package com.eventlens.analytics.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.FileNames;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.KeptAddress;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The one shape of an analytics list (Analytics > Sessions, Analytics > On-demand content): a heading, what the list
 * shows, "Data as of", a search by name, Export CSV, and one row per item whose name leads to its own analytics — or,
 * without items, an empty state. The search and the sort live in the address ({@code ?search=…&sort=minutes,desc}),
 * and the export writes the rows as shown. A list says only what its rows are, which columns they have (added in its
 * constructor, each with a key; a link reads the shown event from {@link #eventId()}) and how a row reads as CSV.
 */
abstract class AnalyticsListView<T> extends VerticalLayout implements BeforeEnterObserver {

    static final String SEARCH = "search";

    final Grid<T> grid = new Grid<>();
    final TextField search = new TextField();
    final Anchor export = ExportLink.create();
    /** What Export CSV writes: the rows as shown, searched and sorted. */
    GridCsv<T> csv;
    private final EventRouteGuard guard;
    private final Clock clock;
    private final String heading;
    private final String intro;
    private final String emptyText;
    private final String subject;
    private final Function<UUID, List<T>> rows;
    private final Function<T, Instant> dataAsOf;
    private final Function<T, String> name;
    private final Function<UUID, String> path;
    private VisibleEvent event;
    private GridListDataView<T> shown;
    /** While the address sets the search and the sort, they are not written back. */
    private boolean restoring;

    /**
     * @param subject what the export holds, for its file name ("sessions")
     * @param name    a row's name, which the search looks in
     * @param path    the list's address (without a query) for an event
     */
    AnalyticsListView(EventRouteGuard guard, Clock clock, String heading, String intro, String emptyText,
                      String subject, Function<UUID, List<T>> rows, Function<T, Instant> dataAsOf,
                      Function<T, String> name, Function<UUID, String> path) {
        this.guard = guard;
        this.clock = clock;
        this.heading = heading;
        this.intro = intro;
        this.emptyText = emptyText;
        this.subject = subject;
        this.rows = rows;
        this.dataAsOf = dataAsOf;
        this.name = name;
        this.path = path;
        addClassNames("dashboard", "analytics-list");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addSortListener(sorted -> keepAddress());
        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search by name");
        search.addClassName("list-search");
        search.addValueChangeListener(change -> {
            filter();
            keepAddress();
        });
    }

    /** The event whose list is shown, for the links of the rows. */
    UUID eventId() {
        return event.id();
    }

    /** The event's time zone, in which the list shows times. */
    ZoneId timeZone() {
        return event.timeZone();
    }

    /** The rows are shown (in the grid's order): a list with a footer adds them up here. */
    void shown(List<T> rows) {
    }

    /** The CSV's header row. */
    abstract String[] csvHeader();

    /** A row as CSV: exact numbers (seconds, fractions), as {@link com.eventlens.analytics.CsvExports} writes them. */
    abstract Object[] csvRow(T row);

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        List<T> items = rows.apply(event.id());
        shown = grid.setItems(items);
        Paragraph introduction = new Paragraph(intro);
        introduction.addClassName("page-intro");
        VisibleEvent exported = event;
        csv = new GridCsv<>(grid, () -> FileNames.of(exported.name(), subject, subject, clock.instant(),
                exported.timeZone(), "csv"), List.of(csvHeader()), this::csvRow);
        export.setHref(csv.handler());
        Div tools = new Div(search, export);
        tools.addClassName("list-tools");
        removeAll();
        add(new H1(heading), introduction,
                Widgets.dataAsOf(items.isEmpty() ? null : dataAsOf.apply(items.getFirst()), event.timeZone()));
        if (items.isEmpty()) {
            add(EmptyState.of(emptyText));
            return;
        }
        add(tools, grid);
        Map<String, List<String>> address = navigation.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            search.setValue(KeptAddress.first(address, SEARCH).orElse(""));
            if (!KeptAddress.sort(grid, KeptAddress.first(address, KeptAddress.SORT))) {
                grid.sort(List.of());
            }
        } finally {
            restoring = false;
        }
        filter();
    }

    private void filter() {
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        shown.setFilter(row -> words.isEmpty() || name.apply(row).toLowerCase(Locale.ROOT).contains(words));
        shown(shown.getItems().toList());
    }

    private void keepAddress() {
        if (restoring || event == null) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put(SEARCH, search.getValue().strip());
        }
        KeptAddress.sortOf(grid).ifPresent(sort -> parameters.put(KeptAddress.SORT, sort));
        KeptAddress.keep(path.apply(event.id()), parameters);
    }
}
