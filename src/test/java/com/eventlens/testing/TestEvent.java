package com.eventlens.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;

/**
 * A small event of fresh ids for one test: two sessions (the first recorded, 30 minutes), an on-demand video
 * of 95 seconds, two attachments in the first session and one in the second, and three attendees.
 */
public record TestEvent(UUID id, String ingestToken, UUID keynote, UUID keynoteRecording, UUID panel,
                        UUID video, int videoSeconds, UUID logo, UUID guide, UUID slides, List<UUID> people) {

    public static final Instant START = Instant.parse("2022-02-02T15:00:00Z");

    public UUID ann() {
        return people.get(0);
    }

    public UUID bob() {
        return people.get(1);
    }

    public UUID cem() {
        return people.get(2);
    }

    /** Through the facades of the application's modules. */
    public static TestEvent create(ApplicationContext application) {
        return create(application.getBean(EventCatalog.class), application.getBean(Agenda.class),
                application.getBean(MediaLibrary.class), application.getBean(PeopleDirectory.class));
    }

    public static TestEvent create(EventCatalog events, Agenda agenda, MediaLibrary media, PeopleDirectory directory) {
        UUID id = UUID.randomUUID();
        events.save(new Event(id, "Test event " + id, "", START, START.plusSeconds(6 * 3600), ZoneId.of("America/New_York")));
        UUID keynote = UUID.randomUUID();
        UUID panel = UUID.randomUUID();
        agenda.schedule(new Session(id, keynote, "Keynote", SessionType.LIVE_WEBCAST, START, START.plusSeconds(1800)));
        agenda.schedule(new Session(id, panel, "Panel", SessionType.MEETING_ROOM, START.plusSeconds(3600),
                START.plusSeconds(7200)));
        UUID recording = UUID.randomUUID();
        media.publish(Video.recording(id, recording, keynote, "Keynote (recording)", 1800));
        UUID video = UUID.randomUUID();
        media.publish(Video.onDemand(id, video, "Make it Count", 95));
        UUID logo = UUID.randomUUID();
        UUID guide = UUID.randomUUID();
        UUID slides = UUID.randomUUID();
        media.attach(new Attachment(id, logo, keynote, "Logo.png", "image/png", 100));
        media.attach(new Attachment(id, guide, keynote, "Guide.pdf", "application/pdf", 100));
        media.attach(new Attachment(id, slides, panel, "Slides.pdf", "application/pdf", 100));
        List<UUID> people = new ArrayList<>();
        for (String name : List.of("Ann", "Bob", "Cem")) {
            UUID person = UUID.randomUUID();
            directory.register(new Registration(id, person, name, "Tester", name.toLowerCase() + "-" + person + "@test.example",
                    Set.of(EventRole.ATTENDEE), "Tester", "Testco", "Testing", "US", RegistrationType.REGISTRATION,
                    RegistrationStatus.REGISTERED, null));
            people.add(person);
        }
        return new TestEvent(id, events.issueIngestToken(id), keynote, recording, panel, video, 95, logo, guide,
                slides, List.copyOf(people));
    }
}
