package com.eventlens.people.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.people.EventRole;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.PersonRegistered;
import com.eventlens.people.PersonRemoved;
import com.eventlens.people.PersonUpdated;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationStatusChanged;
import com.eventlens.people.RegistrationType;
import com.eventlens.shared.data.ChosenIdAggregate;
import com.eventlens.shared.data.EventScopedId;

/**
 * The registration aggregate: one person registered to one event, with profile, roles, registration type and
 * status. It announces what changes: {@link PersonRegistered}, {@link PersonUpdated} (the profile),
 * {@link RegistrationStatusChanged} and {@link PersonRemoved}.
 */
@Table("registration")
class RegistrationEntity extends ChosenIdAggregate<RegistrationEntity, EventScopedId> {

    private static final Set<RegistrationStatus> BLOCKS = EnumSet.of(RegistrationStatus.BLOCKED,
            RegistrationStatus.BLOCKED_FROM_CHAT);

    @Id
    private final EventScopedId id;
    private String firstName;
    private String lastName;
    private String email;
    /** In the enum's order, as the roles column sorts and its index expects. */
    private EnumSet<EventRole> roles;
    private String title;
    private String company;
    private String industry;
    private String country;
    private RegistrationType registrationType;
    private RegistrationStatus status;
    /** What Unblock gives back: the status before the person was blocked (or blocked from chat). */
    private RegistrationStatus statusBeforeBlock;
    @InsertOnlyProperty
    private final Instant createdAt;

    @PersistenceCreator
    RegistrationEntity(EventScopedId id, String firstName, String lastName, String email, Set<EventRole> roles,
                       String title, String company, String industry, String country,
                       RegistrationType registrationType, RegistrationStatus status,
                       RegistrationStatus statusBeforeBlock, Instant createdAt) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.roles = inOrder(roles);
        this.title = title;
        this.company = company;
        this.industry = industry;
        this.country = country;
        this.registrationType = registrationType;
        this.status = status;
        this.statusBeforeBlock = statusBeforeBlock;
        this.createdAt = createdAt;
    }

    /** @param now the creation time, unless the registration brings its own */
    static RegistrationEntity register(Registration person, Instant now) {
        RegistrationEntity registered = new RegistrationEntity(new EventScopedId(person.eventId(), person.id()),
                person.firstName(), person.lastName(), person.email(), person.roles(), person.title(),
                person.company(), person.industry(), person.country(), person.registrationType(), person.status(),
                null, person.createdAt() == null ? now : person.createdAt());
        registered.registerEvent(new PersonRegistered(person.eventId(), person.id()));
        return registered.asNew();
    }

    /**
     * Takes everything the registration says (an import): profile, registration type and status. A new status
     * forgets the one remembered from before a block.
     */
    RegistrationEntity update(Registration person) {
        if (!PersonProfile.of(person).equals(profile()) || person.registrationType() != registrationType) {
            takeProfile(PersonProfile.of(person));
            registrationType = person.registrationType();
            registerEvent(new PersonUpdated(id.eventId(), id.id()));
        }
        if (person.status() != status) {
            statusBeforeBlock = null;
            changeStatus(person.status());
        }
        return this;
    }

    /** A profile edited in the console; registration type and status stay. */
    RegistrationEntity edit(PersonProfile profile) {
        if (!profile.equals(profile())) {
            takeProfile(profile);
            registerEvent(new PersonUpdated(id.eventId(), id.id()));
        }
        return this;
    }

    /** Blocks the person from the event (or its chat only), remembering their status unless blocked already. */
    RegistrationEntity block(RegistrationStatus block) {
        if (!BLOCKS.contains(block)) {
            throw new IllegalArgumentException(block + " is not a block");
        }
        if (!BLOCKS.contains(status)) {
            statusBeforeBlock = status;
        }
        changeStatus(block);
        return this;
    }

    /** Lifts a block: back to the status before it, or Registered when that is unknown. */
    RegistrationEntity unblock() {
        if (BLOCKS.contains(status)) {
            changeStatus(statusBeforeBlock == null ? RegistrationStatus.REGISTERED : statusBeforeBlock);
        }
        statusBeforeBlock = null;
        return this;
    }

    /** Announces the removal; the repository's delete publishes it. */
    RegistrationEntity remove() {
        registerEvent(new PersonRemoved(id.eventId(), id.id()));
        return this;
    }

    private void changeStatus(RegistrationStatus to) {
        if (to != status) {
            registerEvent(new RegistrationStatusChanged(id.eventId(), id.id(), status, to));
            status = to;
        }
    }

    private void takeProfile(PersonProfile profile) {
        firstName = profile.firstName();
        lastName = profile.lastName();
        email = profile.email();
        roles = inOrder(profile.roles());
        title = profile.title();
        company = profile.company();
        industry = profile.industry();
        country = profile.country();
    }

    private static EnumSet<EventRole> inOrder(Set<EventRole> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(EventRole.class) : EnumSet.copyOf(roles);
    }

    private PersonProfile profile() {
        return new PersonProfile(firstName, lastName, email, roles, title, company, industry, country);
    }

    @Override
    public EventScopedId getId() {
        return id;
    }

    String email() {
        return email;
    }

    Registration toRegistration() {
        return new Registration(id.eventId(), id.id(), firstName, lastName, email, roles, title, company, industry,
                country, registrationType, status, createdAt);
    }
}
