package com.eventlens.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.TestEvent;

import tools.jackson.databind.ObjectMapper;

/** The ingest API of SPEC.md §4: what it accepts, and every kind of bad input, none of which stores anything. */
@SpringBootTest
class InteractionsApiTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;

    MockMvc mvc;
    TestEvent event;
    TestEvent otherEvent;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = TestEvent.create(events, agenda, media, people);
        otherEvent = TestEvent.create(events, agenda, media, people);
    }

    @Test
    void acceptsAValidBatchOfEveryType() throws Exception {
        List<Map<String, Object>> batch = List.of(
                liveView(),
                view(Map.of("mode", "RECORDING", "sessionId", event.keynote(), "position", 120)),
                view(Map.of("mode", "ON_DEMAND", "contentId", event.video(), "position", 0, "seconds", 7)),
                item("REACTION", Map.of("sessionId", event.keynote())),
                item("CHAT_MESSAGE", Map.of("sessionId", event.keynote())),
                item("POLL_ANSWER", Map.of("sessionId", event.keynote(), "pollId", UUID.randomUUID())),
                item("QA_THREAD", Map.of("sessionId", event.panel())),
                item("RAISED_HAND", Map.of("sessionId", event.panel())),
                item("ATTACHMENT_DOWNLOAD", Map.of("attachmentId", event.logo())));
        post(event, batch).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(9))
                .andExpect(jsonPath("$.duplicates").value(0));
        assertThat(stored(event)).isEqualTo(9);
        assertThat(jdbc.sql("select session_id from interaction where event_id = ? and type = 'ATTACHMENT_DOWNLOAD'")
                .param(event.id()).query(UUID.class).single()).as("a download counts for its attachment's session")
                .isEqualTo(event.keynote());
        assertThat(jdbc.sql("select seconds from interaction where event_id = ? and mode = 'LIVE'")
                .param(event.id()).query(Integer.class).single()).as("seconds default to 10").isEqualTo(10);
    }

    @Test
    void aRepeatedDeliveryIsAcknowledgedAndIgnored() throws Exception {
        List<Map<String, Object>> batch = List.of(liveView(), liveView());
        post(event, batch).andExpect(status().isAccepted()).andExpect(jsonPath("$.accepted").value(2));
        post(event, batch).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(2));
        Map<String, Object> again = batch.get(0);
        post(event, List.of(again, again, liveView())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.duplicates").value(2));
        assertThat(stored(event)).isEqualTo(3);
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        postRaw(event, "{\"interactions\": [ {\"id\": ", MediaType.APPLICATION_JSON)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("The body is not valid JSON")));
        postRaw(event, "[]", MediaType.APPLICATION_JSON).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The body must be an object")));
        assertThat(stored(event)).isZero();
    }

    @Test
    void wrongTypesAreReportedFieldByField() throws Exception {
        Map<String, Object> bad = liveView();
        bad.put("seconds", "ten");
        bad.put("engaged", "yes");
        bad.put("userId", 42);
        bad.put("occurredAt", "yesterday");
        expectErrors(List.of(liveView(), bad), "1:seconds", "1:engaged", "1:userId", "1:occurredAt");
    }

    @Test
    void unknownEnumValuesAreRefused() throws Exception {
        Map<String, Object> badType = liveView();
        badType.put("type", "LIKE");
        Map<String, Object> badMode = liveView();
        badMode.put("mode", "REPLAY");
        expectErrors(List.of(badType, badMode), "0:type", "1:mode");
    }

    @Test
    void missingRequiredFieldsAreNamedForEachType() throws Exception {
        Map<String, Object> noId = liveView();
        noId.remove("id");
        Map<String, Object> noUser = liveView();
        noUser.remove("userId");
        Map<String, Object> noTime = liveView();
        noTime.remove("occurredAt");
        Map<String, Object> noMode = liveView();
        noMode.remove("mode");
        expectErrors(List.of(noId, noUser, noTime, noMode,
                        view(Map.of("mode", "LIVE")),
                        view(Map.of("mode", "RECORDING", "sessionId", event.keynote())),
                        view(Map.of("mode", "ON_DEMAND", "position", 0)),
                        item("REACTION", Map.of()),
                        item("POLL_ANSWER", Map.of("sessionId", event.keynote())),
                        item("ATTACHMENT_DOWNLOAD", Map.of())),
                "0:id", "1:userId", "2:occurredAt", "3:mode", "4:sessionId", "5:position", "6:contentId",
                "7:sessionId", "8:pollId", "9:attachmentId");
    }

    @Test
    void secondsMustBeBetween1And60AndPositionsNotNegative() throws Exception {
        expectErrors(List.of(
                        view(Map.of("mode", "LIVE", "sessionId", event.keynote(), "seconds", 0)),
                        view(Map.of("mode", "LIVE", "sessionId", event.keynote(), "seconds", 61)),
                        view(Map.of("mode", "ON_DEMAND", "contentId", event.video(), "position", -1))),
                "0:seconds", "1:seconds", "2:position");
    }

    @Test
    void unknownReferencesAreRefused() throws Exception {
        Map<String, Object> unknownUser = liveView();
        unknownUser.put("userId", UUID.randomUUID());
        expectErrors(List.of(unknownUser,
                        view(Map.of("mode", "LIVE", "sessionId", UUID.randomUUID())),
                        view(Map.of("mode", "ON_DEMAND", "contentId", UUID.randomUUID(), "position", 0)),
                        item("ATTACHMENT_DOWNLOAD", Map.of("attachmentId", UUID.randomUUID())),
                        view(Map.of("mode", "RECORDING", "sessionId", event.panel(), "position", 0)),
                        view(Map.of("mode", "ON_DEMAND", "contentId", event.keynoteRecording(), "position", 0))),
                "0:userId", "1:sessionId", "2:contentId", "3:attachmentId", "4:sessionId", "5:contentId");
    }

    @Test
    void anotherEventsSessionOrPersonIsUnknownHere() throws Exception {
        Map<String, Object> foreignUser = liveView();
        foreignUser.put("userId", otherEvent.ann());
        expectErrors(List.of(foreignUser,
                        view(Map.of("mode", "LIVE", "sessionId", otherEvent.keynote())),
                        item("ATTACHMENT_DOWNLOAD", Map.of("attachmentId", otherEvent.logo()))),
                "0:userId", "1:sessionId", "2:attachmentId");
    }

    @Test
    void anEmptyBatchIsRefused() throws Exception {
        post(event, List.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The batch is empty")));
    }

    @Test
    void moreThan5000ItemsAreTooLarge() throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            batch.add(liveView());
        }
        post(event, batch).andExpect(status().isContentTooLarge());
        assertThat(stored(event)).isZero();
    }

    @Test
    void aBodyOver5MbIsTooLarge() throws Exception {
        String padding = "x".repeat(6 * 1024 * 1024);
        postRaw(event, "{\"interactions\": [], \"padding\": \"" + padding + "\"}", MediaType.APPLICATION_JSON)
                .andExpect(status().isContentTooLarge());
        assertThat(stored(event)).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() throws Exception {
        postRaw(event, "id,type", MediaType.TEXT_PLAIN).andExpect(status().isUnsupportedMediaType());
        assertThat(stored(event)).isZero();
    }

    @Test
    void aMissingWrongOrForeignTokenIsUnauthorized() throws Exception {
        String body = json.writeValueAsString(Map.of("interactions", List.of(liveView())));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/events/" + event.id() + "/interactions")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        for (String token : List.of("Bearer wrong", "Bearer " + otherEvent.ingestToken(), event.ingestToken())) {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/events/" + event.id() + "/interactions")
                            .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(stored(event)).isZero();
    }

    @Test
    void anUnknownEventLooksLikeAWrongTokenSoThatNobodyCanProbeWhichEventsExist() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/events/" + UUID.randomUUID() + "/interactions")
                        .header("Authorization", "Bearer " + event.ingestToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"interactions\": []}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void oneBadItemStopsTheWholeBatch() throws Exception {
        Map<String, Object> bad = liveView();
        bad.put("seconds", 0);
        expectErrors(List.of(liveView(), liveView(), bad), "2:seconds");
    }

    private void expectErrors(List<Map<String, Object>> batch, String... indexAndField) throws Exception {
        ResultActions result = post(event, batch).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String body = result.andReturn().getResponse().getContentAsString();
        List<String> reported = new ArrayList<>();
        json.readTree(body).get("errors").forEach(error ->
                reported.add(error.get("index").asInt() + ":" + error.get("field").asString()));
        assertThat(reported).containsExactlyInAnyOrder(indexAndField);
        result.andExpect(jsonPath("$.errors[*].message", hasItem(org.hamcrest.Matchers.not(""))));
        assertThat(stored(event)).as("nothing of an invalid batch is stored").isZero();
    }

    private ResultActions post(TestEvent target, List<Map<String, Object>> batch) throws Exception {
        return postRaw(target, json.writeValueAsString(Map.of("interactions", batch)), MediaType.APPLICATION_JSON);
    }

    private ResultActions postRaw(TestEvent target, String body, MediaType type) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/events/" + target.id() + "/interactions")
                .header("Authorization", "Bearer " + target.ingestToken())
                .contentType(type).content(body));
    }

    private long stored(TestEvent target) {
        return jdbc.sql("select count(*) from interaction where event_id = ?").param(target.id()).query(Long.class).single();
    }

    private Map<String, Object> liveView() {
        return view(Map.of("mode", "LIVE", "sessionId", event.keynote(), "engaged", true));
    }

    private Map<String, Object> view(Map<String, Object> fields) {
        return item("VIEW", fields);
    }

    private Map<String, Object> item(String type, Map<String, Object> fields) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", UUID.randomUUID().toString());
        item.put("type", type);
        item.put("userId", event.ann().toString());
        item.put("occurredAt", "2022-02-02T10:05:00-05:00");
        fields.forEach((key, value) -> item.put(key, value instanceof UUID ? value.toString() : value));
        return item;
    }
}
