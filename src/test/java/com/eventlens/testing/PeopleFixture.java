package com.eventlens.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;

/**
 * A fresh event (its own ids, so that tests sharing the database never see each other's people) with five named
 * people of known roles, statuses and creation dates, and {@code extra} generated attendees "Zed Person 01…".
 */
public record PeopleFixture(UUID eventId, Registration ann, Registration bob, Registration cara, Registration dan,
                            Registration eve, List<Registration> everyone) {

    public static final Instant CREATED = Instant.parse("2021-10-09T14:00:00Z");

    public static PeopleFixture create(EventCatalog events, PeopleDirectory people, int extra) {
        UUID eventId = UUID.randomUUID();
        events.save(new Event(eventId, "People test " + eventId, "", Instant.parse("2022-02-02T15:00:00Z"),
                Instant.parse("2022-02-02T21:30:00Z"), ZoneId.of("America/New_York")));
        List<Registration> everyone = new ArrayList<>();
        Registration ann = person(eventId, "Ann", "Archer", "ann.archer@acme.example", Set.of(EventRole.ATTENDEE),
                "Acme", RegistrationType.REGISTRATION, RegistrationStatus.ATTENDED, 1);
        Registration bob = person(eventId, "Bob", "Baker", "Bob.Baker@globex.example",
                Set.of(EventRole.SPEAKER, EventRole.ATTENDEE), "Globex", RegistrationType.INVITATION,
                RegistrationStatus.INVITED, 2);
        Registration cara = person(eventId, "Cara", "Cole", "cara@initech.example", Set.of(EventRole.MODERATOR),
                "Initech", RegistrationType.BULK_UPLOAD, RegistrationStatus.BLOCKED, 3);
        Registration dan = person(eventId, "Dan", "Drake", "dan@acme.example",
                Set.of(EventRole.EVENT_MANAGER, EventRole.SPEAKER), "Acme", RegistrationType.REGISTRATION,
                RegistrationStatus.REGISTERED, 4);
        Registration eve = person(eventId, "Eve", "Evans", "eve_evans@hooli.example", Set.of(EventRole.ATTENDEE),
                "100% Hooli", RegistrationType.REGISTRATION, RegistrationStatus.UNREGISTERED, 5);
        everyone.addAll(List.of(ann, bob, cara, dan, eve));
        for (int i = 1; i <= extra; i++) {
            everyone.add(person(eventId, "Zed", String.format("Person %02d", i),
                    String.format("zed.person%02d@example.org", i), Set.of(EventRole.ATTENDEE), "Example",
                    RegistrationType.BULK_UPLOAD, RegistrationStatus.REGISTERED, 5 + i));
        }
        everyone.forEach(people::register);
        return new PeopleFixture(eventId, ann, bob, cara, dan, eve, List.copyOf(everyone));
    }

    private static Registration person(UUID eventId, String first, String last, String email, Set<EventRole> roles,
                                       String company, RegistrationType type, RegistrationStatus status, int day) {
        return new Registration(eventId, UUID.randomUUID(), first, last, email, roles, "Tester", company, "Testing",
                "US", type, status, CREATED.plusSeconds(86_400L * day));
    }
}
