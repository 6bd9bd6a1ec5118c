package com.eventlens.people;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.events.EventCatalog;
import com.eventlens.testing.PeopleFixture;

/** GET /api/v1/events/{id}/people and POST …/people/bulk-invite: the grid's rules over HTTP, with its access rule. */
@SpringBootTest
class PeopleApiTests {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    EventCatalog events;
    @Autowired
    PeopleDirectory directory;

    MockMvc mvc;
    UUID event;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = PeopleFixture.create(events, directory, 0).eventId();
    }

    @Test
    void theManagerPagesSearchesAndFiltersTheDemoEventsPeople() throws Exception {
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT + "/people").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(255)))
                .andExpect(jsonPath("$.people.length()").value(50));
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT + "/people").param("search", "PATRICK lorimer")
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.people[0].firstName").value("Patrick"))
                .andExpect(jsonPath("$.people[0].roles[0]").value("EVENT_MANAGER"));
    }

    @Test
    void sortsAndFiltersByRoleAndStatus() throws Exception {
        mvc.perform(get("/api/v1/events/" + event + "/people").param("role", "speaker").param("sort", "name,desc")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.people[0].lastName").value("Drake"))
                .andExpect(jsonPath("$.people[1].lastName").value("Baker"));
        mvc.perform(get("/api/v1/events/" + event + "/people").param("status", "BLOCKED")
                        .param("sort", "createdAt").param("size", "1").param("page", "0")
                        .with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.people[0].status").value("BLOCKED"));
    }

    @Test
    void badParametersAreProblems() throws Exception {
        for (String[] bad : new String[][] {{"sort", "age,desc"}, {"sort", "name,up"}, {"role", "Guest"},
                {"status", "gone"}, {"size", "501"}, {"page", "-1"}}) {
            mvc.perform(get("/api/v1/events/" + event + "/people").param(bad[0], bad[1]).with(httpBasic("admin", "admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void anotherEventIsNotFoundForTheManager_andCredentialsAreNeeded() throws Exception {
        mvc.perform(get("/api/v1/events/" + event + "/people").with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/events/" + event + "/people/bulk-invite").contentType("text/csv")
                        .content(BulkInviteTests.HEADER + "Jane,Doe,jane@initech.example,,,,,\n")
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + UUID.randomUUID() + "/people").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + event + "/people")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBulkInviteInvitesAGoodFileAndListsTheBadRowsOfAnother() throws Exception {
        mvc.perform(post("/api/v1/events/" + event + "/people/bulk-invite").contentType("text/csv")
                        .content(BulkInviteTests.HEADER + "Jane,Doe,jane@initech.example,Speaker,,,,\n")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(1));
        mvc.perform(post("/api/v1/events/" + event + "/people/bulk-invite").contentType("text/csv")
                        .content(BulkInviteTests.HEADER + "Jane,Doe,jane@initech.example,Speaker,,,,\nJoe,,joe@x,,,,,\n")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("2 lines are wrong; nobody was invited."))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("jane@initech.example is already registered to this event."))
                .andExpect(jsonPath("$.errors[1].line").value(3));
    }
}
