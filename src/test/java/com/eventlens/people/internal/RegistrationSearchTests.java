package com.eventlens.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.testing.PeopleFixture;

/**
 * The All users grid's SQL against the embedded PostgreSQL: pages, every sort in both directions, the search and
 * the filters, and their counts. Each test builds its own event and rolls it back.
 */
@SpringBootTest
@Transactional
class RegistrationSearchTests {

    @Autowired
    RegistrationSearch search;
    @Autowired
    EventCatalog events;
    @Autowired
    PeopleDirectory directory;

    PeopleFixture fixture;
    UUID event;

    @BeforeEach
    void anEventWithKnownPeople() {
        fixture = PeopleFixture.create(events, directory, 20);
        event = fixture.eventId();
        // Someone of another event who matches every search below: they must never show up.
        PeopleFixture.create(events, directory, 0);
    }

    List<String> names(List<Registration> people) {
        return people.stream().map(Registration::fullName).toList();
    }

    List<Registration> all(PeopleFilter filter, PeopleSort sort, boolean descending) {
        return search.page(event, filter, sort, descending, 0, 100);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrOverlaps() {
        List<Registration> paged = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 7) {
            List<Registration> page = search.page(event, PeopleFilter.EVERYONE, PeopleSort.NAME, false, offset, 7);
            assertThat(page).hasSizeLessThanOrEqualTo(7);
            paged.addAll(page);
        }
        assertThat(paged).hasSize(25).doesNotHaveDuplicates();
        assertThat(names(paged).subList(0, 6))
                .containsExactly("Ann Archer", "Bob Baker", "Cara Cole", "Dan Drake", "Eve Evans", "Zed Person 01");
        assertThat(search.page(event, PeopleFilter.EVERYONE, PeopleSort.NAME, false, 25, 7)).isEmpty();
        assertThat(search.count(event, PeopleFilter.EVERYONE)).isEqualTo(25);
    }

    @Test
    void sortsByNameBothWays() {
        assertThat(names(all(PeopleFilter.EVERYONE, PeopleSort.NAME, true)).getFirst()).isEqualTo("Zed Person 20");
        assertThat(names(all(PeopleFilter.EVERYONE, PeopleSort.NAME, false)).getFirst()).isEqualTo("Ann Archer");
    }

