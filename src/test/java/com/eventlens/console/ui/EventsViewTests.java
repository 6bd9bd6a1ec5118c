package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventAccess;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.testing.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/**
 * The events list: a search by name, each event's status (upcoming, live now, ended) from its dates and this
 * moment, sorting by any column (the next to start first at first), and the way in.
 */
@SpringBootTest
@WithUserDetails("admin")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsViewTests extends SpringBrowserlessTest {

    @Autowired
    EventCatalog events;
    @Autowired
    EventAccess access;
    @Autowired
    PeopleDirectory people;

    /** A word only this test's events carry, so that events of other tests do not count. */
    String tag;

    /** Once for the class: a new event reaches the people module's copy only after a moment. */
    @BeforeAll
    void threeEventsOneOfEachStatus() {
        tag = "Statuscheck" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Duration hour = Duration.ofHours(1);
        save("Alpha " + tag, Instant.parse("2023-05-01T08:00:00Z"), Instant.parse("2023-05-01T16:00:00Z"));
        save("Bravo " + tag, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plus(hour));
        save("Charlie " + tag, now.minus(hour), now.plus(hour));
        // The people module learns of new events from their domain events, after their transaction (polled on this
        // thread: the signed-in admin is a thread-local).
        SignedIn.asAdmin();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> access.visibleEvents().stream()
                    .filter(event -> event.name().endsWith(tag)).count() == 3);
        } finally {
            SignedIn.nobody();
        }
    }

    private UUID save(String name, Instant startsAt, Instant endsAt) {
        UUID id = UUID.randomUUID();
        events.save(new Event(id, name, "", startsAt, endsAt, ZoneId.of("Asia/Tokyo")));
        return id;
    }

    List<String> names(EventsView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(row -> test(view.grid).getRow(row).name())
                .toList();
    }

    String status(EventsView view, String name) {
        int row = names(view).indexOf(name);
        return ((Span) test(view.grid).getCellComponent(row, "status")).getText();
    }

    @Test
    void theSearchFindsEventsByAnyPartOfTheirNameInAnyCase() {
        EventsView view = navigate("", EventsView.class);
        view.search.setValue(tag.toLowerCase());
        assertThat(names(view)).containsExactlyInAnyOrder("Alpha " + tag, "Bravo " + tag, "Charlie " + tag);
        view.search.setValue("bravo " + tag.toUpperCase());
        assertThat(names(view)).containsExactly("Bravo " + tag);
        view.search.setValue("no such event " + tag);
        assertThat(names(view)).isEmpty();
        view.search.clear();
        assertThat(names(view)).contains("Alpha " + tag, "Virtually Live!");
    }

    @Test
    void eachEventSaysWhetherItIsUpcomingLiveNowOrEnded() {
        EventsView view = navigate("", EventsView.class);
        view.search.setValue(tag);
        assertThat(status(view, "Alpha " + tag)).isEqualTo("Ended");
        assertThat(status(view, "Bravo " + tag)).isEqualTo("Upcoming");
        assertThat(status(view, "Charlie " + tag)).isEqualTo("Live now");
    }

    @Test
    void theLatestStartComesFirstAndEveryColumnButTheTimeZoneSorts() {
        EventsView view = navigate("", EventsView.class);
        view.search.setValue(tag);
        assertThat(names(view)).as("by start, latest first").containsExactly("Bravo " + tag, "Charlie " + tag,
                "Alpha " + tag);

        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("name")).build());
        assertThat(names(view)).containsExactly("Alpha " + tag, "Bravo " + tag, "Charlie " + tag);
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("name")).build());
        assertThat(names(view)).containsExactly("Charlie " + tag, "Bravo " + tag, "Alpha " + tag);
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("startsAt")).build());
        assertThat(names(view)).containsExactly("Alpha " + tag, "Charlie " + tag, "Bravo " + tag);
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("status")).build());
        assertThat(names(view).stream().map(name -> status(view, name)).toList())
                .containsExactly("Ended", "Live now", "Upcoming");

        assertThat(view.grid.getColumns().stream().filter(column -> column.isSortable())
                .map(column -> column.getKey()).toList()).containsExactly("name", "status", "startsAt", "people");
    }

    @Test
    void aManagerOfOneEventLandsInItOncePerSignIn() {
        // A manager of Bravo alone, signed in.
        UUID bravo = access.visibleEvents().stream().filter(event -> event.name().equals("Bravo " + tag))
                .findFirst().orElseThrow().id();
        String email = tag.toLowerCase(Locale.ROOT) + "@example.com";
        people.register(new Registration(bravo, UUID.randomUUID(), "Solo", "Manager", email,
                Set.of(EventRole.EVENT_MANAGER), "", "", "", "", RegistrationType.REGISTRATION,
                RegistrationStatus.REGISTERED, null));
        ConsoleUser solo = new ConsoleUser("solo", "Solo Manager", email, ConsoleRole.EVENT_MANAGER, "");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(solo, null, solo.getAuthorities()));

        OverviewView overview = navigate("", OverviewView.class);
        assertThat($(H1.class, overview).first().getText()).isEqualTo("Bravo " + tag);
        // Once per sign-in: "← All events" afterwards shows the list, with their one event.
        EventsView list = navigate("", EventsView.class);
        assertThat(names(list)).containsExactly("Bravo " + tag);
    }
}
