package com.eventlens.people.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.Registration;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.KeptAddress;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * The people of an event as a lazy grid with its count: every page, sort, search and filter is one SQL query, so it
 * stays fast with a million registrations. The count comes first when the database has it at once; otherwise the
 * rows come first (the grid grows as it is scrolled) and the count follows from the background. Its columns are all
 * declared in {@link #addColumns()}; the last one holds each row's ⋮ button, which opens {@link PeopleRowActions}.
 */
final class PeopleGrid extends Grid<Registration> {

    /** How long the grid waits for the count before it shows the rows and counts in the background. */
    static final Duration COUNT_BUDGET = Duration.ofMillis(100);
    static final String ACTIONS = "actions";

    final Span count = new Span();
    private final PeopleManagement people;
    private final BackgroundCounts counts;
    private final PeopleEmptyState emptyState;
    private final GridLazyDataView<Registration> rows;

    private volatile VisibleEvent event;
    private volatile PeopleFilter filter = PeopleFilter.EVERYONE;
    private PeopleGroup group = PeopleGroup.ALL_USERS;
    private volatile Long matching;
    /** Changes with every new filter, so that a count that arrives late for an older one is dropped. */
    private volatile long generation;
    /** What the grid shows now, for the export (which cannot ask the grid from its own thread). */
    private volatile PeopleSort shownSort = PeopleSort.CREATED_AT;
    private volatile boolean shownDescending;
    /** The engagement scores of the rows fetched so far (the grid asks for pages on its own thread of work). */
    private final Map<UUID, Integer> scores = new ConcurrentHashMap<>();

    PeopleGrid(PeopleManagement people, BackgroundCounts counts, PeopleEmptyState emptyState) {
        this.people = people;
        this.counts = counts;
        this.emptyState = emptyState;
        count.addClassName("people-count");
        addColumns();
        setMultiSort(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
        addClassName("people-grid");
        setSizeFull();
        setPageSize(50);

        rows = setItems(new CallbackDataProvider<Registration, Void>(
                query -> event == null ? Stream.empty() : withScores(people.page(event.id(), filter, sort(query),
                        descending(query), query.getOffset(), query.getLimit())).stream(),
                query -> matching == null ? 0 : (int) Math.min(matching, Integer.MAX_VALUE),
                Registration::id));
        addSortListener(sorted -> sorted.getSortOrder().stream().findFirst().ifPresentOrElse(order -> {
            shownSort = PeopleSort.valueOf(order.getSorted().getSortOrder(order.getDirection()).findFirst()
                    .orElseThrow().getSorted());
            shownDescending = order.getDirection() == SortDirection.DESCENDING;
        }, () -> {
            shownSort = PeopleSort.CREATED_AT;
            shownDescending = false;
        }));
        sort(GridSortOrder.asc(getColumnByKey("createdAt")).build());
        setEmptyStateComponent(emptyState);
    }

    /**
     * Every column, in the order shown; each sortable one names the {@link PeopleSort} it asks the database for. The
     * name and the ⋮ always show; on a narrower grid the others step aside into the row (status and score last).
     */
    private void addColumns() {
        addComponentColumn(PeopleBadges::person).setHeader("User details").setKey("name")
                .setSortProperty(PeopleSort.NAME.name()).setFlexGrow(2).setWidth("180px")
                .setTooltipGenerator(person -> person.titleAndCompany().isBlank() ? person.fullName()
                        : person.fullName() + " · " + person.titleAndCompany());
        Column<Registration> email = addColumn(Registration::email).setHeader("Email").setKey("email")
                .setSortProperty(PeopleSort.EMAIL.name()).setFlexGrow(3).setWidth("210px");
        Column<Registration> roles = addComponentColumn(PeopleBadges::roles).setHeader("Event role").setKey("roles")
                .setSortProperty(PeopleSort.ROLES.name()).setFlexGrow(1).setWidth("150px");
        Column<Registration> registrationType = addColumn(person -> person.registrationType().label())
                .setHeader("Registration type").setKey("registrationType")
                .setSortProperty(PeopleSort.REGISTRATION_TYPE.name()).setFlexGrow(0).setWidth("125px");
        Column<Registration> status = addComponentColumn(person -> PeopleBadges.status(person.status()))
                .setHeader("Status").setKey("status").setSortProperty(PeopleSort.STATUS.name()).setFlexGrow(0)
                .setWidth("170px");
        Column<Registration> created = addColumn(person -> Formats.date(person.createdAt(), event.timeZone()))
                .setHeader("Creation date").setKey("createdAt").setSortProperty(PeopleSort.CREATED_AT.name())
                .setFlexGrow(0).setWidth("110px")
                .setTooltipGenerator(person -> Formats.dateTime(person.createdAt(), event.timeZone()));
        Column<Registration> score = addComponentColumn(person -> PeopleBadges.score(scoreOf(person)))
                .setHeader(scoreHeader()).setKey("engagementScore")
                .setSortProperty(PeopleSort.ENGAGEMENT_SCORE.name()).setFlexGrow(0).setWidth("130px")
                .setTextAlign(ColumnTextAlign.END);
        Column<Registration> actions = addComponentColumn(PeopleGrid::actionsButton).setKey(ACTIONS).setHeader("")
                .setFlexGrow(0).setWidth("56px").setTextAlign(ColumnTextAlign.CENTER).setFrozenToEnd(true);
        actions.setId(PeopleRowActions.COLUMN_ID);
        RowDetails.of(this, Registration::fullName)
                .clickOpensNothingIn(actions)
                .fold(status, "Status", person -> PeopleBadges.status(person.status()))
                .fold(score, "Engagement score", person -> PeopleBadges.score(scoreOf(person)))
                .fold(email, "Email", Registration::email)
                .fold(roles, "Event role", PeopleBadges::roles)
                .fold(created, "Creation date", person -> Formats.date(person.createdAt(), event.timeZone()))
                .fold(registrationType, "Registration type", person -> person.registrationType().label());
    }

    private int scoreOf(Registration person) {
        return scores.getOrDefault(person.id(), 0);
    }

    /** The page's rows, with their engagement scores at hand for the score column. */
    private List<Registration> withScores(List<Registration> page) {
        scores.putAll(people.engagementScores(event.id(), page.stream().map(Registration::id).toList()));
        return page;
    }

    private static Span scoreHeader() {
        Span header = new Span("Engagement score");
        header.getElement().setAttribute("title", "0–100, from what the person watched and did (Settings > "
                + "Engagement weighs it); whole points");
        return header;
    }

    /** The row's ⋮: a real button, so that Tab reaches it and Enter or Space opens the row's actions. */
    private static Button actionsButton(Registration person) {
        Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        more.addClassName("row-menu");
        more.setAriaLabel("Actions for " + person.fullName());
        more.getElement().setAttribute("aria-haspopup", "menu");
        return more;
    }

    /** Sorts as the address says ({@code name,desc}); in the order people registered when it says nothing valid. */
    void showSort(Optional<String> address) {
        if (!KeptAddress.sort(this, address)) {
            sort(GridSortOrder.asc(getColumnByKey("createdAt")).build());
        }
    }

    /** Shows the people of the event that match, counting them as described above. */
    void show(VisibleEvent shownEvent, PeopleGroup shownGroup, PeopleFilter shownFilter) {
        event = shownEvent;
        group = shownGroup;
        filter = shownFilter;
        refresh();
    }

    /** Shows the current rows again, after a change of the grid's people. */
    void refresh() {
        long current = ++generation;
        OptionalLong quick = people.countWithin(event.id(), filter, COUNT_BUDGET);
        if (quick.isPresent()) {
            showCount(quick.getAsLong());
        } else {
            matching = null;
            count.setText("Counting…");
            emptyState.removeAll();
            rows.setItemCountUnknown();
            countInBackground(current);
        }
        getDataProvider().refreshAll();
    }

    PeopleFilter filter() {
        return filter;
    }

    PeopleSort shownSort() {
        return shownSort;
    }

    boolean shownDescending() {
        return shownDescending;
    }

    private void showCount(long found) {
        matching = found;
        count.setText(group.count(found));
        emptyState.show(found, filter, group);
        rows.setItemCountFromDataProvider();
    }

    private void countInBackground(long current) {
        UI ui = UI.getCurrent();
        UUID eventId = event.id();
        PeopleFilter counted = filter;
        counts.submit(() -> {
            if (generation != current) {
                return;
            }
            try {
                long total = people.count(eventId, counted);
                ui.access(() -> {
                    if (generation == current) {
                        showCount(total);
                    }
                });
            } catch (UIDetachedException gone) {
                // The page was closed while counting.
            } catch (RuntimeException failed) {
                // The event went away or the database failed: no count rather than a wrong one.
                ui.access(() -> {
                    if (generation == current) {
                        count.setText("");
                    }
                });
            }
        });
    }

    private static PeopleSort sort(Query<Registration, Void> query) {
        return query.getSortOrders().stream().findFirst().map(QuerySortOrder::getSorted).map(PeopleSort::valueOf)
                .orElse(PeopleSort.CREATED_AT);
    }

    private static boolean descending(Query<Registration, Void> query) {
        return query.getSortOrders().stream().findFirst().map(order -> order.getDirection() == SortDirection.DESCENDING)
                .orElse(false);
    }
}