    @Test
    void sortsByEmailIgnoringCase() {
        List<String> emails = all(PeopleFilter.EVERYONE, PeopleSort.EMAIL, false).stream().map(Registration::email).toList();
        assertThat(emails.subList(0, 3)).containsExactly("ann.archer@acme.example", "Bob.Baker@globex.example",
                "cara@initech.example");
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.EMAIL, true).getFirst().email())
                .isEqualTo("zed.person20@example.org");
    }

    @Test
    void sortsByCreationDateBothWays() {
        List<Registration> oldestFirst = all(PeopleFilter.EVERYONE, PeopleSort.CREATED_AT, false);
        assertThat(oldestFirst).isSortedAccordingTo(Comparator.comparing(Registration::createdAt));
        assertThat(oldestFirst.getFirst()).isEqualTo(fixture.ann());
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.CREATED_AT, true).getFirst().fullName())
                .isEqualTo("Zed Person 20");
    }

    @Test
    void sortsByStatusTypeAndRolesAsTheirLabelsRead() {
        // Codes and labels sort alike: Attended, Blocked, Invited, Registered, Unregistered.
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.STATUS, false).stream().map(Registration::status).distinct())
                .containsExactly(RegistrationStatus.ATTENDED, RegistrationStatus.BLOCKED, RegistrationStatus.INVITED,
                        RegistrationStatus.REGISTERED, RegistrationStatus.UNREGISTERED);
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.STATUS, true).getFirst()).isEqualTo(fixture.eve());
        // Bulk upload, Invitation, Registration.
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.REGISTRATION_TYPE, false).getFirst().registrationType().label())
                .isEqualTo("Bulk upload");
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.REGISTRATION_TYPE, true).getFirst().registrationType().label())
                .isEqualTo("Registration");
        // Attendee, then Event manager (+ Speaker), Moderator, Speaker (+ Attendee).
        List<Registration> byRoles = all(PeopleFilter.EVERYONE, PeopleSort.ROLES, true);
        assertThat(byRoles.getFirst()).isEqualTo(fixture.bob());
        assertThat(byRoles.get(1)).isEqualTo(fixture.cara());
        assertThat(byRoles.get(2)).isEqualTo(fixture.dan());
        assertThat(all(PeopleFilter.EVERYONE, PeopleSort.ROLES, false).getFirst().roles()).containsOnly(EventRole.ATTENDEE);
    }

    @Test
    void searchesNamesEmailsAndCompaniesAsSubstringsIgnoringCase() {
        assertThat(names(all(PeopleFilter.search("ACME"), PeopleSort.NAME, false)))
                .containsExactly("Ann Archer", "Dan Drake");
        assertThat(names(all(PeopleFilter.search("aker"), PeopleSort.NAME, false))).containsExactly("Bob Baker");
        assertThat(names(all(PeopleFilter.search("bob.baker@GLOBEX"), PeopleSort.NAME, false))).containsExactly("Bob Baker");
        assertThat(names(all(PeopleFilter.search("initech"), PeopleSort.NAME, false))).containsExactly("Cara Cole");
        assertThat(names(all(PeopleFilter.search("  cara cole "), PeopleSort.NAME, false))).containsExactly("Cara Cole");
        assertThat(search.count(event, PeopleFilter.search("person"))).isEqualTo(20);
        assertThat(search.count(event, PeopleFilter.search("nobody-like-this"))).isZero();
    }

    @Test
    void everyWordOfASearchMustMatchSomewhere() {
        assertThat(names(all(PeopleFilter.search("dan acme"), PeopleSort.NAME, false))).containsExactly("Dan Drake");
        assertThat(names(all(PeopleFilter.search("acme globex"), PeopleSort.NAME, false))).isEmpty();
    }

    @Test
    void likeWildcardsInASearchMatchOnlyThemselves() {
        assertThat(names(all(PeopleFilter.search("100%"), PeopleSort.NAME, false))).containsExactly("Eve Evans");
        assertThat(names(all(PeopleFilter.search("_"), PeopleSort.NAME, false))).containsExactly("Eve Evans");
        assertThat(names(all(PeopleFilter.search("%"), PeopleSort.NAME, false))).containsExactly("Eve Evans");
        assertThat(names(all(PeopleFilter.search("\\"), PeopleSort.NAME, false))).isEmpty();
    }

    @Test
    void filtersByRoleAndStatusAlone_andWithASearch() {
        assertThat(names(all(PeopleFilter.role(EventRole.SPEAKER), PeopleSort.NAME, false)))
                .containsExactly("Bob Baker", "Dan Drake");
        assertThat(names(all(PeopleFilter.role(EventRole.EVENT_MANAGER), PeopleSort.NAME, false)))
                .containsExactly("Dan Drake");
        assertThat(search.count(event, PeopleFilter.role(EventRole.ATTENDEE))).isEqualTo(23);
        assertThat(names(all(new PeopleFilter("", null, RegistrationStatus.BLOCKED), PeopleSort.NAME, false)))
                .containsExactly("Cara Cole");
        assertThat(names(all(new PeopleFilter("acme", EventRole.SPEAKER, null), PeopleSort.NAME, false)))
                .containsExactly("Dan Drake");
        assertThat(search.count(event, new PeopleFilter("acme", EventRole.SPEAKER, RegistrationStatus.INVITED)))
                .isZero();
        assertThat(search.count(event, new PeopleFilter("person", EventRole.ATTENDEE, RegistrationStatus.REGISTERED)))
                .isEqualTo(20);
    }

    @Test
    void streamsEveryMatchInTheGridsOrder() {
        List<Registration> streamed = new ArrayList<>();
        search.forEach(event, PeopleFilter.search("acme"), PeopleSort.NAME, true, streamed::add);
        assertThat(names(streamed)).containsExactly("Dan Drake", "Ann Archer");
        streamed.clear();
        search.forEach(event, PeopleFilter.EVERYONE, PeopleSort.CREATED_AT, false, streamed::add);
        assertThat(streamed).hasSize(25).isSortedAccordingTo(Comparator.comparing(Registration::createdAt));
    }
}
