package com.eventlens.people.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.FileNames;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.GridPosition;
import com.eventlens.shared.ui.KeptAddress;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;

/**
 * People > All users (and Speakers, Moderators, Event team: the same grid, pre-filtered to a role), in the order
 * people registered unless sorted otherwise. The page composes its parts — {@link PeopleToolbar} (search and
 * filters), {@link PeopleGrid} (the lazy grid with its count), {@link PeopleRowActions} (each row's ⋮ menu) and
 * {@link PeopleEmptyState} — and keeps the search, filters, sort and scroll position in the address
 * ({@code ?search=…&role=…&status=…&sort=name,asc&row=120}), so that a filtered list can be bookmarked and the
 * browser's back button returns to it as it was.
 */
@Route("events/:eventId/people/:group?(speakers|moderators|team)")
@PermitAll
public class AllUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String GROUP = "group";

    private final PeopleManagement people;
    private final EventRouteGuard guard;

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final Button invite = new Button("Invite", VaadinIcon.PLUS.create());
    final Button bulkInvite = new Button("Bulk invite", VaadinIcon.UPLOAD.create());
    final Anchor export = ExportLink.create();
    final PeopleEmptyState emptyState;
    final PeopleGrid grid;
    final PeopleToolbar toolbar;
    final PeopleRowActions rowActions;
    /** The first row shown, in the address too ({@code row=120}): Back scrolls to the person left. */
    final GridPosition position;

    private final Clock clock;
    private VisibleEvent event;
    private PeopleGroup group = PeopleGroup.ALL_USERS;

    AllUsersView(PeopleManagement people, EventRouteGuard guard, BackgroundCounts counts, Clock clock) {
        this.people = people;
        this.guard = guard;
        this.clock = clock;
        addClassName("people-view");
        setSizeFull();

        emptyState = new PeopleEmptyState(this::openInvite, this::openBulkInvite, this::clearFilters);
        grid = new PeopleGrid(people, counts, emptyState);
        toolbar = new PeopleToolbar(grid.count, this::filterChanged);
        rowActions = new PeopleRowActions(grid, people, () -> event, grid::refresh);
        position = new GridPosition(grid, this::keepAddress);
        grid.addSortListener(sorted -> {
            if (sorted.isFromClient()) {
                position.reset();
                keepAddress();
            }
        });

        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> openInvite());
        bulkInvite.addClickListener(click -> openBulkInvite());

        intro.addClassName("page-intro");
        Div title = new Div(heading, intro);
        title.addClassName("people-title");
        Div actions = new Div(export, bulkInvite, invite);
        actions.addClassName("people-actions");
        Div header = new Div(title, actions);
        header.addClassName("people-header");
        Div card = new Div(grid);
        card.addClassNames("card", "people-card");
        add(header, toolbar, card);
        setFlexGrow(1, card);
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
        export.setHref(exportHandler());
        Map<String, List<String>> address = navigation.getLocation().getQueryParameters().getParameters();
        toolbar.show(group, address);
        grid.showSort(KeptAddress.first(address, KeptAddress.SORT));
        grid.show(event, group, toolbar.filter());
        position.restore(address);
    }

    @Override
    public String getPageTitle() {
        return event == null ? group.title() : group.title() + " · " + event.name();
    }

    private void filterChanged() {
        grid.show(event, group, toolbar.filter());
        position.reset();
        keepAddress();
    }

    /** The search, filters, sort and scroll position into the address, so that Back, a reload or a bookmark shows this list again. */
    private void keepAddress() {
        Map<String, String> parameters = new LinkedHashMap<>(toolbar.address());
        KeptAddress.sortOf(grid).ifPresent(sort -> parameters.put(KeptAddress.SORT, sort));
        position.into(parameters);
        KeptAddress.keep(path(event.id(), group), parameters);
    }

    void clearFilters() {
        toolbar.clear();
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

    PersonDialog openInvite() {
        Set<EventRole> roles = group.role() == null ? Set.of(EventRole.ATTENDEE) : Set.of(group.role());
        PersonDialog dialog = new PersonDialog("Invite a person", "Invite",
                new PersonProfile("", "", "", roles, "", "", "", null),
                profile -> people.invite(event.id(), profile),
                invited -> {
                    Toasts.success(invited.fullName() + " is invited.");
                    grid.refresh();
                });
        dialog.open();
        return dialog;
    }

    BulkInviteDialog openBulkInvite() {
        BulkInviteDialog dialog = new BulkInviteDialog(people, event.id(), invited -> {
            Toasts.success((invited == 1 ? "1 person is" : Formats.count(invited) + " people are") + " invited.");
            grid.refresh();
        });
        dialog.open();
        return dialog;
    }

    /** "eventlens-virtually-live-speakers-2026-12-03.csv": the event, the list and the day of the export. */
    static String exportFileName(VisibleEvent event, PeopleGroup group, Clock clock) {
        return FileNames.of(event.name(), group.title(), "people", clock.instant(), event.timeZone(), "csv");
    }

    /** The export writes the filter and order the grid shows at the moment of the click. */
    private DownloadHandler exportHandler() {
        VisibleEvent exportedEvent = event;
        PeopleGroup exportedGroup = group;
        return download -> {
            // Read once: the download runs outside the UI's lock, while the user may change the grid.
            PeopleFilter exported = grid.filter();
            PeopleSort sort = grid.shownSort();
            boolean descending = grid.shownDescending();
            download.setFileName(exportFileName(exportedEvent, exportedGroup, clock));
            download.setContentType("text/csv; charset=utf-8");
            people.export(exportedEvent.id(), exported, sort, descending, download.getOutputStream());
        };
    }
}
