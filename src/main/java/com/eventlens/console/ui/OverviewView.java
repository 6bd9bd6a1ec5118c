package com.eventlens.console.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.eventlens.analytics.ui.AnalyticsRoutes;
import com.eventlens.analytics.ui.SessionAnalyticsView;
import com.eventlens.analytics.ui.UserAnalyticsView;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.ui.MediaView;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.ui.AllUsersView;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.people.ui.PeopleGroup;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.ui.AgendaView;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** An event at a glance: its dates and time zone, its figures, the start of its agenda and its speakers. */
@Route("events/:eventId")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int AGENDA_PREVIEW = 3;
    static final int SPEAKER_PREVIEW = 5;

    private final EventRouteGuard guard;
    private final EventCatalog events;
    private final Agenda agenda;
    private final MediaLibrary media;
    private final PeopleDirectory people;
    private final Clock clock;
    private String title = "Overview";

    OverviewView(EventRouteGuard guard, EventCatalog events, Agenda agenda, MediaLibrary media, PeopleDirectory people,
                 Clock clock) {
        this.guard = guard;
        this.events = events;
        this.agenda = agenda;
        this.media = media;
        this.people = people;
        this.clock = clock;
        addClassName("overview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        // The overview shows the description, which only the catalogue holds; who may see the event, people knows.
        Event event = guard.enter(navigation).flatMap(visible -> guard.found(navigation, events.find(visible.id())))
                .orElse(null);
        if (event == null) {
            return;
        }
        title = event.name() + " · Overview";
        removeAll();
        List<Session> sessions = agenda.sessionsOf(event.id());
        add(summary(event), figures(event, sessions), agendaAtAGlance(event, sessions), speakers(event));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component summary(Event event) {
        Span status = new Span(status(event, clock.instant()));
        status.addClassName("badge");
        Div when = new Div(new Span(Formats.dateTime(event.startsAt(), event.timeZone()) + " > "
                + Formats.dateTime(event.endsAt(), event.timeZone())), status);
        when.addClassName("event-when");
        Div zone = new Div(Formats.zone(event.timeZone(), event.startsAt()));
        zone.addClassName("event-zone");
        Paragraph description = new Paragraph(event.description());
        description.addClassName("event-description");
        Div card = new Div(new H1(event.name()), when, zone, description);
        card.addClassNames("card", "event-summary");
        return card;
    }

    /** The event's figures, each leading to the page that lists them. */
    private Component figures(Event event, List<Session> sessions) {
        RouteParameters parameters = parameters(event);
        Div figures = new Div(
                figure(people.count(event.id()), "People registered",
                        link(AllUsersView.class, AllUsersView.parameters(event.id(), PeopleGroup.ALL_USERS))),
                figure(sessions.size(), "Sessions", link(AgendaView.class, parameters)),
                figure(media.onDemandVideos(event.id()).size(), "On-demand videos", link(MediaView.class, parameters)),
                figure(media.attachments(event.id()).size(), "Attachments", link(MediaView.class, parameters)));
        figures.addClassName("figures");
        return figures;
    }

    private static Component figure(long value, String label, RouterLink link) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        link.add(number, caption);
        link.addClassNames("card", "figure");
        return link;
    }

    private static RouterLink link(Class<? extends Component> page, RouteParameters parameters) {
        RouterLink link = new RouterLink();
        link.setRoute(page, parameters);
        return link;
    }

    private static RouteParameters parameters(Event event) {
        return new RouteParameters(RouteIds.EVENT_ID, event.id().toString());
    }

    private Component agendaAtAGlance(Event event, List<Session> sessions) {
        RouterLink fullAgenda = new RouterLink("Full agenda", AgendaView.class, parameters(event));
        fullAgenda.addClassName("card-link");
        Div card = new Div(heading("Agenda at a glance", fullAgenda));
        card.addClassNames("card", "agenda");
        if (sessions.isEmpty()) {
            card.add(EmptyState.of("No sessions on the agenda yet."));
            return card;
        }
        sessions.stream().limit(AGENDA_PREVIEW).forEach(session -> {
            Span type = new Span(session.type().label());
            type.addClassName("badge");
            RouterLink name = new RouterLink(session.name(), SessionAnalyticsView.class,
                    AnalyticsRoutes.session(event.id(), session.id()));
            Div row = new Div(name, type,
                    new Span(Formats.timeRange(session.startsAt(), session.endsAt(), event.timeZone()) + " "
                            + Formats.day(session.startsAt(), event.timeZone())));
            row.addClassName("agenda-row");
            card.add(row);
        });
        if (sessions.size() > AGENDA_PREVIEW) {
            int more = sessions.size() - AGENDA_PREVIEW;
            RouterLink rest = new RouterLink(Formats.count(more, "more session", "more sessions"), AgendaView.class,
                    parameters(event));
            rest.addClassName("more");
            card.add(rest);
        }
        return card;
    }

    private Component speakers(Event event) {
        RouterLink all = new RouterLink("See all", AllUsersView.class,
                AllUsersView.parameters(event.id(), PeopleGroup.SPEAKERS));
        all.addClassName("card-link");
        Div card = new Div(heading("Speakers", all));
        card.addClassNames("card", "speakers");
        List<Registration> speakers = people.withRole(event.id(), EventRole.SPEAKER, SPEAKER_PREVIEW);
        if (speakers.isEmpty()) {
            card.add(EmptyState.of("No speakers yet."));
        }
        for (Registration speaker : speakers) {
            Span status = new Span(speaker.status().label());
            status.addClassNames("badge", "status-" + speaker.status().name().toLowerCase());
            RouterLink name = new RouterLink(speaker.fullName(), UserAnalyticsView.class,
                    AnalyticsRoutes.user(event.id(), speaker.id()));
            name.addClassName("person-name");
            Span details = new Span(speaker.titleAndCompany());
            details.addClassName("person-details");
            Div text = new Div(name, details);
            text.addClassName("person-text");
            Div row = new Div(new Avatar(speaker.fullName()), text, status);
            row.addClassName("person-row");
            card.add(row);
        }
        long more = people.countWithRole(event.id(), EventRole.SPEAKER) - speakers.size();
        if (more > 0) {
            RouterLink rest = new RouterLink(Formats.count(more, "more speaker", "more speakers"),
                    AllUsersView.class, AllUsersView.parameters(event.id(), PeopleGroup.SPEAKERS));
            rest.addClassName("more");
            card.add(rest);
        }
        return card;
    }

    private static Component heading(String text, Component link) {
        Div heading = new Div(new H2(text), link);
        heading.addClassName("card-heading");
        return heading;
    }

    static String status(Event event, Instant now) {
        return status(event.startsAt(), event.endsAt(), now);
    }

    /** Upcoming, Live now or Ended: where the moment lies against the event's dates (the same in every time zone). */
    static String status(Instant startsAt, Instant endsAt, Instant now) {
        if (now.isBefore(startsAt)) {
            return "Upcoming";
        }
        return now.isAfter(endsAt) ? "Ended" : "Live now";
    }
}
