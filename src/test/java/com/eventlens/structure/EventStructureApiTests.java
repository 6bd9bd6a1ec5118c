package com.eventlens.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.events.EventCatalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/events} imports an event's whole structure (SPEC §4): an admin creates it (201, with an
 * ingest token) or updates it by its ids (200, no duplicates); {@code GET} gives back the same structure. Bad input
 * of any kind answers 400 with every problem listed, and stores nothing at all.
 */
@SpringBootTest
class EventStructureApiTests {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";
    static final List<String> TABLES = List.of("event", "session", "content", "attachment", "registration");
    static final JsonMapper JSON = new JsonMapper();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCatalog events;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    // --- creating, updating, reading -------------------------------------------------------------

    @Test
    void anAdminCreatesAnEventWithItsWholeStructureAndGetsItsIngestToken() throws Exception {
        ObjectNode body = structure();
        String id = body.get("id").stringValue();

        MvcResult created = importAs("admin", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/events/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andReturn();

        String token = json(created).get("ingestToken").stringValue();
        assertThat(token).startsWith("elk_");
        assertThat(events.acceptsIngestToken(UUID.fromString(id), token)).isTrue();
        assertThat(rowsOf(id)).isEqualTo(Map.of("event", 1L, "session", 2L, "content", 3L, "attachment", 2L,
                "registration", 3L));
        assertThat(jdbc.sql("select ingest_token_hash from event where id = ?").param(UUID.fromString(id))
                .query(String.class).single())
                .as("only the token's hash is stored").isNotEqualTo(token).hasSize(64);
    }

    @Test
    void repeatingTheImportWithTheSameIdsUpdatesAndNeverDuplicates() throws Exception {
        ObjectNode body = structure();
        String id = body.get("id").stringValue();
        String token = json(importAs("admin", body).andExpect(status().isCreated()).andReturn())
                .get("ingestToken").stringValue();

        body.put("name", "Renamed Summit");
        at(body, "/sessions/0").put("name", "Renamed Keynote");
        at(body, "/sessions/0/attachments/0").put("name", "Renamed Guide.pdf");
        at(body, "/sessions/0/recording").put("name", "Renamed Keynote (recording)");
        at(body, "/content/0").put("name", "Renamed Video");
        at(body, "/people/0").put("firstName", "Renamed");
        JsonNode updated = json(importAs("admin", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andReturn());
        assertThat(updated.get("ingestToken").isNull()).as("no token after an update: only its hash is stored").isTrue();
        importAs("admin", body).andExpect(status().isOk());

        assertThat(rowsOf(id)).isEqualTo(Map.of("event", 1L, "session", 2L, "content", 3L, "attachment", 2L,
                "registration", 3L));
        UUID eventId = UUID.fromString(id);
        assertThat(name("event", "id = ?", eventId)).isEqualTo("Renamed Summit");
        assertThat(name("session", "event_id = ? and name like 'Renamed%'", eventId)).isEqualTo("Renamed Keynote");
        assertThat(name("attachment", "event_id = ? and name like 'Renamed%'", eventId)).isEqualTo("Renamed Guide.pdf");
        assertThat(jdbc.sql("select name from content where event_id = ? and name like 'Renamed%' order by name")
                .param(eventId).query(String.class).list())
                .containsExactly("Renamed Keynote (recording)", "Renamed Video");
        assertThat(jdbc.sql("select first_name from registration where event_id = ? and id = ?")
                .param(eventId).param(UUID.fromString(at(body, "/people/0").get("id").stringValue()))
                .query(String.class).single()).isEqualTo("Renamed");
        assertThat(events.acceptsIngestToken(eventId, token)).as("an update keeps the token").isTrue();
    }

    @Test
    void getReturnsTheStructureThatWasPosted() throws Exception {
        ObjectNode body = structure();
        importAs("admin", body).andExpect(status().isCreated());

        MvcResult read = mvc.perform(get("/api/v1/events/" + body.get("id").stringValue())
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();

        assertThat(json(read)).isEqualTo(body);
    }

    @Test
    void instantsComeBackWithTheEventsOffsetWhateverOffsetTheyWereSentWith() throws Exception {
        ObjectNode body = structure();
        body.put("startsAt", "2030-02-02T14:00:00Z");
        at(body, "/sessions/0").put("startsAt", "2030-02-02T15:00:00+01:00");
        importAs("admin", body).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/events/" + body.get("id").stringValue()).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startsAt").value("2030-02-02T09:00:00-05:00"))
                .andExpect(jsonPath("$.sessions[0].startsAt").value("2030-02-02T09:00:00-05:00"));
    }

    @Test
    void anImportOfOneEventNeverTouchesAnotherThatUsesTheSameChildIds() throws Exception {
        ObjectNode first = structure();
        importAs("admin", first).andExpect(status().isCreated());
        Map<String, Long> firstRows = rowsOf(first.get("id").stringValue());

        ObjectNode second = first.deepCopy();
        second.put("id", UUID.randomUUID().toString());
        second.put("name", "Another Summit");
        at(second, "/sessions/0").put("name", "Another Keynote");
        at(second, "/people/0").put("firstName", "Another");
        importAs("admin", second).andExpect(status().isCreated());

        assertThat(rowsOf(first.get("id").stringValue())).isEqualTo(firstRows);
        assertThat(rowsOf(second.get("id").stringValue())).isEqualTo(firstRows);
        mvc.perform(get("/api/v1/events/" + first.get("id").stringValue()).with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.name").value("Structure Summit"))
                .andExpect(jsonPath("$.sessions[0].name").value("Opening Keynote"))
                .andExpect(jsonPath("$.people[0].firstName").value(at(first, "/people/0").get("firstName").stringValue()));
    }

    @Test
    void anUpdateMayLeaveThingsOutAndRemovesNothing() throws Exception {
        ObjectNode body = structure();
        String id = body.get("id").stringValue();
        importAs("admin", body).andExpect(status().isCreated());
        Map<String, Long> rows = rowsOf(id);

        ObjectNode eventOnly = body.deepCopy();
        eventOnly.remove(List.of("sessions", "content", "people"));
        eventOnly.put("description", "Only the event changed");
        importAs("admin", eventOnly).andExpect(status().isOk());

        assertThat(rowsOf(id)).isEqualTo(rows);
    }

    // --- who may do it ---------------------------------------------------------------------------

    @Test
    void anEventManagerMayNotImport() throws Exception {
        ObjectNode body = structure();
        Map<String, Long> before = rowCounts();
        importAs("manager", body)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Not even a broken body tells an event manager more than "forbidden".
        mvc.perform(post("/api/v1/events").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isForbidden());
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theImportWantsCredentials() throws Exception {
        Map<String, Long> before = rowCounts();
        mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content(structure().toString()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        importAs("admin", "wrong", structure()).andExpect(status().isUnauthorized());
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aManagerDoesNotFindTheStructureOfAnEventTheyDoNotManage() throws Exception {
        ObjectNode body = structure();
        importAs("admin", body).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/events/" + body.get("id").stringValue()).with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/events/" + UUID.randomUUID()).with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerReadsTheStructureOfTheirEvent() throws Exception {
        mvc.perform(get("/api/v1/events/" + DEMO_EVENT).with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions.length()").value(6))
                .andExpect(jsonPath("$.sessions[0].name").value("Opening Keynote"))
                .andExpect(jsonPath("$.sessions[0].startsAt").value("2022-02-02T10:00:00-05:00"))
                .andExpect(jsonPath("$.sessions[0].attachments.length()").value(3))
                .andExpect(jsonPath("$.sessions[0].recording.durationSeconds").value(1800))
                .andExpect(jsonPath("$.people.length()").value(255));
    }

    @Test
    void anAdminRotatesTheIngestToken() throws Exception {
        ObjectNode body = structure();
        String id = body.get("id").stringValue();
        String first = json(importAs("admin", body).andReturn()).get("ingestToken").stringValue();

        String second = json(mvc.perform(post("/api/v1/events/" + id + "/ingest-token")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andReturn()).get("ingestToken").stringValue();

        assertThat(second).startsWith("elk_").isNotEqualTo(first);
        assertThat(events.acceptsIngestToken(UUID.fromString(id), second)).isTrue();
        assertThat(events.acceptsIngestToken(UUID.fromString(id), first)).isFalse();
    }

    @Test
    void onlyAnAdminRotatesAnIngestTokenOfAnEventThatExists() throws Exception {
        mvc.perform(post("/api/v1/events/" + DEMO_EVENT + "/ingest-token").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/events/" + UUID.randomUUID() + "/ingest-token").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // --- bad input: 400, every problem listed, nothing stored ------------------------------------

    @Test
    void malformedJsonIsRefused() throws Exception {
        assertRefused("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": ", "$")
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("line 1")));
        assertRefused("", "$");
        assertRefused("[]", "$");
        assertRefused("{\"name\": \"a\", \"name\": \"b\"}", "$");
        assertRefused("{} {}", "$");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() throws Exception {
        Map<String, Long> before = rowCounts();
        mvc.perform(post("/api/v1/events").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.TEXT_PLAIN).content(structure().toString()))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void everyMissingRequiredFieldIsListed() throws Exception {
        ObjectNode body = structure();
        body.remove(List.of("id", "name", "startsAt", "endsAt", "timeZone"));
        at(body, "/sessions/0").remove(List.of("id", "name", "type", "startsAt", "endsAt"));
        at(body, "/sessions/0/attachments/0").remove(List.of("id", "name", "contentType", "sizeBytes"));
        at(body, "/sessions/0/recording").remove(List.of("id", "name", "durationSeconds"));
        at(body, "/content/0").remove(List.of("id", "name", "durationSeconds"));
        at(body, "/people/0").remove(List.of("id", "firstName", "lastName", "email", "roles", "registrationType",
                "status"));
        at(body, "/people/1").putNull("email");
        at(body, "/people/1").put("firstName", "  ");

        assertRefused(body, "id", "name", "startsAt", "endsAt", "timeZone",
                "sessions[0].id", "sessions[0].name", "sessions[0].type", "sessions[0].startsAt", "sessions[0].endsAt",
                "sessions[0].attachments[0].id", "sessions[0].attachments[0].name",
                "sessions[0].attachments[0].contentType", "sessions[0].attachments[0].sizeBytes",
                "sessions[0].recording.id", "sessions[0].recording.name", "sessions[0].recording.durationSeconds",
                "content[0].id", "content[0].name", "content[0].durationSeconds",
                "people[0].id", "people[0].firstName", "people[0].lastName", "people[0].email", "people[0].roles",
                "people[0].registrationType", "people[0].status",
                "people[1].firstName", "people[1].email")
                .andExpect(jsonPath("$.errors[0].message").value("is required"))
                .andExpect(jsonPath("$.detail").value("The event structure has 29 problems, listed in errors; "
                        + "nothing was stored."));
    }

    @Test
    void wrongTypesAreListed() throws Exception {
        ObjectNode body = structure();
        body.put("name", 42);
        body.put("sessions", "none");
        body.putArray("content").add("Make it Count");
        at(body, "/people/0").put("roles", "ATTENDEE");
        at(body, "/people/1").putArray("roles").add(7);
        at(body, "/people/2").put("id", 12);
        at(body, "/people/2").put("title", true);

        assertRefused(body, "name", "sessions", "content[0]", "people[0].roles", "people[1].roles[0]", "people[2].id",
                "people[2].title");
    }

    @Test
    void wrongNumbersAreListed() throws Exception {
        ObjectNode body = structure();
        at(body, "/sessions/0/attachments/0").put("sizeBytes", "12345");
        at(body, "/sessions/0/attachments/1").put("sizeBytes", -1);
        at(body, "/sessions/0/recording").put("durationSeconds", 0);
        at(body, "/content/0").put("durationSeconds", 1.5);
        at(body, "/content/1").put("durationSeconds", 3_000_000_000L);

        assertRefused(body, "sessions[0].attachments[0].sizeBytes", "sessions[0].attachments[1].sizeBytes",
                "sessions[0].recording.durationSeconds", "content[0].durationSeconds", "content[1].durationSeconds");
    }

    @Test
    void malformedIdsAreListed() throws Exception {
        ObjectNode body = structure();
        body.put("id", "not-a-uuid");
        at(body, "/sessions/1").put("id", "1-2-3-4-5");
        assertRefused(body, "id", "sessions[1].id");
    }

    @Test
    void unknownEnumValuesAreListedWithTheAllowedOnes() throws Exception {
        ObjectNode body = structure();
        at(body, "/sessions/1").put("type", "WEBINAR");
        ((ArrayNode) at(body, "/people/0").get("roles")).add("VIP");
        at(body, "/people/1").put("registrationType", "WALK_IN");
        at(body, "/people/2").put("status", "registered");

        MvcResult refused = assertRefused(body, "sessions[1].type", "people[0].roles[2]",
                "people[1].registrationType", "people[2].status").andReturn();
        assertThat(messages(refused)).containsEntry("sessions[1].type",
                        "unknown session type 'WEBINAR'; allowed: LIVE_WEBCAST, PRE_RECORDED, SIMULIVE, MEETING_ROOM")
                .containsEntry("people[0].roles[2]",
                        "unknown role 'VIP'; allowed: EVENT_MANAGER, SPEAKER, MODERATOR, ATTENDEE")
                .containsEntry("people[1].registrationType",
                        "unknown registration type 'WALK_IN'; allowed: REGISTRATION, INVITATION, BULK_UPLOAD")
                .containsEntry("people[2].status", "unknown status 'registered'; allowed: INVITED, REGISTERED, "
                        + "UNREGISTERED, ATTENDED, BLOCKED, BLOCKED_FROM_CHAT");
    }

    @Test
    void anInvalidTimeZoneIsRefused() throws Exception {
        ObjectNode body = structure();
        body.put("timeZone", "Mars/Olympus_Mons");
        assertRefused(body, "timeZone");
    }

    @Test
    void instantsWithoutOffsetOrNotInstantsAtAllAreRefused() throws Exception {
        ObjectNode body = structure();
        body.put("startsAt", "2030-02-02T09:00:00");
        at(body, "/sessions/0").put("endsAt", "tomorrow");
        assertRefused(body, "startsAt", "sessions[0].endsAt");
    }

    @Test
    void endingBeforeStartingIsRefused() throws Exception {
        ObjectNode body = structure();
        body.put("endsAt", "2030-02-01T09:00:00-05:00");
        at(body, "/sessions/1").put("endsAt", "2030-02-02T09:59:00-05:00");
        assertRefused(body, "endsAt", "sessions[1].endsAt");
    }

    @Test
    void anInvalidCountryIsRefused() throws Exception {
        ObjectNode body = structure();
        at(body, "/people/0").put("country", "XX");
        at(body, "/people/1").put("country", "USA");
        // An empty country means "unknown", as in the dialogs and the bulk invite file (one rule set for all).
        at(body, "/people/2").put("country", "");
        assertRefused(body, "people[0].country", "people[1].country");
    }

    @Test
    void anInvalidEmailOrNoRolesAreRefused() throws Exception {
        ObjectNode body = structure();
        at(body, "/people/0").put("email", "abbie.example.com");
        at(body, "/people/1").put("email", "two words@example.com");
        at(body, "/people/2").putArray("roles");
        assertRefused(body, "people[0].email", "people[1].email", "people[2].roles");
    }

    @Test
    void duplicateIdsAndEmailsWithinTheBodyAreRefused() throws Exception {
        ObjectNode body = structure();
        at(body, "/sessions/1").put("id", at(body, "/sessions/0").get("id").stringValue());
        at(body, "/content/1").put("id", at(body, "/sessions/0/recording").get("id").stringValue());
        at(body, "/people/2").put("id", at(body, "/sessions/0/attachments/0").get("id").stringValue());
        at(body, "/people/1").put("email", at(body, "/people/0").get("email").stringValue().toUpperCase());

        MvcResult refused = assertRefused(body, "sessions[1].id", "content[1].id", "people[2].id", "people[1].email")
                .andReturn();
        assertThat(messages(refused).get("sessions[1].id")).contains("already used at sessions[0].id");
        assertThat(messages(refused).get("people[1].email")).contains("people[0].email");
    }

    @Test
    void unknownFieldsAreRefusedRatherThanIgnored() throws Exception {
        ObjectNode body = structure();
        body.putArray("sesions");
        at(body, "/sessions/0").put("recordings", "none");
        assertRefused(body, "sesions", "sessions[0].recordings");
    }

    @Test
    void tooLongTextIsRefused() throws Exception {
        ObjectNode body = structure();
        body.put("name", "x".repeat(501));
        at(body, "/people/0").put("company", "x".repeat(201));
        assertRefused(body, "name", "people[0].company");
    }

    @Test
    void aBadUpdateChangesNothingOfTheStoredEvent() throws Exception {
        ObjectNode body = structure();
        String id = body.get("id").stringValue();
        importAs("admin", body).andExpect(status().isCreated());
        String stored = mvc.perform(get("/api/v1/events/" + id).with(httpBasic("admin", "admin")))
                .andReturn().getResponse().getContentAsString();

        ObjectNode update = body.deepCopy();
        update.put("name", "Half-applied?");
        at(update, "/sessions/0").put("name", "Half-applied?");
        ((ArrayNode) update.get("people")).add(person("Newcomer"));
        at(update, "/people/2").put("status", "NOT_A_STATUS");

        assertRefused(update, "people[2].status");
        assertThat(mvc.perform(get("/api/v1/events/" + id).with(httpBasic("admin", "admin")))
                .andReturn().getResponse().getContentAsString()).isEqualTo(stored);
    }

    @Test
    void anEmailOfAnotherStoredPersonOfTheEventIsRefused() throws Exception {
        ObjectNode body = structure();
        importAs("admin", body).andExpect(status().isCreated());

        ObjectNode update = body.deepCopy();
        ObjectNode impostor = person("Impostor");
        impostor.put("email", at(body, "/people/0").get("email").stringValue().toUpperCase());
        update.set("people", JSON.createArrayNode().add(impostor));
        update.put("name", "Should not change");

        assertRefused(update, "people[0].email");
        assertThat(name("event", "id = ?", UUID.fromString(body.get("id").stringValue())))
                .isEqualTo("Structure Summit");
    }

    @Test
    void aVideoKeepsWhatItIs() throws Exception {
        ObjectNode body = structure();
        importAs("admin", body).andExpect(status().isCreated());
        String recordingId = at(body, "/sessions/0/recording").get("id").stringValue();
        String onDemandId = at(body, "/content/0").get("id").stringValue();

        ObjectNode update = body.deepCopy();
        // The keynote's recording becomes on-demand content, an on-demand video the workshop's recording.
        at(update, "/sessions/0").putNull("recording");
        ((ObjectNode) update.get("content").get(1)).put("id", recordingId);
        at(update, "/sessions/1").putObject("recording").put("id", onDemandId).put("name", "Workshop (recording)")
                .put("durationSeconds", 3600);
        at(update, "/content/0").put("id", UUID.randomUUID().toString());

        assertRefused(update, "sessions[1].recording.id", "content[1].id");

        // A second recording for a session that has one.
        ObjectNode second = body.deepCopy();
        at(second, "/sessions/0/recording").put("id", UUID.randomUUID().toString());
        assertRefused(second, "sessions[0].recording.id");

        // A recording that moves to another session.
        ObjectNode moved = body.deepCopy();
        at(moved, "/sessions/1").set("recording", at(moved, "/sessions/0/recording").deepCopy());
        at(moved, "/sessions/0").putNull("recording");
        assertRefused(moved, "sessions[1].recording.id");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * A complete structure with fresh ids, in the order the API gives it back: sessions by start, attachments and
     * content by name, people by id; instants in the event's offset.
     */
    static ObjectNode structure() {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", UUID.randomUUID().toString());
        event.put("name", "Structure Summit");
        event.put("description", "An event made by the structure tests");
        event.put("startsAt", "2030-02-02T09:00:00-05:00");
        event.put("endsAt", "2030-02-02T17:00:00-05:00");
        event.put("timeZone", "America/New_York");

        ArrayNode sessions = event.putArray("sessions");
        ObjectNode keynote = sessions.addObject();
        keynote.put("id", UUID.randomUUID().toString());
        keynote.put("name", "Opening Keynote");
        keynote.put("type", "LIVE_WEBCAST");
        keynote.put("startsAt", "2030-02-02T09:00:00-05:00");
        keynote.put("endsAt", "2030-02-02T09:30:00-05:00");
        ArrayNode attachments = keynote.putArray("attachments");
        attachments.addObject().put("id", UUID.randomUUID().toString()).put("name", "Brand Guide.pdf")
                .put("contentType", "application/pdf").put("sizeBytes", 2_304_512);
        attachments.addObject().put("id", UUID.randomUUID().toString()).put("name", "Logo.png")
                .put("contentType", "image/png").put("sizeBytes", 12345);
        keynote.putObject("recording").put("id", UUID.randomUUID().toString())
                .put("name", "Opening Keynote (recording)").put("durationSeconds", 1800);
        ObjectNode workshop = sessions.addObject();
        workshop.put("id", UUID.randomUUID().toString());
        workshop.put("name", "Workshop");
        workshop.put("type", "MEETING_ROOM");
        workshop.put("startsAt", "2030-02-02T10:00:00-05:00");
        workshop.put("endsAt", "2030-02-02T11:00:00-05:00");
        workshop.putArray("attachments");
        workshop.putNull("recording");

        ArrayNode content = event.putArray("content");
        content.addObject().put("id", UUID.randomUUID().toString()).put("name", "Make it Count")
                .put("durationSeconds", 600);
        content.addObject().put("id", UUID.randomUUID().toString()).put("name", "Zebra Stories")
                .put("durationSeconds", 300);

        List<ObjectNode> people = new ArrayList<>(IntStream.range(0, 3)
                .mapToObj(i -> person(List.of("Abbie", "Brian", "Celine").get(i))).toList());
        // PostgreSQL orders uuids by their bytes, which is the order of their lower-case text.
        people.sort(Comparator.comparing(person -> person.get("id").stringValue()));
        event.putArray("people").addAll(people);
        return event;
    }

    static ObjectNode person(String firstName) {
        ObjectNode person = JSON.createObjectNode();
        UUID id = UUID.randomUUID();
        person.put("id", id.toString());
        person.put("firstName", firstName);
        person.put("lastName", "Tester");
        person.put("email", firstName.toLowerCase() + "." + id + "@example.com");
        person.putArray("roles").add("SPEAKER").add("ATTENDEE");
        person.put("title", "Product manager");
        person.put("company", "Kaltura");
        person.put("industry", "Video");
        person.put("country", "US");
        person.put("registrationType", "REGISTRATION");
        person.put("status", "REGISTERED");
        return person;
    }

    static ObjectNode at(JsonNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    ResultActions importAs(String user, JsonNode body) throws Exception {
        return importAs(user, user, body);
    }

    ResultActions importAs(String user, String password, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1/events").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    ResultActions assertRefused(JsonNode body, String... fields) throws Exception {
        return assertRefused(body.toString(), fields);
    }

    /** 400, a problem detail listing exactly these fields, and not a row more in any module's table. */
    ResultActions assertRefused(String body, String... fields) throws Exception {
        Map<String, Long> before = rowCounts();
        ResultActions refused = mvc.perform(post("/api/v1/events").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid event structure"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(messages(refused.andReturn()).keySet()).containsExactlyInAnyOrder(fields);
        assertThat(rowCounts()).as("nothing stored").isEqualTo(before);
        return refused;
    }

    static Map<String, String> messages(MvcResult result) throws Exception {
        Map<String, String> messages = new LinkedHashMap<>();
        for (JsonNode error : json(result).get("errors")) {
            messages.merge(error.get("field").stringValue(), error.get("message").stringValue(),
                    (a, b) -> a + " | " + b);
        }
        return messages;
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    Map<String, Long> rowsOf(String eventId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            String key = table.equals("event") ? "id" : "event_id";
            counts.put(table, jdbc.sql("select count(*) from " + table + " where " + key + " = ?")
                    .param(UUID.fromString(eventId)).query(Long.class).single());
        }
        return counts;
    }

    String name(String table, String where, UUID eventId) {
        return jdbc.sql("select name from " + table + " where " + where).param(eventId).query(String.class).single();
    }
}
