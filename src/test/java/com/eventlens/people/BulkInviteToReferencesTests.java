package com.eventlens.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.InvalidInteractions;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;
import com.eventlens.testing.SignedIn;

/**
 * A bulk invite and a removal reach the interactions module's references in the transaction that stores them: a
 * player may send interactions of the invited people the moment the upload answers, and those of a removed person
 * are refused the moment the removal answers.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"events", "sessions", "interactions"})
class BulkInviteToReferencesTests {

    static final Instant START = Instant.parse("2030-05-05T14:00:00Z");

    @Autowired
    EventCatalog catalog;
    @Autowired
    Agenda agenda;
    @Autowired
    PeopleManagement people;
    @Autowired
    Ingest ingest;

    UUID event;
    UUID session;

    @BeforeEach
    void anEventWithASession() {
        SignedIn.asAdmin();
        event = UUID.randomUUID();
        session = UUID.randomUUID();
        catalog.save(new Event(event, "Bulk Summit", "", START, START.plusSeconds(7200), ZoneId.of("UTC")));
        agenda.schedule(new Session(event, session, "Keynote", SessionType.LIVE_WEBCAST, START, START.plusSeconds(3600)));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theInvitedMayBeReferencedTheMomentTheUploadAnswers(Scenario scenario) {
        String csv = "first_name,last_name,email,roles,title,company,industry,country\n"
                + "Ada,Lovelace,ada@bulk.example,,,,,\n"
                + "Alan,Turing,alan@bulk.example,,,,,\n";

        scenario.stimulate(() -> bulkInvite(csv))
                .andWaitForEventOfType(PeopleRegistered.class)
                .matching(registered -> registered.eventId().equals(event))
                .toArriveAndVerify(registered -> {
                    assertThat(registered.personIds()).hasSize(2);
                    assertThat(ingest.record(event, registered.personIds().stream().map(this::liveBeacon).toList())
                            .accepted()).isEqualTo(2);
                });
    }

    @Test
    void aRemovedPersonsInteractionsAreRefusedTheMomentTheRemovalAnswers(Scenario scenario) {
        Registration ada = people.invite(event, new PersonProfile("Ada", "Lovelace", "ada@remove.example",
                Set.of(EventRole.ATTENDEE), "", "", "", ""));
        assertThat(ingest.record(event, List.of(liveBeacon(ada.id()))).accepted()).isEqualTo(1);

        scenario.stimulate(() -> people.remove(event, ada.id()))
                .andWaitForEventOfType(PersonRemoved.class)
                .matching(removed -> removed.personId().equals(ada.id()))
                .toArriveAndVerify(removed -> assertThatThrownBy(() -> ingest.record(event, List.of(liveBeacon(ada.id()))))
                        .isInstanceOfSatisfying(InvalidInteractions.class, refused -> assertThat(refused.errors())
                                .containsExactly(new InteractionError(0, "userId", "no person " + ada.id()
                                        + " is registered to this event"))));
    }

    private BulkInviteResult bulkInvite(String csv) {
        try {
            return people.bulkInvite(event, new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private NewInteraction liveBeacon(UUID person) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, person, START, session, null, ViewMode.LIVE,
                10, null, true, null, null);
    }
}
