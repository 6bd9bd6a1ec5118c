package com.eventlens.sessions.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionAudience;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.FileIcon;
import com.eventlens.shared.ui.RouteLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Agenda (SPEC.md §2): the event's sessions in time order, by day, in the event's time zone — type, live window,
 * recording and attachments — and who came to each, leading to its Session analytics.
 */
@Route("events/:eventId/agenda")
@PermitAll
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Agenda agenda;
    private final MediaLibrary media;
    private final EventRouteGuard guard;
    private VisibleEvent event;
    final Div sessions = new Div();

    AgendaView(Agenda agenda, MediaLibrary media, EventRouteGuard guard) {
        this.agenda = agenda;
        this.media = media;
        this.guard = guard;
        addClassNames("dashboard", "agenda-view");
        sessions.addClassName("agenda-days");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        removeAll();
        sessions.removeAll();
        List<Session> agendaOrder = agenda.sessionsOf(event.id());
        Paragraph intro = new Paragraph("The sessions in time order, with who came to each. Times in the event's "
                + "time zone: " + Formats.zone(event.timeZone(), event.startsAt()) + ".");
        intro.addClassName("page-intro");
        add(new H1("Agenda"), intro, sessions);
        if (agendaOrder.isEmpty()) {
            sessions.add(EmptyState.of("No sessions on the agenda yet."));
            return;
        }
        Map<UUID, Video> recordings = media.recordings(event.id()).stream()
                .collect(Collectors.toMap(Video::sessionId, video -> video));
        Map<UUID, List<Attachment>> attachments = media.attachments(event.id()).stream()
                .collect(Collectors.groupingBy(Attachment::sessionId));
        Map<UUID, SessionAudience> audiences = agenda.audiences(event.id());
        Map<LocalDate, List<Session>> days = agendaOrder.stream().collect(Collectors.groupingBy(
                session -> session.startsAt().atZone(event.timeZone()).toLocalDate(), java.util.TreeMap::new,
                Collectors.toList()));
        days.forEach((day, ofDay) -> {
            Div card = new Div(new H2(Formats.day(ofDay.getFirst().startsAt(), event.timeZone())));
            card.addClassNames("card", "dashboard-card", "agenda-day");
            ofDay.forEach(session -> card.add(row(session, recordings.get(session.id()),
                    attachments.getOrDefault(session.id(), List.of()),
                    audiences.getOrDefault(session.id(), SessionAudience.none(session.id())))));
            sessions.add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Agenda" : event.name() + " · Agenda";
    }

    private Component row(Session session, Video recording, List<Attachment> attachments, SessionAudience audience) {
        Span time = new Span(Formats.timeRange(session.startsAt(), session.endsAt(), event.timeZone()));
        time.addClassName("agenda-time");

        Anchor name = RouteLinks.to(analytics(session), session.name());
        name.addClassName("agenda-name");
        Span type = new Span(session.type().label());
        type.addClassNames("badge", "session-type");
        Div title = new Div(name, type);
        title.addClassName("agenda-title");
        Div media = new Div();
        media.addClassName("agenda-media");
        Span video = new Span(VaadinIcon.FILM.create(), new Span(recording == null ? "No recording"
                : "Recording · " + Formats.minutesSeconds(recording.durationSeconds())));
        video.addClassNames("agenda-recording", recording == null ? "none" : "has-recording");
        media.add(video);
        for (Attachment attachment : attachments) {
            Span file = new Span(FileIcon.of(attachment.contentType()), new Span(attachment.name()));
            file.addClassName("file-name");
            media.add(file);
        }
        Div main = new Div(title, media);
        main.addClassName("agenda-main");

        Anchor figures = RouteLinks.around(analytics(session));
        figures.addClassName("agenda-figures");
        figures.getElement().setAttribute("aria-label", "Session analytics of " + session.name());
        figures.add(figure(Formats.count(audience.attendees()), audience.attendees() == 1 ? "attendee" : "attendees"),
                figure(Formats.hoursMinutesSeconds(audience.secondsViewed()), "viewed"));
        Div row = new Div(time, main, figures);
        row.addClassName("agenda-session");
        return row;
    }

    /** Session analytics, named by address: sessions must not depend on analytics, which depends on sessions. */
    private String analytics(Session session) {
        return "events/" + event.id() + "/sessions/" + session.id() + "/analytics";
    }

    private static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("figure-inline-value");
        Div figure = new Div(number, new Span(label));
        figure.addClassName("figure-inline");
        return figure;
    }
}
