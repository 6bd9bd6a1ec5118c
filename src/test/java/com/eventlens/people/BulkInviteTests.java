package com.eventlens.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.eventlens.events.EventCatalog;
import com.eventlens.people.BulkInviteResult.Problem;
import com.eventlens.testing.PeopleFixture;
import com.eventlens.testing.Rollups;

/**
 * Bulk invite (SPEC.md §4): a good file invites everyone in one go; a file with any bad row invites nobody and
 * names every bad row with its line and reason, one test per kind of problem; and 100,000 rows go through.
 */
@SpringBootTest
@RecordApplicationEvents
@WithUserDetails("admin")
class BulkInviteTests {

    static final String HEADER = "first_name,last_name,email,roles,title,company,industry,country\n";

    @Autowired
    PeopleManagement people;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    EventCatalog events;
    @Autowired
    ApplicationEvents published;
    @Autowired
    JdbcClient jdbc;

    UUID event;

    @BeforeEach
    void anEventWithFivePeople() {
        event = PeopleFixture.create(events, directory, 0).eventId();
    }

    BulkInviteResult upload(String csv) throws Exception {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    BulkInviteResult upload(byte[] csv) throws Exception {
        return people.bulkInvite(event, new ByteArrayResource(csv));
    }

    long count() {
        return people.count(event, PeopleFilter.EVERYONE);
    }

    /** The file's only problem, after checking that nothing was imported. */
    Problem onlyProblem(BulkInviteResult result) {
        assertThat(result.succeeded()).isFalse();
        assertThat(result.invited()).isZero();
        assertThat(count()).as("nothing imported").isEqualTo(5);
        assertThat(result.problems()).hasSize(1);
        return result.problems().getFirst();
    }

    @Test
    void aGoodFileInvitesEveryoneAsBulkUpload() throws Exception {
        BulkInviteResult result = upload("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "Jane,Doe,jane@initech.example,Speaker|moderator,CTO,\"Initech, Inc.\",Software,de\r\n"
                + "\r\n"
                + "Joe,Bloggs,JOE@initech.example,,,,,\r\n"
                + "Zoë,Müller,zoe@initech.example,EVENT_MANAGER | attendee,\"Head of \"\"Fun\"\"\",Initech,,\r\n");
        assertThat(result).isEqualTo(new BulkInviteResult(3, List.of()));
        assertThat(count()).isEqualTo(8);
        Registration jane = people.page(event, PeopleFilter.search("jane"), PeopleSort.NAME, false, 0, 1).getFirst();
        assertThat(jane.roles()).containsExactlyInAnyOrder(EventRole.SPEAKER, EventRole.MODERATOR);
        assertThat(jane.company()).isEqualTo("Initech, Inc.");
        assertThat(jane.country()).isEqualTo("DE");
        assertThat(jane.registrationType()).isEqualTo(RegistrationType.BULK_UPLOAD);
        assertThat(jane.status()).isEqualTo(RegistrationStatus.INVITED);
        Registration joe = people.page(event, PeopleFilter.search("bloggs"), PeopleSort.NAME, false, 0, 1).getFirst();
        assertThat(joe.roles()).as("no role means attendee").containsExactly(EventRole.ATTENDEE);
        assertThat(joe.country()).isNull();
        assertThat(joe.title()).isEmpty();
        Registration zoe = people.page(event, PeopleFilter.search("müller"), PeopleSort.NAME, false, 0, 1).getFirst();
        assertThat(zoe.fullName()).isEqualTo("Zoë Müller");
        assertThat(zoe.title()).isEqualTo("Head of \"Fun\"");
        assertThat(zoe.roles()).containsExactlyInAnyOrder(EventRole.EVENT_MANAGER, EventRole.ATTENDEE);
        // The file's people in one announcement; the fixture's five were registered one by one.
        assertThat(published.stream(PeopleRegistered.class).filter(e -> e.eventId().equals(event)))
                .singleElement().extracting(PeopleRegistered::personIds).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(jane.id(), joe.id(), zoe.id());
        assertThat(published.stream(PersonRegistered.class).filter(e -> e.eventId().equals(event))).hasSize(5);
    }

    @Test
    void theHeaderMayNameTheColumnsInAnyOrderAndCase() throws Exception {
        BulkInviteResult result = upload("EMAIL, First_Name,last_name,country,roles,title,company,industry\n"
                + "jane@initech.example,Jane,Doe,US,Speaker,,,\n");
        assertThat(result.invited()).isEqualTo(1);
        assertThat(people.page(event, PeopleFilter.search("jane"), PeopleSort.NAME, false, 0, 1).getFirst().fullName())
                .isEqualTo("Jane Doe");
    }

    @Test
    void aMissingEmailIsReported() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Jane,Doe,jane@initech.example,,,,,\nJoe,Bloggs,,,,,,\n")))
                .isEqualTo(new Problem(3, "E-mail address is required."));
    }

