package com.eventlens.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.eventlens.events.EventCatalog;
import com.eventlens.testing.PeopleFixture;

/**
 * The People area's service: invitations and edits with every validation message, blocking and unblocking with
 * their events, removal, the export, and the access rule (an admin, or the event's managers; anyone else gets
 * "not found").
 */
@SpringBootTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PeopleManagementTests {

    static final UUID DEMO_EVENT = UUID.fromString("3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8");

    @Autowired
    PeopleManagement people;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    EventCatalog events;
    @Autowired
    ApplicationEvents published;
    @Autowired
    javax.sql.DataSource dataSource;

    PeopleFixture fixture;
    UUID event;

    @BeforeEach
    void anEventOfItsOwn() {
        fixture = PeopleFixture.create(events, directory, 3);
        event = fixture.eventId();
    }

    static PersonProfile jane(String email) {
        return new PersonProfile(" Jane ", "Doe", email, Set.of(EventRole.SPEAKER), "CTO", "Initech", "Software", "de");
    }

    @Test
    void anInvitedPersonIsInvitedByInvitation_trimmed_withAnUpperCaseCountry() {
        Registration jane = people.invite(event, jane("jane.doe@initech.example"));
        assertThat(jane.firstName()).isEqualTo("Jane");
        assertThat(jane.country()).isEqualTo("DE");
        assertThat(jane.status()).isEqualTo(RegistrationStatus.INVITED);
        assertThat(jane.registrationType()).isEqualTo(RegistrationType.INVITATION);
        assertThat(jane.createdAt()).isNotNull();
        assertThat(people.count(event, PeopleFilter.EVERYONE)).isEqualTo(9);
        assertThat(published.stream(PersonRegistered.class)).contains(new PersonRegistered(event, jane.id()));
    }

    @Test
    void everyProblemOfAProfileIsNamedByItsField() {
        PersonProfile empty = new PersonProfile("", " ", "", Set.of(), "", "", "", "");
        assertThatThrownBy(() -> people.invite(event, empty))
                .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors()).containsExactly(
                        entry(PersonField.FIRST_NAME, "First name is required."),
                        entry(PersonField.LAST_NAME, "Last name is required."),
                        entry(PersonField.EMAIL, "E-mail address is required."),
                        entry(PersonField.ROLES, "Choose at least one role.")));
        String longText = "x".repeat(201);
        PersonProfile tooLong = new PersonProfile("x".repeat(101), "x".repeat(101), "a".repeat(250) + "@x.io",
                Set.of(EventRole.ATTENDEE), longText, longText, longText, "XX");
        assertThatThrownBy(() -> people.invite(event, tooLong))
                .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors()).containsExactly(
                        entry(PersonField.FIRST_NAME, "First name is too long (at most 100 characters)."),
                        entry(PersonField.LAST_NAME, "Last name is too long (at most 100 characters)."),
                        entry(PersonField.EMAIL, "E-mail address is too long (at most 254 characters)."),
                        entry(PersonField.TITLE, "Job title is too long (at most 200 characters)."),
                        entry(PersonField.COMPANY, "Company is too long (at most 200 characters)."),
                        entry(PersonField.INDUSTRY, "Industry is too long (at most 200 characters)."),
                        entry(PersonField.COUNTRY,
                                "Unknown country code \"XX\": use a two-letter ISO 3166 code such as US or DE.")));
        for (String bad : new String[] {"jane", "jane@", "@initech.example", "jane@initech", "jane doe@initech.example",
                "jane@@initech.example"}) {
            assertThatThrownBy(() -> people.invite(event, jane(bad)))
                    .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors())
                            .containsExactly(entry(PersonField.EMAIL,
                                    "\"" + bad.strip() + "\" is not a valid e-mail address, such as name@example.com.")));
        }
        assertThat(people.count(event, PeopleFilter.EVERYONE)).isEqualTo(8);
    }

    @Test
    void anEmailAddressIsUniquePerEventWhateverItsCase() {
        assertThatThrownBy(() -> people.invite(event, jane("BOB.baker@Globex.example")))
                .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors()).containsExactly(
                        entry(PersonField.EMAIL, "BOB.baker@Globex.example is already registered to this event.")));
        // Another event may have the same address.
        PeopleFixture other = PeopleFixture.create(events, directory, 0);
        people.invite(other.eventId(), jane("jane@initech.example"));
        people.invite(event, jane("jane@initech.example"));
    }

    @Test
    void anEditKeepsTypeAndStatus_andMayKeepItsOwnAddressButNotTakeAnothers() {
        Registration bob = fixture.bob();
        PersonProfile edited = new PersonProfile("Robert", "Baker", "bob.baker@GLOBEX.example",
                Set.of(EventRole.MODERATOR), "Head of Talks", "Globex", "Energy", "GB");
        Registration after = people.edit(event, bob.id(), edited);
        assertThat(after.fullName()).isEqualTo("Robert Baker");
        assertThat(after.roles()).containsExactly(EventRole.MODERATOR);
        assertThat(after.email()).isEqualTo("bob.baker@GLOBEX.example");
        assertThat(after.status()).isEqualTo(bob.status());
        assertThat(after.registrationType()).isEqualTo(bob.registrationType());
        assertThat(after.createdAt()).isEqualTo(bob.createdAt());

        PersonProfile takesAnns = new PersonProfile("Robert", "Baker", "ANN.archer@acme.example",
                Set.of(EventRole.MODERATOR), "", "", "", "");
        assertThatThrownBy(() -> people.edit(event, bob.id(), takesAnns))
                .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors())
                        .containsOnlyKeys(PersonField.EMAIL));
        assertThatThrownBy(() -> people.edit(event, UUID.randomUUID(), edited)).isInstanceOf(PersonNotFound.class);
    }

    @Test
    void blockingAndUnblockingPublishTheStatusChanges() {
        UUID ann = fixture.ann().id();
        assertThat(people.blockFromChat(event, ann).status()).isEqualTo(RegistrationStatus.BLOCKED_FROM_CHAT);
        assertThat(people.block(event, ann).status()).isEqualTo(RegistrationStatus.BLOCKED);
        assertThat(people.unblock(event, ann).status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(people.unblock(event, ann).status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(published.stream(RegistrationStatusChanged.class)).containsExactly(
                new RegistrationStatusChanged(event, ann, RegistrationStatus.ATTENDED, RegistrationStatus.BLOCKED_FROM_CHAT),
                new RegistrationStatusChanged(event, ann, RegistrationStatus.BLOCKED_FROM_CHAT, RegistrationStatus.BLOCKED),
                new RegistrationStatusChanged(event, ann, RegistrationStatus.BLOCKED, RegistrationStatus.ATTENDED));
        assertThatThrownBy(() -> people.block(event, UUID.randomUUID())).isInstanceOf(PersonNotFound.class);
    }

    @Test
    void aStatusChangedByAnImportIsPublishedToo() {
        Registration cara = fixture.cara();
        directory.register(new Registration(event, cara.id(), cara.firstName(), cara.lastName(), cara.email(),
                cara.roles(), cara.title(), cara.company(), cara.industry(), cara.country(), cara.registrationType(),
                RegistrationStatus.ATTENDED, cara.createdAt()));
        assertThat(published.stream(RegistrationStatusChanged.class)).containsExactly(
                new RegistrationStatusChanged(event, cara.id(), RegistrationStatus.BLOCKED, RegistrationStatus.ATTENDED));
    }

    @Test
    void aRemovedPersonIsGoneAndAnnounced() {
        people.remove(event, fixture.eve().id());
        assertThat(people.count(event, PeopleFilter.EVERYONE)).isEqualTo(7);
        assertThatThrownBy(() -> people.find(event, fixture.eve().id())).isInstanceOf(PersonNotFound.class);
        assertThat(published.stream(PersonRemoved.class)).containsExactly(new PersonRemoved(event, fixture.eve().id()));
        // Their address is free again.
        people.invite(event, jane(fixture.eve().email()));
    }

    @Test
    void theExportHoldsTheFilteredPeopleInOrder_asLabelsAndInTheEventsTimeZone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.export(event, PeopleFilter.search("acme"), PeopleSort.NAME, false, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF"
                + "first_name,last_name,email,roles,title,company,industry,country,registration_type,status,created_at\r\n"
                + "Ann,Archer,ann.archer@acme.example,Attendee,Tester,Acme,Testing,US,Registration,Attended,2021-10-10T10:00:00-04:00\r\n"
                + "Dan,Drake,dan@acme.example,Event manager|Speaker,Tester,Acme,Testing,US,Registration,Registered,2021-10-13T10:00:00-04:00\r\n");
    }

    @Test
    void aProfileThatLooksLikeFormulasIsExportedAsText() throws Exception {
        people.invite(event, new PersonProfile("=HYPERLINK(\"x\")", "Doe", "formula@example.org",
                Set.of(EventRole.ATTENDEE), "+1", "@SUM(1,2)", "-5", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.export(event, PeopleFilter.search("formula"), PeopleSort.NAME, false, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"x\"\")\",Doe,formula@example.org,"
                + "Attendee,'+1,\"'@SUM(1,2)\",'-5,,Invitation,Invited,").endsWith("\r\n");
    }

    @Test
    @WithUserDetails("manager")
    void theEventsManagerSeesTheDemoEventsPeopleButNotAnotherEvents() {
        assertThat(people.count(DEMO_EVENT, PeopleFilter.EVERYONE)).isGreaterThanOrEqualTo(255);
        assertThatThrownBy(() -> people.count(event, PeopleFilter.EVERYONE)).isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> people.page(event, PeopleFilter.EVERYONE, PeopleSort.NAME, false, 0, 10))
                .isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> people.invite(event, jane("jane@initech.example"))).isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> people.block(event, fixture.ann().id())).isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> people.remove(event, fixture.ann().id())).isInstanceOf(PersonNotFound.class);
        assertThatThrownBy(() -> people.export(event, PeopleFilter.EVERYONE, PeopleSort.NAME, false,
                new ByteArrayOutputStream())).isInstanceOf(PersonNotFound.class);
        assertThat(directory.find(event, fixture.ann().id()).orElseThrow().status()).isEqualTo(RegistrationStatus.ATTENDED);
    }

    @Test
    void aCountThatTakesLongerThanItsBudgetIsEmpty_andTheNextCallWorksAsUsual() throws Exception {
        assertThat(people.countWithin(event, PeopleFilter.search("acme"), java.time.Duration.ofSeconds(5)))
                .hasValue(2);
        // Another transaction holds the table: the count waits, and gives up at its budget.
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("lock table registration in access exclusive mode");
            long started = System.nanoTime();
            assertThat(people.countWithin(event, PeopleFilter.EVERYONE, java.time.Duration.ofMillis(200))).isEmpty();
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
            other.rollback();
        }
        assertThat(people.count(event, PeopleFilter.EVERYONE)).isEqualTo(8);
    }

    @Test
    void anUnknownEventIsNotFoundEvenForTheAdmin() {
        assertThatThrownBy(() -> people.invite(UUID.randomUUID(), jane("jane@initech.example")))
                .isInstanceOf(PersonNotFound.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerCannotLockThemselvesOut() {
        Registration patrick = people.page(DEMO_EVENT, PeopleFilter.search("patrick lorimer"), PeopleSort.NAME, false, 0, 1)
                .getFirst();
        assertThatThrownBy(() -> people.remove(DEMO_EVENT, patrick.id()))
                .isInstanceOf(PeopleChangeRefused.class)
                .hasMessage("You cannot remove yourself: you would lose access to this event.");
        PersonProfile noLongerManager = new PersonProfile(patrick.firstName(), patrick.lastName(), "patrick@elsewhere.example",
                Set.of(EventRole.SPEAKER), patrick.title(), patrick.company(), patrick.industry(), patrick.country());
        assertThatThrownBy(() -> people.edit(DEMO_EVENT, patrick.id(), noLongerManager))
                .isInstanceOfSatisfying(InvalidPerson.class, invalid -> assertThat(invalid.errors()).containsExactly(
                        entry(PersonField.EMAIL, "You cannot change your own e-mail address here: your access to this "
                                + "event depends on it."),
                        entry(PersonField.ROLES, "You cannot take away your own Event manager role: you would lose "
                                + "access to this event.")));
        assertThat(people.find(DEMO_EVENT, patrick.id())).isEqualTo(patrick);
    }
}
