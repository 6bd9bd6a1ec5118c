package com.eventlens.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.eventlens.people.EventRole;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.PersonRegistered;
import com.eventlens.people.PersonRemoved;
import com.eventlens.people.PersonUpdated;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationStatusChanged;
import com.eventlens.people.RegistrationType;

/** The registration aggregate's rules and the events it announces, without a database. */
class RegistrationEntityTests {

    static final UUID EVENT = UUID.randomUUID();
    static final UUID ANN = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static Registration ann(RegistrationStatus status) {
        return new Registration(EVENT, ANN, "Ann", "Archer", "ann@acme.example", Set.of(EventRole.ATTENDEE), "CTO",
                "Acme", "Software", "US", RegistrationType.REGISTRATION, status, null);
    }

    /**
     * What a save would publish, then the aggregate forgetting it, as Spring Data does after publishing (both
     * through the methods it calls, which are protected).
     */
    static Collection<Object> published(RegistrationEntity aggregate) {
        Collection<Object> events = List.copyOf(
                ReflectionTestUtils.<Collection<Object>>invokeMethod(aggregate, "domainEvents"));
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        return events;
    }

    @Test
    void aNewRegistrationIsAnnouncedAndTakesNowUnlessItBringsItsCreationTime() {
        RegistrationEntity registered = RegistrationEntity.register(ann(RegistrationStatus.REGISTERED), NOW);
        assertThat(registered.isNew()).isTrue();
        assertThat(registered.toRegistration().createdAt()).isEqualTo(NOW);
        assertThat(published(registered)).containsExactly(new PersonRegistered(EVENT, ANN));
    }

    @Test
    void anImportAnnouncesAChangedProfileAndAChangedStatusApart_andNothingWhenNothingChanged() {
        RegistrationEntity stored = RegistrationEntity.register(ann(RegistrationStatus.REGISTERED), NOW);
        published(stored);
        stored.update(ann(RegistrationStatus.REGISTERED));
        assertThat(published(stored)).isEmpty();

        Registration renamed = new Registration(EVENT, ANN, "Anne", "Archer", "ann@acme.example",
                Set.of(EventRole.ATTENDEE), "CTO", "Acme", "Software", "US", RegistrationType.REGISTRATION,
                RegistrationStatus.ATTENDED, null);
        stored.update(renamed);
        assertThat(published(stored)).containsExactly(new PersonUpdated(EVENT, ANN), new RegistrationStatusChanged(
                EVENT, ANN, RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED));
        assertThat(stored.toRegistration().fullName()).isEqualTo("Anne Archer");
    }

    @Test
    void blockingRemembersTheStatusThatUnblockingGivesBack() {
        RegistrationEntity stored = RegistrationEntity.register(ann(RegistrationStatus.ATTENDED), NOW);
        published(stored);
        stored.block(RegistrationStatus.BLOCKED_FROM_CHAT).block(RegistrationStatus.BLOCKED).unblock();
        assertThat(stored.toRegistration().status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(published(stored)).containsExactly(
                new RegistrationStatusChanged(EVENT, ANN, RegistrationStatus.ATTENDED, RegistrationStatus.BLOCKED_FROM_CHAT),
                new RegistrationStatusChanged(EVENT, ANN, RegistrationStatus.BLOCKED_FROM_CHAT, RegistrationStatus.BLOCKED),
                new RegistrationStatusChanged(EVENT, ANN, RegistrationStatus.BLOCKED, RegistrationStatus.ATTENDED));
    }

    @Test
    void unblockingSomeoneBlockedBeforeTheirStatusWasKnownGivesRegistered_andUnblockingTheUnblockedChangesNothing() {
        RegistrationEntity importedBlocked = RegistrationEntity.register(ann(RegistrationStatus.BLOCKED), NOW);
        published(importedBlocked);
        assertThat(importedBlocked.unblock().toRegistration().status()).isEqualTo(RegistrationStatus.REGISTERED);
        published(importedBlocked);
        assertThat(importedBlocked.unblock().toRegistration().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(published(importedBlocked)).isEmpty();
    }

    @Test
    void anEditChangesTheProfileOnly_andIsAnnouncedOnlyWhenSomethingChanged() {
        RegistrationEntity stored = RegistrationEntity.register(ann(RegistrationStatus.INVITED), NOW);
        published(stored);
        PersonProfile same = PersonProfile.of(stored.toRegistration());
        assertThat(published(stored.edit(same))).isEmpty();
        PersonProfile speaker = new PersonProfile("Ann", "Archer", "ann@acme.example",
                Set.of(EventRole.ATTENDEE, EventRole.SPEAKER), "CTO", "Acme", "Software", "US");
        assertThat(published(stored.edit(speaker))).containsExactly(new PersonUpdated(EVENT, ANN));
        assertThat(stored.toRegistration().roles()).containsExactlyInAnyOrder(EventRole.ATTENDEE, EventRole.SPEAKER);
        assertThat(stored.toRegistration().status()).isEqualTo(RegistrationStatus.INVITED);
    }

    @Test
    void aRemovalIsAnnounced_andOnlyABlockBlocks() {
        RegistrationEntity stored = RegistrationEntity.register(ann(RegistrationStatus.REGISTERED), NOW);
        published(stored);
        assertThat(published(stored.remove())).containsExactly(new PersonRemoved(EVENT, ANN));
        assertThatThrownBy(() -> stored.block(RegistrationStatus.ATTENDED)).isInstanceOf(IllegalArgumentException.class);
    }
}
