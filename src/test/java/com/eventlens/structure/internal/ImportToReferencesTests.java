package com.eventlens.structure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.eventlens.events.EventCreated;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.InvalidInteractions;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.people.EventRole;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.SessionType;
import com.eventlens.structure.internal.EventStructureJson.AttachmentJson;
import com.eventlens.structure.internal.EventStructureJson.PersonJson;
import com.eventlens.structure.internal.EventStructureJson.SessionJson;
import com.eventlens.structure.internal.EventStructureJson.VideoJson;
import com.eventlens.testing.SignedIn;

/**
 * What an event structure import brings — its person, session, recording, on-demand video and attachment — may be
 * referenced by interactions the moment the import answers: the interactions module's references are kept in the
 * import's own transaction, from the events of the modules it writes through.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "interactions")
class ImportToReferencesTests {

    static final OffsetDateTime NINE = OffsetDateTime.parse("2030-03-03T09:00:00+01:00");

    @Autowired
    EventStructureImport importer;
    @Autowired
    Ingest ingest;

    @BeforeEach
    void signIn() {
        SignedIn.asAdmin();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void everythingAnImportBringsMayBeReferencedTheMomentItAnswers(Scenario scenario) {
        UUID event = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID slides = UUID.randomUUID();
        UUID teaser = UUID.randomUUID();
        UUID ada = UUID.randomUUID();
        EventStructureJson structure = new EventStructureJson(event, "Reference Summit", "", NINE, NINE.plusHours(8),
                "Europe/Berlin",
                List.of(new SessionJson(session, "Keynote", SessionType.LIVE_WEBCAST, NINE, NINE.plusHours(1),
                        List.of(new AttachmentJson(slides, "Slides.pdf", "application/pdf", 1024)),
                        new VideoJson(UUID.randomUUID(), "Keynote (recording)", 3600))),
                List.of(new VideoJson(teaser, "Teaser", 60)),
                List.of(new PersonJson(ada, "Ada", "Lovelace", "ada@reference.example", List.of(EventRole.ATTENDEE),
                        "", "", "", "GB", RegistrationType.INVITATION, RegistrationStatus.INVITED)));
        List<NewInteraction> batch = List.of(
                view(ada, session, null, ViewMode.LIVE, null),
                view(ada, session, null, ViewMode.RECORDING, 0),
                view(ada, null, teaser, ViewMode.ON_DEMAND, 0),
                new NewInteraction(UUID.randomUUID(), InteractionType.ATTACHMENT_DOWNLOAD, ada, NINE.toInstant(), null,
                        null, null, null, null, null, null, slides));
        assertThatThrownBy(() -> ingest.record(event, batch)).as("nothing of the event is known before the import")
                .isInstanceOf(InvalidInteractions.class);

        scenario.stimulate(() -> importer.apply(structure))
                .andWaitForEventOfType(EventCreated.class)
                .matching(created -> created.event().id().equals(event))
                .toArriveAndVerify(created -> assertThat(ingest.record(event, batch).accepted()).isEqualTo(4));
    }

    private static NewInteraction view(UUID person, UUID session, UUID video, ViewMode mode, Integer position) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, person, NINE.toInstant(), session, video,
                mode, 10, position, mode == ViewMode.LIVE ? Boolean.TRUE : null, null, null);
    }
}
