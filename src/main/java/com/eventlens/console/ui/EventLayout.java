package com.eventlens.console.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.eventlens.analytics.ui.EngagementSettingsView;
import com.eventlens.analytics.ui.EventAnalyticsView;
import com.eventlens.analytics.ui.SessionAnalyticsView;
import com.eventlens.analytics.ui.SessionsAnalyticsView;
import com.eventlens.analytics.ui.UserAnalyticsView;
import com.eventlens.analytics.ui.VideoAnalyticsView;
import com.eventlens.analytics.ui.VideosAnalyticsView;
import com.eventlens.console.AccountManagement;
import com.eventlens.content.ui.MediaView;
import com.eventlens.sessions.ui.AgendaView;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.AllUsersView;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.people.ui.PeopleGroup;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame of every page of one event: the event's name and dates, and the side navigation to its screens.
 * It is the first to check that the account may see the event ({@link EventRouteGuard}); an event it may not see is
 * "not found".
 */
@Layout("/events")
@PermitAll
public class EventLayout extends AppLayout implements BeforeEnterObserver {

    private final EventRouteGuard guard;
    private final Span eventName = new Span();
    private final Span eventDates = new Span();
    private final SideNav nav = new SideNav();
    private UUID shownEvent;
    /** The entries a detail page keeps highlighted: All users for a person, Sessions and On-demand content. */
    private final Map<Class<?>, SideNavItem> parents = new HashMap<>();

    EventLayout(EventRouteGuard guard, AuthenticationContext authentication, AccountManagement accounts) {
        this.guard = guard;
        addClassName("event-layout");

        RouterLink allEvents = new RouterLink("← All events", EventsView.class);
        allEvents.addClassName("back-link");
        Div bar = new Div(new DrawerToggle(), allEvents, new UserMenu(authentication, accounts));
        bar.addClassName("top-bar");
        addToNavbar(bar);

        eventName.addClassName("event-name");
        eventDates.addClassName("event-dates");
        Div header = new Div(eventName, eventDates);
        header.addClassName("event-header");
        nav.addClassName("event-nav");
        addToDrawer(header, new Scroller(nav));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        guard.enter(navigation).filter(event -> !event.id().equals(shownEvent)).ifPresent(this::show);
        String here = navigation.getLocation().getPath();
        parents.forEach((detail, parent) -> parent.setPathAliases(
                detail == navigation.getNavigationTarget() ? Set.of(here) : Set.of()));
    }

    private void show(VisibleEvent event) {
        shownEvent = event.id();
        eventName.setText(event.name());
        eventDates.setText(Formats.longDate(event.startsAt(), event.timeZone()) + " · "
                + Formats.zone(event.timeZone(), event.startsAt()));
        RouteParameters parameters = new RouteParameters(RouteIds.EVENT_ID, event.id().toString());
        nav.removeAll();
        nav.addItem(new SideNavItem("Overview", OverviewView.class, parameters, VaadinIcon.HOME_O.create()));
        nav.addItem(new SideNavItem("Agenda", AgendaView.class, parameters, VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Media", MediaView.class, parameters, VaadinIcon.FILM.create()));
        SideNavItem people = new SideNavItem("People");
        people.setPrefixComponent(VaadinIcon.USERS.create());
        for (PeopleGroup group : PeopleGroup.values()) {
            SideNavItem item = new SideNavItem(group.title(), AllUsersView.class,
                    AllUsersView.parameters(event.id(), group));
            people.addItem(item);
            if (group == PeopleGroup.ALL_USERS) {
                parents.put(UserAnalyticsView.class, item);
            }
        }
        people.setExpanded(true);
        nav.addItem(people);
        SideNavItem analytics = new SideNavItem("Analytics");
        analytics.setPrefixComponent(VaadinIcon.CHART.create());
        analytics.addItem(new SideNavItem("Event overview", EventAnalyticsView.class, parameters));
        SideNavItem sessions = new SideNavItem("Sessions", SessionsAnalyticsView.class, parameters);
        SideNavItem videos = new SideNavItem("On-demand content", VideosAnalyticsView.class, parameters);
        analytics.addItem(sessions);
        analytics.addItem(videos);
        parents.put(SessionAnalyticsView.class, sessions);
        parents.put(VideoAnalyticsView.class, videos);
        analytics.setExpanded(true);
        nav.addItem(analytics);
        SideNavItem settings = new SideNavItem("Settings");
        settings.setPrefixComponent(VaadinIcon.COG_O.create());
        settings.addItem(new SideNavItem("Engagement", EngagementSettingsView.class, parameters));
        settings.setExpanded(true);
        nav.addItem(settings);
    }
}
