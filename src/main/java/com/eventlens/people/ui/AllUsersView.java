package com.eventlens.people.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleChangeRefused;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.PersonNotFound;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
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
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;

/**
 * People > All users (and Speakers, Moderators, Event team: the same grid, pre-filtered to a role), in the order
 * people registered unless sorted otherwise. A lazy grid:
 * every page, sort, search and filter is one SQL query, so it stays fast with a million registrations. The search
 * and filters are in the address ({@code ?search=…&role=…&status=…}), so that a filtered list can be bookmarked
 * and the browser's back button returns to it.
 */
@Route("events/:eventId/people/:group?(speakers|moderators|team)")
@PermitAll
public class AllUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String GROUP = "group";
    static final int SEARCH_DELAY_MILLIS = 300;

    /** How long the grid waits for the count before it shows the rows and counts in the background. */
    static final Duration COUNT_BUDGET = Duration.ofMillis(100);

    private final PeopleManagement people;
    private final EventRouteGuard guard;
    private final BackgroundCounts counts;

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final TextField search = new TextField();
    final Select<EventRole> role = new Select<>();
    final Select<RegistrationStatus> status = new Select<>();
    final Span count = new Span();
    final Button invite = new Button("Invite", VaadinIcon.PLUS.create());
    final Button bulkInvite = new Button("Bulk invite", VaadinIcon.UPLOAD.create());
    final Anchor export = new Anchor();
    final Grid<Registration> grid = new Grid<>();
    final Div emptyState = new Div();

    private VisibleEvent event;
    private PeopleGroup group = PeopleGroup.ALL_USERS;
    private volatile PeopleFilter filter = PeopleFilter.EVERYONE;
    private volatile Long matching;
    /** Changes with every new filter, so that a count that arrives late for an older one is dropped. */
    private volatile long generation;
    private GridLazyDataView<Registration> rows;
    private boolean navigating;
    /** What the grid shows now, for the export (which cannot ask the grid from its own thread). */
    private volatile PeopleSort shownSort = PeopleSort.CREATED_AT;
    private volatile boolean shownDescending;

    AllUsersView(PeopleManagement people, EventRouteGuard guard, BackgroundCounts counts) {
        this.people = people;
        this.guard = guard;
        this.counts = counts;
        addClassName("people-view");
        setSizeFull();

        search.setPlaceholder("Search name, email or company");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.setMaxLength(PeopleFilter.MAX_SEARCH_LENGTH);
        search.addClassName("people-search");
        search.getElement().setAttribute("aria-label", "Search users");
        search.addValueChangeListener(change -> filterChanged());

        role.setItems(EventRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("All roles");
        role.setItemLabelGenerator(value -> value == null ? "All roles" : value.label());
        role.setPlaceholder("All roles");
        role.getElement().setAttribute("aria-label", "Role");
        role.addClassName("people-filter");
        role.addValueChangeListener(change -> filterChanged());

        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : value.label());
        status.setPlaceholder("All statuses");
        status.getElement().setAttribute("aria-label", "Status");
        status.addClassNames("people-filter", "status-filter");
        status.addValueChangeListener(change -> filterChanged());

        count.addClassName("people-count");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> openInvite());
        bulkInvite.addClickListener(click -> openBulkInvite());
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export CSV"));
        export.addClassName("export-link");

        Div toolbar = new Div(search, role, status, count);
        toolbar.addClassName("people-toolbar");

        configureGrid();
        Div card = new Div(grid);
        card.addClassNames("card", "people-card");

        intro.addClassName("page-intro");
        Div title = new Div(heading, intro);
        title.addClassName("people-title");
        Div actions = new Div(export, bulkInvite, invite);
        actions.addClassName("people-actions");
        Div header = new Div(title, actions);
        header.addClassName("people-header");
        add(header, toolbar, card);
        setFlexGrow(1, card);
    }

    private void configureGrid() {
        grid.addComponentColumn(PeopleBadges::person).setHeader("User details").setKey("name")
                .setSortProperty(PeopleSort.NAME.name()).setFlexGrow(2).setWidth("200px")
                .setTooltipGenerator(person -> person.titleAndCompany().isBlank() ? person.fullName()
                        : person.fullName() + " · " + person.titleAndCompany());
        grid.addColumn(Registration::email).setHeader("Email").setKey("email")
                .setSortProperty(PeopleSort.EMAIL.name()).setFlexGrow(3).setWidth("230px")
                .setTooltipGenerator(Registration::email);
        grid.addComponentColumn(PeopleBadges::roles).setHeader("Event role").setKey("roles")
                .setSortProperty(PeopleSort.ROLES.name()).setFlexGrow(1).setWidth("170px");
        grid.addColumn(person -> person.registrationType().label()).setHeader(wrapping("Registration type"))
                .setKey("registrationType").setSortProperty(PeopleSort.REGISTRATION_TYPE.name())
                .setFlexGrow(0).setWidth("125px");
        grid.addComponentColumn(person -> PeopleBadges.status(person.status())).setHeader("Status").setKey("status")
                .setSortProperty(PeopleSort.STATUS.name()).setFlexGrow(0).setWidth("172px");
        grid.addColumn(person -> Formats.date(person.createdAt(), event.timeZone())).setHeader(wrapping("Creation date"))
                .setKey("createdAt").setSortProperty(PeopleSort.CREATED_AT.name()).setFlexGrow(0).setWidth("110px")
                .setTooltipGenerator(person -> Formats.dateTime(person.createdAt(), event.timeZone()));
        grid.addComponentColumn(this::rowMenu).setKey("actions").setHeader("").setFlexGrow(0).setWidth("72px")
                .setTextAlign(ColumnTextAlign.CENTER).setFrozenToEnd(true);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
        grid.addClassName("people-grid");
        grid.setSizeFull();
        grid.setPageSize(50);

        rows = grid.setItems(new CallbackDataProvider<Registration, Void>(
                query -> event == null ? Stream.empty() : people.page(event.id(), filter, sort(query),
                        descending(query), query.getOffset(), query.getLimit()).stream(),
                query -> matching == null ? 0 : (int) Math.min(matching, Integer.MAX_VALUE),
                Registration::id));
        grid.addSortListener(sorted -> sorted.getSortOrder().stream().findFirst().ifPresentOrElse(order -> {
            shownSort = PeopleSort.valueOf(order.getSorted().getSortOrder(order.getDirection()).findFirst()
                    .orElseThrow().getSorted());
            shownDescending = order.getDirection() == SortDirection.DESCENDING;
        }, () -> {
            shownSort = PeopleSort.CREATED_AT;
            shownDescending = false;
        }));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("createdAt")).build());

        emptyState.addClassName("people-empty");
        grid.setEmptyStateComponent(emptyState);
    }

    /** A header that may take two lines rather than be cut off in a narrow column. */
    private static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("wrapping-header");
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        group = navigation.getRouteParameters().get(GROUP).flatMap(PeopleGroup::ofSegment).orElse(PeopleGroup.ALL_USERS);
        heading.setText(group.title());
        intro.setText(group.intro());
        role.setVisible(group.role() == null);
        export.setHref(exportHandler());

        Map<String, List<String>> parameters = navigation.getLocation().getQueryParameters().getParameters();
        navigating = true;
        try {
            search.setValue(first(parameters, "search").orElse(""));
            role.setValue(first(parameters, "role").flatMap(value -> parse(EventRole.class, value)).orElse(null));
            status.setValue(first(parameters, "status").flatMap(value -> parse(RegistrationStatus.class, value))
                    .orElse(null));
        } finally {
            navigating = false;
        }
        filter = currentFilter();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return event == null ? group.title() : group.title() + " · " + event.name();
    }

    private void filterChanged() {
        if (navigating) {
            return;
        }
        filter = currentFilter();
        refresh();
        rememberInAddress();
    }

    private PeopleFilter currentFilter() {
        EventRole chosenRole = group.role() != null ? group.role() : role.getValue();
        return new PeopleFilter(search.getValue(), chosenRole, status.getValue());
    }

    /** The search and filters go into the address without a navigation, so that reloading keeps them. */
    private void rememberInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!filter.search().isEmpty()) {
            parameters.put("search", filter.search());
        }
        if (group.role() == null && role.getValue() != null) {
            parameters.put("role", role.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        Location location = new Location(path(event.id(), group), QueryParameters.simple(parameters));
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    /** The page's address: {@code events/{id}/people} or {@code events/{id}/people/speakers}. */
    public static String path(UUID eventId, PeopleGroup group) {
        return "events/" + eventId + "/people" + (group.segment() == null ? "" : "/" + group.segment());
    }

    /** The route parameters of a group's page, for links such as the side navigation's. */
    public static RouteParameters parameters(UUID eventId, PeopleGroup group) {
        return group.segment() == null ? new RouteParameters(RouteIds.EVENT_ID, eventId.toString())
                : new RouteParameters(Map.of(RouteIds.EVENT_ID, eventId.toString(), GROUP, group.segment()));
    }

    /**
     * Shows the people that match now. The count comes first when the database has it at once; otherwise the rows
     * come first (the grid grows as it is scrolled) and the count follows from the background.
     */
    private void refresh() {
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
        grid.getDataProvider().refreshAll();
    }

    private void showCount(long people) {
        matching = people;
        count.setText(group.count(people));
        showEmptyState(people);
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

    private void showEmptyState(long found) {
        emptyState.removeAll();
        if (found > 0) {
            return;
        }
        if (filter.search().isEmpty() && (group.role() != null ? filter.status() == null : filter.isEveryone())) {
            Icon icon = VaadinIcon.USERS.create();
            icon.addClassName("people-empty-icon");
            String what = group == PeopleGroup.ALL_USERS ? "Nobody is registered to this event yet."
                    : "This event has no " + group.title().toLowerCase(java.util.Locale.ROOT) + " yet.";
            Button first = new Button("Invite someone", VaadinIcon.PLUS.create(), click -> openInvite());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button many = new Button("Bulk invite", VaadinIcon.UPLOAD.create(), click -> openBulkInvite());
            Div actions = new Div(first, many);
            actions.addClassName("people-empty-actions");
            emptyState.add(icon, new H2(what), new Paragraph("Invite people one by one, or upload a CSV file "
                    + "to invite many at once."), actions);
        } else {
            Icon icon = VaadinIcon.SEARCH.create();
            icon.addClassName("people-empty-icon");
            String text = filter.search().isEmpty() ? "No users match these filters."
                    : "No users match \u201c" + filter.search() + "\u201d" + (filter.role() == null
                    && filter.status() == null ? "." : " with these filters.");
            Button clear = new Button("Clear search and filters", click -> clearFilters());
            emptyState.add(icon, new H2(text), new Paragraph("Search looks for parts of names, e-mail addresses "
                    + "and companies."), clear);
        }
    }

    void clearFilters() {
        navigating = true;
        try {
            search.clear();
            role.clear();
            status.clear();
        } finally {
            navigating = false;
        }
        filterChanged();
    }

    private Component rowMenu(Registration person) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("row-menu");
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.getElement().setAttribute("aria-label", "Actions for " + person.fullName());
        SubMenu actions = more.getSubMenu();
        item(actions, VaadinIcon.CHART, "View analytics", click -> viewAnalytics(person));
        item(actions, VaadinIcon.EDIT, "Edit", click -> openEdit(person));
        actions.addSeparator();
        boolean blocked = person.status() == RegistrationStatus.BLOCKED;
        boolean chatBlocked = person.status() == RegistrationStatus.BLOCKED_FROM_CHAT;
        if (!blocked) {
            item(actions, VaadinIcon.BAN, "Block", click -> change(person, "is blocked from the event",
                    () -> people.block(event.id(), person.id())));
        }
        if (!chatBlocked) {
            item(actions, VaadinIcon.COMMENT_ELLIPSIS_O, "Block from chat", click -> change(person,
                    "is blocked from the chat", () -> people.blockFromChat(event.id(), person.id())));
        }
        if (blocked || chatBlocked) {
            item(actions, VaadinIcon.CHECK_CIRCLE_O, "Unblock", click -> change(person, "is unblocked",
                    () -> people.unblock(event.id(), person.id())));
        }
        actions.addSeparator();
        MenuItem remove = item(actions, VaadinIcon.TRASH, "Remove", click -> confirmRemove(person));
        remove.addClassName("danger-item");
        return menu;
    }

    private static MenuItem item(SubMenu menu, VaadinIcon icon, String text,
                                 com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<MenuItem>> action) {
        MenuItem item = menu.addItem(text, action);
        Icon prefix = icon.create();
        prefix.addClassName("menu-icon");
        item.addComponentAsFirst(prefix);
        return item;
    }

    /** The user analytics of the analytics module, named by address: people must not depend on analytics. */
    void viewAnalytics(Registration person) {
        UI.getCurrent().navigate("events/" + event.id() + "/users/" + person.id() + "/analytics");
    }

    PersonDialog openInvite() {
        Set<EventRole> roles = group.role() == null ? Set.of(EventRole.ATTENDEE) : Set.of(group.role());
        PersonDialog dialog = new PersonDialog("Invite a person", "Invite",
                new PersonProfile("", "", "", roles, "", "", "", null),
                profile -> people.invite(event.id(), profile),
                invited -> {
                    notify(invited.fullName() + " is invited.");
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    PersonDialog openEdit(Registration person) {
        PersonDialog dialog = new PersonDialog("Edit " + person.fullName(), "Save", PersonProfile.of(person),
                profile -> people.edit(event.id(), person.id(), profile),
                saved -> {
                    notify("Saved " + saved.fullName() + ".");
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    BulkInviteDialog openBulkInvite() {
        BulkInviteDialog dialog = new BulkInviteDialog(people, event.id(), invited -> {
            notify((invited == 1 ? "1 person is" : Formats.count(invited) + " people are") + " invited.");
            refresh();
        });
        dialog.open();
        return dialog;
    }

    ConfirmDialog confirmRemove(Registration person) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + person.fullName() + "?");
        confirm.setText(person.fullName() + " (" + person.email() + ") will no longer be registered to "
                + event.name() + " and will disappear from its users. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> {
            try {
                people.remove(event.id(), person.id());
                notify(person.fullName() + " is removed.");
            } catch (PeopleChangeRefused refused) {
                error(refused.getMessage());
            } catch (PersonNotFound gone) {
                error(person.fullName() + " was removed already.");
            }
            refresh();
        });
        confirm.open();
        return confirm;
    }

    private void change(Registration person, String what, java.util.function.Supplier<Registration> action) {
        try {
            Registration after = action.get();
            notify(after.fullName() + " " + what + ".");
        } catch (PersonNotFound gone) {
            error(person.fullName() + " is no longer registered to this event.");
        }
        refresh();
    }

    private static void notify(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The export writes the filter and order the grid shows at the moment of the click. */
    private DownloadHandler exportHandler() {
        UUID eventId = event.id();
        return download -> {
            // Read once: the download runs outside the UI's lock, while the user may change the grid.
            PeopleFilter exported = filter;
            PeopleSort sort = shownSort;
            boolean descending = shownDescending;
            download.setFileName("eventlens-" + group.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                    + ".csv");
            download.setContentType("text/csv; charset=utf-8");
            people.export(eventId, exported, sort, descending, download.getOutputStream());
        };
    }

    private static PeopleSort sort(Query<Registration, Void> query) {
        return query.getSortOrders().stream().findFirst().map(QuerySortOrder::getSorted).map(PeopleSort::valueOf)
                .orElse(PeopleSort.CREATED_AT);
    }

    private static boolean descending(Query<Registration, Void> query) {
        return query.getSortOrders().stream().findFirst().map(order -> order.getDirection() == SortDirection.DESCENDING)
                .orElse(false);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst());
    }

    /** A value of the address that names no constant is ignored, like a filter that was never set. */
    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
