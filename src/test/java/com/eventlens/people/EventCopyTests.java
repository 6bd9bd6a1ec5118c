package com.eventlens.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.events.EventCreated;
import com.eventlens.events.EventUpdated;
import com.eventlens.testing.SignedIn;

/**
 * The people module keeps its own copy of each event from {@link EventCreated} and {@link EventUpdated}, and knows
 * from it which events there are and how to show them, without asking the events module. The copy commits with the
 * event: whoever may see it finds it the moment the change is stored. (The same modules as {@link
 * BulkInviteToReferencesTests}, so that both share one application context.)
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"events", "sessions", "interactions"})
class EventCopyTests {

    static final Instant NINE = Instant.parse("2030-03-03T08:00:00Z");

    @Autowired
    EventCatalog catalog;
    @Autowired
    EventAccess access;

    @BeforeEach
    void signIn() {
        SignedIn.asAdmin();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aCreatedEventIsKnownToPeopleWithItsNameDatesAndTimeZone(Scenario scenario) {
        Event event = new Event(UUID.randomUUID(), "Copy Summit", "", NINE, NINE.plusSeconds(3600),
                ZoneId.of("Europe/Berlin"));

        scenario.stimulate(() -> catalog.save(event))
                .andWaitForEventOfType(EventCreated.class)
                .matching(created -> created.event().equals(event))
                .toArriveAndVerify(created -> assertThat(access.findVisible(event.id())).contains(new VisibleEvent(
                        event.id(), "Copy Summit", ZoneId.of("Europe/Berlin"), NINE, NINE.plusSeconds(3600))));
    }

    @Test
    void anUpdatedEventIsShownAsItIsNow_andAnUnchangedSaveAnnouncesNothing(Scenario scenario) {
        UUID id = UUID.randomUUID();
        catalog.save(new Event(id, "Before", "", NINE, NINE.plusSeconds(3600), ZoneId.of("UTC")));
        Event renamed = new Event(id, "After", "Moved to Tokyo", NINE, NINE.plusSeconds(7200), ZoneId.of("Asia/Tokyo"));

        scenario.stimulate(() -> catalog.save(renamed))
                .andWaitForEventOfType(EventUpdated.class)
                .matching(updated -> updated.event().id().equals(id))
                .toArriveAndVerify(updated -> {
                    VisibleEvent copy = access.findVisible(id).orElseThrow();
                    assertThat(copy.name()).isEqualTo("After");
                    assertThat(copy.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
                    assertThat(copy.endsAt()).isEqualTo(NINE.plusSeconds(7200));
                    assertThat(access.visibleEvents()).contains(copy);
                });
        assertThat(catalog.save(renamed)).as("an update, not a creation").isFalse();
    }

    @Test
    void anEventThatWasNeverCreatedIsNotFound_andNobodySignedInSeesNothing() {
        assertThat(access.findVisible(UUID.randomUUID())).isEmpty();
        UUID id = UUID.randomUUID();
        catalog.save(new Event(id, "Private", "", NINE, NINE, ZoneId.of("UTC")));
        SignedIn.nobody();
        assertThat(access.findVisible(id)).isEmpty();
        assertThat(access.visibleEvents()).isEmpty();
    }
}
