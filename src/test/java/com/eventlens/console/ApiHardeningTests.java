package com.eventlens.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleManagement;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.TestEvent;

/** Issue 10 items 3–7 through the real filter chains: throttling, cross-site writes, errors, input, headers. */
@SpringBootTest
class ApiHardeningTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theSixthWrongPasswordIsRefusedWith429AndSoIsTheRightOneDuringTheWait() throws Exception {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/accounts").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                .content(AccountsApiTests.body(username, "EVENT_MANAGER", AccountsApiTests.PASSWORD)))
                .andExpect(status().isCreated());
        RequestPostProcessor address = from("10.20.30.40");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/events").with(httpBasic(username, "wrong guess " + attempt)).with(address))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/events").with(httpBasic(username, "wrong guess 6")).with(address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/events").with(httpBasic(username, AccountsApiTests.PASSWORD)).with(address))
                .andExpect(status().isTooManyRequests());
        // The same username from another address waits too: it is throttled by username as well.
        mvc.perform(get("/api/v1/events").with(httpBasic(username, AccountsApiTests.PASSWORD)).with(from("10.20.30.41")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedForEveryoneBehindItButNobodyElse() throws Exception {
        RequestPostProcessor guesser = from("10.66.0.1");
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(get("/api/v1/events").with(httpBasic("guess-" + attempt, "password")).with(guesser))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/events").with(httpBasic("admin", "admin")).with(guesser))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        mvc.perform(get("/api/v1/events").with(httpBasic("admin", "admin")).with(from("10.66.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void aCrossSiteWriteIsRefusedAndChangesNothing() throws Exception {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        mvc.perform(post("/api/v1/events/" + event.id() + "/ingest-token").with(httpBasic("admin", "admin"))
                        .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Cross-site")));
        assertThat(events.acceptsIngestToken(event.id(), event.ingestToken())).as("the token still works").isTrue();
        mvc.perform(post("/api/v1/events/" + event.id() + "/ingest-token").with(httpBasic("admin", "admin"))
                        .header("Origin", "http://localhost"))
                .andExpect(status().isOk());
    }

    @Test
    void errorsAreProblemDetailsNeverRedirectsOrPages() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", "admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/events/1-1-1-1-1").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + UUID.randomUUID() + "/people?page=abc").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("page"))
                .andExpect(jsonPath("$.detail").value(containsString("whole number")));
        mvc.perform(get("/api/v1/events").header("Accept", "text/html"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void interactionsNeedTheTokenBeforeAnythingIsLookedUp() throws Exception {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        String batch = "{\"interactions\": [{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"REACTION\", \"userId\": \""
                + event.ann() + "\", \"occurredAt\": \"2022-02-02T15:00:00Z\", \"sessionId\": \"" + event.keynote() + "\"}]}";
        mvc.perform(post("/api/v1/events/" + UUID.randomUUID() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "bearer " + event.ingestToken()).content(batch))
                .andExpect(status().isAccepted());
        for (String bad : new String[] {"+300000-01-01T00:00:00Z", "-4800-01-01T00:00:00Z"}) {
            mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                            .header("Authorization", "Bearer " + event.ingestToken())
                            .content(batch.replace("2022-02-02T15:00:00Z", bad).replaceAll("\"id\": \"[^\"]+\"",
                                    "\"id\": \"" + UUID.randomUUID() + "\"")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        }
        mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + event.ingestToken())
                        .content(batch.replaceAll("\"id\": \"[^\"]+\"", "\"id\": \"1-1-1-1-1\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + event.ingestToken())
                        .content(batch.replace("\"type\"", "\"kind\": 1, \"type\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + event.ingestToken())
                        .content(batch.replace("\"type\": \"REACTION\"", "\"type\": \"REACTION\", \"type\": \"VIEW\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("Duplicate")));
        String id = UUID.randomUUID().toString();
        String one = batch.substring(batch.indexOf('[') + 1, batch.lastIndexOf(']')).replaceAll("\"id\": \"[^\"]+\"",
                "\"id\": \"" + id + "\"");
        mvc.perform(post("/api/v1/events/" + event.id() + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + event.ingestToken())
                        .content("{\"interactions\": [" + one + ", " + one.replace("REACTION", "CHAT_MESSAGE") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aNulOrALoneSurrogateInAnyTextIsRefusedAndChangesNothing() throws Exception {
        String event = UUID.randomUUID().toString();
        String structure = """
                {"id": "%s", "name": "Summit\\u0000", "startsAt": "2030-03-03T09:00:00Z",
                 "endsAt": "2030-03-03T17:00:00Z", "timeZone": "Europe/Berlin",
                 "people": [{"id": "%s", "firstName": "Ann\\ud800", "lastName": "Lee", "email": "ann.lee@example.com",
                             "roles": ["ATTENDEE"], "registrationType": "REGISTRATION", "status": "REGISTERED"}]}
                """.formatted(event, UUID.randomUUID());
        mvc.perform(post("/api/v1/events").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(structure))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem(containsString("NUL"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'people[0].firstName')].message")
                        .value(hasItem(containsString("lone surrogate"))));
        assertThat(events.find(UUID.fromString(event))).isEmpty();

        String username = "nul-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/accounts").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(AccountsApiTests.body(username, "EVENT_MANAGER", AccountsApiTests.PASSWORD)
                                .replace("Ann Example", "Ann \\udc00")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("lone surrogate")));

        TestEvent target = TestEvent.create(events, agenda, media, people);
        long registered = people.count(target.id());
        mvc.perform(post("/api/v1/events/" + target.id() + "/people/bulk-invite").with(httpBasic("admin", "admin"))
                        .contentType("text/csv").content("first_name,last_name,email,roles,title,company,industry,country\n"
                                + "A\u0000nn,Lee,ann.nul@example.com,Attendee,,,,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NUL")));
        assertThat(people.count(target.id())).isEqualTo(registered);
    }

    @Test
    void aRefusedValueIsQuotedInAtMost200Characters() throws Exception {
        String huge = "q".repeat(5_000);
        TestEvent event = TestEvent.create(events, agenda, media, people);
        String detail = mvc.perform(get("/api/v1/events/" + event.id() + "/people?sort=" + huge)
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("sort"))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("q".repeat(199) + "…").doesNotContain("q".repeat(201));

        String batch = "{\"interactions\": [{\"id\": \"" + huge + "\", \"type\": \"REACTION\"}]}";
        String problems = mvc.perform(post("/api/v1/events/" + event.id() + "/interactions")
                        .contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + event.ingestToken())
                        .content(batch))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problems).doesNotContain("q".repeat(201));
    }

    /** The headers of Vaadin's pages themselves are pinned through the real server, in ConsoleHttpTests. */
    @Test
    void consolePagesNeverAskForBasicCredentials() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/events/" + UUID.randomUUID()).with(httpBasic("admin", "wrong password")))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void bodiesOverTheirLimitAreRefusedWith413AndChangeNothing() throws Exception {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        long registered = people.count(event.id());
        mvc.perform(post("/api/v1/events/" + event.id() + "/people/bulk-invite").with(httpBasic("admin", "admin"))
                        .contentType("text/csv").content(new byte[(int) PeopleManagement.MAX_BULK_INVITE_BYTES + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("at most 64 MB")));
        assertThat(people.count(event.id())).isEqualTo(registered);
        mvc.perform(post("/api/v1/events").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[32 * 1024 * 1024 + 1]))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("at most 32 MB")));
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "admin"))
                .andExpect(status().isForbidden());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