    @Test
    void aBadEmailIsReported() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Jane,Doe,jane@initech,,,,,\n")))
                .isEqualTo(new Problem(2, "\"jane@initech\" is not a valid e-mail address, such as name@example.com."));
    }

    @Test
    void anUnknownRoleIsReported() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Jane,Doe,jane@initech.example,Speaker|Guest|VIP,,,,\n")))
                .isEqualTo(new Problem(2, "Unknown roles \"Guest\", \"VIP\": use Event manager, Speaker, Moderator "
                        + "or Attendee, separated by |."));
    }

    @Test
    void anUnknownCountryCodeIsReported() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Jane,Doe,jane@initech.example,,,,,Germany\n")))
                .isEqualTo(new Problem(2, "Unknown country code \"GERMANY\": use a two-letter ISO 3166 code such as "
                        + "US or DE."));
    }

    @Test
    void aDuplicateEmailWithinTheFileIsReportedOnItsLaterLine() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Jane,Doe,jane@initech.example,,,,,\nJoe,Bloggs,joe@initech.example,,,,,\n"
                + "Janet,Doe,JANE@Initech.example,,,,,\n")))
                .isEqualTo(new Problem(4, "JANE@Initech.example is already on line 2 of this file."));
    }

    @Test
    void anEmailAlreadyRegisteredToTheEventIsReported() throws Exception {
        assertThat(onlyProblem(upload(HEADER + "Robert,Baker,bob.baker@GLOBEX.example,,,,,\n")))
                .isEqualTo(new Problem(2, "bob.baker@GLOBEX.example is already registered to this event."));
    }

    @Test
    void aWrongHeaderIsReported() throws Exception {
        assertThat(onlyProblem(upload("first name,last_name,e-mail,roles,title,company,industry,country\n"
                + "Jane,Doe,jane@initech.example,,,,,\n")))
                .isEqualTo(new Problem(1, "Wrong header (missing first_name, email; unknown \"first name\", \"e-mail\"): "
                        + "the first row must be first_name,last_name,email,roles,title,company,industry,country."));
        assertThat(onlyProblem(upload("Jane,Doe,jane@initech.example,,,,,\n")).line()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtItsFirstBadLine() throws Exception {
        byte[] windows1252 = (HEADER + "Jane,Doe,jane@initech.example,,,,,\nJoe,Bloggs,joe@initech.example,,,,,\n"
                + "Zoë,Müller,zoe@initech.example,,,,,\n").getBytes(Charset.forName("windows-1252"));
        assertThat(onlyProblem(upload(windows1252)))
                .isEqualTo(new Problem(4, "Not UTF-8 text: save the file as \"CSV UTF-8\" and upload it again."));
        byte[] utf16 = (HEADER + "Jane,Doe,jane@initech.example,,,,,\n").getBytes(StandardCharsets.UTF_16);
        assertThat(onlyProblem(upload(utf16)))
                .isEqualTo(new Problem(1, "The file is UTF-16 text: save it as \"CSV UTF-8\" and upload it again."));
    }

    @Test
    void anEmptyFileAndAHeaderWithoutPeopleAreReported() throws Exception {
        assertThat(onlyProblem(upload("")).reason()).startsWith("The file is empty");
        assertThat(onlyProblem(upload(HEADER + "\n,,,,,,,\n")))
                .isEqualTo(new Problem(2, "The file has a header but nobody in it: add one person a row under the header."));
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsReported() throws Exception {
        BulkInviteResult result = upload(HEADER + "Jane,Doe,jane@initech.example\nJoe,Bloggs,joe@initech.example,,,,,,x\n");
        assertThat(result.problems()).containsExactly(
                new Problem(2, "Has 3 values where the header has 8 columns."),
                new Problem(3, "Has 9 values where the header has 8 columns."));
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void anUnclosedQuoteIsReported() throws Exception {
        Problem problem = onlyProblem(upload(HEADER + "Jane,Doe,jane@initech.example,,\"CTO,,,\n"));
        assertThat(problem.reason()).startsWith("Not a readable CSV file:");
    }

    @Test
    void everyBadRowIsReportedWithItsLine_evenAfterAFieldThatSpansLines() throws Exception {
        BulkInviteResult result = upload(HEADER
                + "Jane,Doe,jane@initech.example,,\"Chief\nTechnology\nOfficer\",,,\n"     // lines 2-4, good
                + ",Bloggs,joe@initech,,,,,XX\n"                                          // line 5
                + "\n"                                                                    // line 6, blank
                + "Ann,Archer,ann.archer@acme.example,Guest,,,,\n"                        // line 7
                + "Jim,Beam,jim@initech.example,,,,,\n");                                 // line 8, good
        assertThat(result.problems()).containsExactly(
                new Problem(5, "First name is required. \"joe@initech\" is not a valid e-mail address, such as "
                        + "name@example.com. Unknown country code \"XX\": use a two-letter ISO 3166 code such as US or DE."),
                new Problem(7, "Unknown role \"Guest\": use Event manager, Speaker, Moderator or Attendee, separated by |. "
                        + "ann.archer@acme.example is already registered to this event."));
        assertThat(count()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("manager")
    void anotherEventsManagerCannotInviteIntoIt() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> upload(HEADER + "Jane,Doe,jane@initech.example,,,,,\n"))
                .isInstanceOf(PersonNotFound.class);
    }

    @Test
    void aHundredThousandRowsAreCheckedAndInvitedFromDisk(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("people.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int i = 0; i < 100_000; i++) {
                out.write("Person,Number " + i + ",person." + i + "@bulk.example,Attendee,Engineer,Bulkco,Software,US\n");
            }
        }
        long started = System.nanoTime();
        BulkInviteResult result = people.bulkInvite(event, new FileSystemResource(file));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Bulk invite of 100,000 rows: %,d ms%n", millis);
        assertThat(result).isEqualTo(new BulkInviteResult(100_000, List.of()));
        assertThat(count()).isEqualTo(100_005);
        List<PeopleRegistered> announced = published.stream(PeopleRegistered.class)
                .filter(e -> e.eventId().equals(event)).toList();
        assertThat(announced).as("one announcement a batch of 2,000").hasSize(50)
                .allSatisfy(batch -> assertThat(batch.personIds()).hasSize(2_000));
        assertThat(announced.stream().flatMap(batch -> batch.personIds().stream()).distinct()).hasSize(100_000);
        // The other modules take them in after the transaction (the analytics names them): the test waits for that,
        // so that the work does not run on into the tests that follow.
        started = System.nanoTime();
        Rollups.awaitApplied(jdbc, event);
        System.out.printf("Analytics copied 100,000 bulk-invited people in %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(people.count(event, PeopleFilter.search("person.99999@"))).isEqualTo(1);

        // The same file again: every row is taken now, and every one is reported.
        Files.writeString(file, "Late,Comer,late@bulk.example,,,,,\n", java.nio.file.StandardOpenOption.APPEND);
        BulkInviteResult again = people.bulkInvite(event, new FileSystemResource(file));
        assertThat(again.problems()).hasSize(100_000);
        assertThat(again.problems().getLast()).isEqualTo(new Problem(100_001,
                "person.99999@bulk.example is already registered to this event."));
        assertThat(count()).isEqualTo(100_005);
    }
}
