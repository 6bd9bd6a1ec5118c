package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PersonRegistered;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.SignedIn;
import com.eventlens.testing.TestEvent;

/**
 * The analytics module names what it shows from its own copy, kept from the people, sessions and content modules'
 * events: a removed person loses their name but not their figures, a late or repeated delivery never brings an old
 * state back, and a renamed session or a new video shows without asking their owners per page. (The scenarios wait
 * for the registry to have delivered everything about the event; the dashboards answer only the signed-in account,
 * on the test's own thread, so they are read afterwards.)
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"events", "interactions"})
class AnalyticsDirectoryTests {

    static final PageRequest FIRST_PAGE = PageRequest.page(0, 50, "secondsViewed", true);

    @Autowired
    Dashboards dashboards;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    PeopleManagement people;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;

    TestEvent event;

    @BeforeEach
    void anEventWhereAnnWatchedTheKeynote() {
        SignedIn.asAdmin();
        event = TestEvent.create(events, agenda, media, directory);
        ingest.record(event.id(), List.of(new Interactions(event).live(event.ann(), event.keynote(), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());
        assertThat(dashboards.user(event.id(), event.ann())).map(UserAnalytics::name).contains("Ann Tester");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aRemovedPersonLosesTheirNameButNotTheirFigures(Scenario scenario) {
        scenario.stimulate(() -> people.remove(event.id(), event.ann()))
                .andWaitForStateChange(() -> Rollups.caughtUp(jdbc, event.id()))
                .andVerify(caughtUp -> {
                    assertThat(dashboards.user(event.id(), event.ann())).isEmpty();
                    SessionAnalytics keynote = dashboards.session(event.id(), event.keynote(), FIRST_PAGE).orElseThrow();
                    assertThat(keynote.uniqueViewers()).isEqualTo(1);
                    assertThat(keynote.attendees()).singleElement().satisfies(row -> {
                        assertThat(row.userId()).isEqualTo(event.ann());
                        assertThat(row.name()).isEqualTo("Removed registration");
                        assertThat(row.secondsViewed()).isEqualTo(10);
                    });
                });
    }

    @Test
    void aLateOrRepeatedDeliveryNeverBringsARemovedPersonsNameBack(Scenario scenario) {
        people.remove(event.id(), event.ann());
        Rollups.awaitApplied(jdbc, event.id());

        scenario.publish(new PersonRegistered(event.id(), event.ann()))
                .andWaitForStateChange(() -> Rollups.caughtUp(jdbc, event.id()))
                .andVerify(caughtUp -> assertThat(dashboards.user(event.id(), event.ann())).isEmpty());
    }

    @Test
    void aRenamedSessionAndANewVideoShowInTheAnalytics(Scenario scenario) {
        Session keynote = agenda.find(event.id(), event.keynote()).orElseThrow();
        UUID teaser = UUID.randomUUID();

        scenario.stimulate(() -> {
                    agenda.schedule(new Session(event.id(), keynote.id(), "Opening Keynote", SessionType.SIMULIVE,
                            keynote.startsAt(), keynote.endsAt()));
                    media.publish(Video.onDemand(event.id(), teaser, "Teaser", 60));
                })
                .andWaitForStateChange(() -> Rollups.caughtUp(jdbc, event.id()))
                .andVerify(caughtUp -> {
                    assertThat(dashboards.session(event.id(), event.keynote(), FIRST_PAGE))
                            .map(SessionAnalytics::name).contains("Opening Keynote");
                    assertThat(dashboards.videos(event.id())).extracting(VideoAnalytics::name)
                            .containsExactly("Make it Count", "Teaser");
                });
    }
}
