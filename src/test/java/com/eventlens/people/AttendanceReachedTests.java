package com.eventlens.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.eventlens.events.EventCatalog;
import com.eventlens.testing.PeopleFixture;
import com.eventlens.testing.SignedIn;

/**
 * The people module's side of the attendance rule: {@link AttendanceReached} (published by the analytics module)
 * turns Invited and Registered people into Attended, announced as any status change; every other status stays, and a
 * second delivery of the same event changes nothing and announces nothing. The people module with the modules it
 * needs, and a listener that collects the status changes it announces.
 *
 * <p>The fixture: Ann Attended, Bob Invited, Cara Blocked, Dan Registered, Eve Unregistered.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"events", "sessions", "interactions"})
class AttendanceReachedTests {

    @Autowired
    EventCatalog events;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Announced announced;

    PeopleFixture people;

    @BeforeEach
    void fixture() {
        SignedIn.asAdmin();
        people = PeopleFixture.create(events, directory, 0);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void invitedAndRegisteredPeopleBecomeAttended_otherStatusesStay(Scenario scenario) {
        List<java.util.UUID> everyone = people.everyone().stream().map(Registration::id).toList();
        scenario.publish(new AttendanceReached(people.eventId(), everyone))
                .andWaitForStateChange(() -> status(people.dan()) == RegistrationStatus.ATTENDED
                        && status(people.bob()) == RegistrationStatus.ATTENDED)
                .andVerify(done -> {
                    assertThat(status(people.ann())).isEqualTo(RegistrationStatus.ATTENDED);
                    assertThat(status(people.cara())).isEqualTo(RegistrationStatus.BLOCKED);
                    assertThat(status(people.eve())).isEqualTo(RegistrationStatus.UNREGISTERED);
                });
    }

    @Test
    void theChangeIsAnnouncedOnce_evenWhenTheEventIsDeliveredTwice(Scenario scenario) {
        AttendanceReached reached = new AttendanceReached(people.eventId(), List.of(people.dan().id()));
        scenario.publish(reached)
                .andWaitForStateChange(() -> changesOf(people.dan()).size() == 1)
                .andVerify(done -> assertThat(changesOf(people.dan())).containsExactly(new RegistrationStatusChanged(
                        people.eventId(), people.dan().id(), RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED)));
        // The registry delivers the same event again, as after a crash: nothing changes, nothing is announced.
        scenario.publish(reached)
                .andWaitForStateChange(() -> incompleteDeliveries() == 0)
                .andVerify(done -> {
                    assertThat(status(people.dan())).isEqualTo(RegistrationStatus.ATTENDED);
                    assertThat(changesOf(people.dan())).hasSize(1);
                });
    }

    private List<RegistrationStatusChanged> changesOf(Registration person) {
        return announced.changes.stream().filter(changed -> changed.personId().equals(person.id())).toList();
    }

    /** Every status change the module announces, on whichever thread (the rule runs on the registry's). */
    @TestConfiguration
    static class Announced {

        final List<RegistrationStatusChanged> changes = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RegistrationStatusChanged changed) {
            changes.add(changed);
        }
    }

    private RegistrationStatus status(Registration person) {
        return directory.find(people.eventId(), person.id()).orElseThrow().status();
    }

    private long incompleteDeliveries() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + people.eventId() + "%").query(Long.class).single();
    }
}
