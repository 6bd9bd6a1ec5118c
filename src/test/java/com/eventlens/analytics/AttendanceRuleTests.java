package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.interactions.Ingest;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.SignedIn;
import com.eventlens.testing.TestEvent;

/**
 * SPEC.md §3's attendance rule through the whole application: the analytics module sees a person's live and
 * recording seconds reach the event's threshold (60 s by default) and the person's status turns to Attended in the
 * All users grid within 2 s of that fold — if it was Invited or Registered. A lowered threshold is applied when it is
 * saved; a raised one takes nothing back.
 * <pre>
 * Ann  Registered    30 s live + 20 s recording + 10 s live = 60 s, exactly the threshold
 * Bob  Registered    50 s live
 * Cem  Registered    nothing
 * Dan  Blocked       120 s live
 * Eve  Invited       60 s recording
 * Fay  Unregistered  90 s live
 * </pre>
 */
@SpringBootTest
class AttendanceRuleTests {

    @Autowired
    ApplicationContext application;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    PeopleManagement people;
    @Autowired
    EngagementScoring scoring;
    @Autowired
    RollupMaintenance maintenance;

    TestEvent event;
    Interactions a;
    UUID dan;
    UUID eve;
    UUID fay;

    @BeforeEach
    void fixture() {
        SignedIn.asAdmin();
        event = TestEvent.create(application);
        dan = register("Dan", RegistrationStatus.BLOCKED);
        eve = register("Eve", RegistrationStatus.INVITED);
        fay = register("Fay", RegistrationStatus.UNREGISTERED);
        a = new Interactions(event);
        ingest.record(event.id(), List.of(a.live(event.ann(), event.keynote(), 30, true),
                a.recording(event.ann(), 0), a.recording(event.ann(), 10),
                a.live(event.bob(), event.keynote(), 50, false),
                a.live(dan, event.keynote(), 60, true), a.live(dan, event.panel(), 60, true),
                a.recording(eve, 0), a.recording(eve, 10), a.recording(eve, 20), a.recording(eve, 30),
                a.recording(eve, 40), a.recording(eve, 50),
                a.live(fay, event.keynote(), 60, true), a.live(fay, event.keynote(), 30, true)));
        Rollups.awaitApplied(jdbc, event.id());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void reachingTheThresholdMakesInvitedAndRegisteredPeopleAttended() {
        // Ann has 50 s: not yet
        assertThat(status(event.ann())).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(status(eve)).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(status(event.bob())).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(status(event.cem())).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(status(dan)).isEqualTo(RegistrationStatus.BLOCKED);
        assertThat(status(fay)).isEqualTo(RegistrationStatus.UNREGISTERED);

        // 10 more seconds: exactly 60
        ingest.record(event.id(), List.of(a.live(event.ann(), event.panel(), 10, true)));
        long folded = awaitFolded();
        long attended = awaitStatus(event.ann(), RegistrationStatus.ATTENDED);
        assertThat(Duration.ofNanos(attended - folded)).as("from the fold to the All users grid")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(allUsersStatus(event.ann())).isEqualTo(RegistrationStatus.ATTENDED);
    }

    @Test
    void aLoweredThresholdAppliesOnSave_andARaisedOneTakesNothingBack() {
        scoring.save(event.id(), new EngagementSettings(50, EngagementSettings.defaults().components()));
        // Ann (50 s) and Bob (50 s) reach 50 s; Dan stays blocked, Fay unregistered
        awaitStatus(event.ann(), RegistrationStatus.ATTENDED);
        awaitStatus(event.bob(), RegistrationStatus.ATTENDED);
        Rollups.awaitApplied(jdbc, event.id());
        assertThat(status(dan)).isEqualTo(RegistrationStatus.BLOCKED);
        assertThat(status(fay)).isEqualTo(RegistrationStatus.UNREGISTERED);
        assertThat(status(event.cem())).isEqualTo(RegistrationStatus.REGISTERED);

        scoring.save(event.id(), new EngagementSettings(3600, EngagementSettings.defaults().components()));
        maintenance.rebuild(event.id());
        Rollups.awaitApplied(jdbc, event.id());
        assertThat(status(event.ann())).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(status(event.bob())).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(status(eve)).isEqualTo(RegistrationStatus.ATTENDED);
    }

    /** When the batch's fold committed, in {@link System#nanoTime()}. */
    private long awaitFolded() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> jdbc.sql("""
                                select (select count(distinct batch_id) from interaction where event_id = :e)
                                     = (select count(*) from analytics_applied_batch where event_id = :e)""")
                        .param("e", event.id()).query(Boolean.class).single());
        return System.nanoTime();
    }

    private long awaitStatus(UUID person, RegistrationStatus expected) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> status(person) == expected);
        return System.nanoTime();
    }

    private RegistrationStatus status(UUID person) {
        return directory.find(event.id(), person).orElseThrow().status();
    }

    /** The status in the All users grid (its page query), as the manager sees it. */
    private RegistrationStatus allUsersStatus(UUID person) {
        return people.page(event.id(), PeopleFilter.EVERYONE, PeopleSort.NAME, false, 0, 50).stream()
                .filter(row -> row.id().equals(person)).findFirst().orElseThrow().status();
    }

    private UUID register(String name, RegistrationStatus status) {
        UUID id = UUID.randomUUID();
        directory.register(new Registration(event.id(), id, name, "Tester", name.toLowerCase() + "-" + id
                + "@test.example", Set.of(EventRole.ATTENDEE), "Tester", "Testco", "Testing", "US",
                RegistrationType.REGISTRATION, status, null));
        return id;
    }
}
