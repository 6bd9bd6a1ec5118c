package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.console.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;

/**
 * An event manager sees only the events where they are registered as an event manager; any other event is
 * "not found", in the console and in the API alike. An admin sees every event.
 */
@SpringBootTest
class EventAccessTests extends SpringBrowserlessTest {

    static final UUID OTHER_EVENT = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    EventCatalog events;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void anotherEventManagedBySomeoneElse() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        events.save(new Event(OTHER_EVENT, "Other Summit", "Not Patrick's", Instant.parse("2023-05-01T08:00:00Z"),
                Instant.parse("2023-05-01T16:00:00Z"), ZoneId.of("Europe/Berlin")));
        people.register(new Registration(OTHER_EVENT, UUID.fromString("00000000-0000-4000-8000-0000000000bb"),
                "Olga", "Other", "olga@other.example", Set.of(EventRole.EVENT_MANAGER), "", "", "", "DE",
                RegistrationType.REGISTRATION, RegistrationStatus.REGISTERED, null));
    }

    @Test
    void theManagerListsOnlyTheirEventInTheApi() throws Exception {
        mvc.perform(get("/api/v1/events").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Virtually Live!"));
    }

    @Test
    void anotherEventIsNotFoundForTheManagerInTheApi() throws Exception {
        mvc.perform(get("/api/v1/events/" + OTHER_EVENT).with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT).with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.startsAt").value("2022-02-02T10:00:00-05:00"));
    }

    @Test
    void theAdminSeesEveryEventInTheApi() throws Exception {
        mvc.perform(get("/api/v1/events/" + OTHER_EVENT).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Other Summit"));
    }

    @Test
    void theApiWantsCredentials() throws Exception {
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT).with(httpBasic("manager", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithUserDetails("manager")
    void anotherEventsPageIsNotFoundForTheManager() {
        navigate("events/" + OTHER_EVENT, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** Every page of an event goes through {@link com.eventlens.people.ui.EventRouteGuard}. */
    @ParameterizedTest
    @ValueSource(strings = {"", "/agenda", "/media", "/analytics", "/settings/engagement", "/people",
            "/people/speakers", "/analytics/sessions", "/analytics/content",
            "/users/00000000-0000-4000-8000-0000000000bb/analytics",
            "/sessions/00000000-0000-4000-8000-0000000000cc/analytics",
            "/content/00000000-0000-4000-8000-0000000000dd/analytics"})
    @WithUserDetails("manager")
    void everyPageOfAnotherEventIsNotFoundForTheManager(String page) {
        navigate("events/" + OTHER_EVENT + page, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/users/", "/sessions/", "/content/"})
    @WithUserDetails("manager")
    void somethingTheManagersEventDoesNotHoldIsNotFound(String kind) {
        navigate("events/" + DEMO_EVENT + kind + OTHER_EVENT + "/analytics", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("events/" + DEMO_EVENT + kind + "not-a-uuid/analytics", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("manager")
    void aMalformedEventIdIsNotFound() {
        navigate("events/not-a-uuid", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("manager")
    void theManagerOpensTheirEvent() {
        OverviewView overview = navigate("events/" + DEMO_EVENT, OverviewView.class);
        assertThat($(H1.class, overview).first().getText()).isEqualTo("Virtually Live!");
    }

    @Test
    @WithUserDetails("manager")
    void theManagersEventListHoldsOnlyTheirEvent() {
        EventsView view = navigate(EventsView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void theAdminOpensAnyEvent() {
        OverviewView overview = navigate("events/" + OTHER_EVENT, OverviewView.class);
        assertThat($(H1.class, overview).first().getText()).isEqualTo("Other Summit");
        EventsView list = navigate(EventsView.class);
        assertThat(test(list.grid).size()).as("every event, those of other tests included")
                .isEqualTo(jdbc.sql("select count(*) from event").query(Long.class).single().intValue())
                .isGreaterThanOrEqualTo(2);
    }
}
