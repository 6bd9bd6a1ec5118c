package com.eventlens.analytics;

import static com.eventlens.analytics.AnalyticsApiTests.near;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.interactions.Ingest;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.TestEvent;

/**
 * The event analytics, live viewers, breakdown and engagement settings endpoints of SPEC.md §4: their shape on
 * {@link HandComputedActivity} (Ann, Bob and Cem all watched the keynote live at 15:00, Ann also the panel), who may
 * call them, and every kind of bad input answered with 400 and nothing changed.
 */
@SpringBootTest
class EventAnalyticsApiTests {

    static final String VALID = """
            {"attendanceThresholdSeconds": 120, "components": {
              "viewing": {"weight": 30, "cap": 90}, "onDemand": {"weight": 10, "cap": 30},
              "liveEngagement": {"weight": 15, "cap": 0.8}, "reactions": {"weight": 5, "cap": 10},
              "chat": {"weight": 10, "cap": 5}, "polls": {"weight": 10, "cap": 3}, "qa": {"weight": 5, "cap": 2},
              "downloads": {"weight": 10, "cap": 3}, "raisedHands": {"weight": 5, "cap": 2}}}""";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext application;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    TestEvent event;

    @BeforeEach
    void fixture() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = TestEvent.create(application);
        HandComputedActivity.record(ingest, jdbc, event);
    }

    @Test
    void theEventAnalyticsJson() throws Exception {
        admin("/analytics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value(event.id().toString()))
                .andExpect(jsonPath("$.name").value("Test event " + event.id()))
                .andExpect(jsonPath("$.dataAsOf").isNotEmpty())
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.attendees").value(3))
                .andExpect(jsonPath("$.attendanceRate").value(near(1.0)))
                // Ann 60 s (keynote 30 + recording 20 + panel 10) reached 60 s and is Attended
                .andExpect(jsonPath("$.registrationsByStatus.ATTENDED").value(1))
                .andExpect(jsonPath("$.registrationsByStatus.REGISTERED").value(2))
                .andExpect(jsonPath("$.liveSeconds").value(60))
                .andExpect(jsonPath("$.recordingSeconds").value(20))
                .andExpect(jsonPath("$.onDemandSeconds").value(160))
                .andExpect(jsonPath("$.totalSecondsViewed").value(240))
                .andExpect(jsonPath("$.liveEngagementRate").value(near(40.0 / 60)))
                .andExpect(jsonPath("$.reactions").value(2))
                .andExpect(jsonPath("$.chatMessages").value(1))
                .andExpect(jsonPath("$.pollResponses").value(2))
                .andExpect(jsonPath("$.qaThreads").value(1))
                .andExpect(jsonPath("$.raisedHands").value(1))
                // Ann: logo and guide; Bob: slides
                .andExpect(jsonPath("$.attachmentsDownloaded").value(3))
                .andExpect(jsonPath("$.peakConcurrentViewers").value(3))
                .andExpect(jsonPath("$.peakAt").value("2022-02-02T15:00:00Z"))
                .andExpect(jsonPath("$.averageEngagementScore").isNumber())
                .andExpect(jsonPath("$.engagementBands.hot").value(0))
                .andExpect(jsonPath("$.engagementBands.warm").value(0))
                .andExpect(jsonPath("$.engagementBands.cold").value(3))
                .andExpect(jsonPath("$.sessions[0].name").value("Keynote"))
                .andExpect(jsonPath("$.sessions[0].attendees").value(3))
                .andExpect(jsonPath("$.sessions[0].uniqueViewers").value(3))
                .andExpect(jsonPath("$.sessions[0].totalSecondsViewed").value(70))
                .andExpect(jsonPath("$.sessions[0].liveEngagementRate").value(near(30.0 / 50)))
                .andExpect(jsonPath("$.sessions[0].peakConcurrentViewers").value(3))
                .andExpect(jsonPath("$.sessions[1].name").value("Panel"))
                .andExpect(jsonPath("$.sessions[1].peakConcurrentViewers").value(1))
                .andExpect(jsonPath("$.videos[0].name").value("Make it Count"))
                .andExpect(jsonPath("$.videos[0].uniqueViewers").value(2))
                .andExpect(jsonPath("$.videos[0].totalSecondsViewed").value(160))
                .andExpect(jsonPath("$.videos[0].averageCompletionRate").value(near((40.0 / 95 + 1.0) / 2)))
                .andExpect(jsonPath("$.mostEngaged[0].name").value("Ann Tester"))
                .andExpect(jsonPath("$.mostEngaged[0].band").value("COLD"));
    }

    @Test
    void theLiveViewersAndTheSessionPeak() throws Exception {
        admin("/analytics/live-viewers?interval=5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interval").value(5))
                .andExpect(jsonPath("$.sessionId").value(nullValue()))
                .andExpect(jsonPath("$.points.length()").value(1))
                .andExpect(jsonPath("$.points[0].at").value("2022-02-02T15:00:00Z"))
                .andExpect(jsonPath("$.points[0].viewers").value(3));
        admin("/analytics/live-viewers?sessionId=" + event.panel())
                .andExpect(jsonPath("$.interval").value(1))
                .andExpect(jsonPath("$.sessionId").value(event.panel().toString()))
                .andExpect(jsonPath("$.points[0].viewers").value(1));
        admin("/sessions/" + event.keynote() + "/analytics")
                .andExpect(jsonPath("$.peakConcurrentViewers").value(3))
                .andExpect(jsonPath("$.peakAt").value("2022-02-02T15:00:00Z"));
    }

    @Test
    void theBreakdownAndTheScoreExplained() throws Exception {
        admin("/analytics/breakdown?by=company")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("company"))
                .andExpect(jsonPath("$.rows[0].value").value("Testco"))
                .andExpect(jsonPath("$.rows[0].attendees").value(3))
                .andExpect(jsonPath("$.rows[0].totalSecondsViewed").value(240))
                .andExpect(jsonPath("$.rows[0].liveEngagementRate").value(near(40.0 / 60)))
                .andExpect(jsonPath("$.rows[0].averageEngagementScore").isNumber());
        admin("/analytics/breakdown?by=role").andExpect(jsonPath("$.rows[0].value").value("ATTENDEE"));
        admin("/users/" + event.ann() + "/analytics")
                .andExpect(jsonPath("$.engagementScore.band").value("COLD"))
                .andExpect(jsonPath("$.engagementScore.components.length()").value(9))
                .andExpect(jsonPath("$.engagementScore.components[0].name").value("viewing"))
                .andExpect(jsonPath("$.engagementScore.components[0].value").value(near(1.0)))
                .andExpect(jsonPath("$.engagementScore.components[0].cap").value(near(60)))
                .andExpect(jsonPath("$.engagementScore.components[0].weight").value(35))
                .andExpect(jsonPath("$.engagementScore.components[0].points").value(near(35.0 / 60)))
                .andExpect(jsonPath("$.engagementScore.components[8].name").value("raisedHands"));
    }

    @Test
    void settingsAreReadAndSaved() throws Exception {
        admin("/settings/engagement")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendanceThresholdSeconds").value(60))
                .andExpect(jsonPath("$.components.viewing.weight").value(35))
                .andExpect(jsonPath("$.components.viewing.cap").value(60))
                .andExpect(jsonPath("$.components.liveEngagement.cap").value(1))
                .andExpect(jsonPath("$.components.raisedHands.weight").value(0));
        mvc.perform(put(path("/settings/engagement")).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendanceThresholdSeconds").value(120))
                .andExpect(jsonPath("$.components.liveEngagement.cap").value(0.8));
        admin("/settings/engagement").andExpect(jsonPath("$.components.viewing.cap").value(90));
    }

    @Test
    void everyKindOfBadSettingIsRefused_andNothingChanges() throws Exception {
        String bad = """
                {"attendanceThresholdSeconds": 0, "colour": "red", "components": {
                  "viewing": {"weight": 36, "cap": 0}, "onDemand": {"weight": 10.5, "cap": 30},
                  "liveEngagement": {"weight": 15, "cap": -1}, "reactions": {"weight": 5, "cap": "ten"},
                  "chat": {"weight": 101, "cap": 5}, "polls": {"weight": 10}, "qa": {"weight": 5, "cap": 2, "x": 1},
                  "downloads": {"weight": 10, "cap": 3}, "sparkles": {"weight": 0, "cap": 1}}}""";
        settings(bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("colour", "attendanceThresholdSeconds",
                        "components.sparkles", "components.viewing.cap", "components.onDemand.weight",
                        "components.liveEngagement.cap", "components.reactions.cap", "components.chat.weight",
                        "components.polls.cap", "components.qa.x", "components.raisedHands")));
        // the body is fine, its values are not: weights adding up to 99, a threshold of more than a day
        settings(VALID.replace("\"weight\": 30", "\"weight\": 29").replace("120", "86401"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("attendanceThresholdSeconds", "components")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("the weights must add up to 100, they add up to 99")));
        settings("[1, 2]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("$"));
        settings("{").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("$"));
        settings("").andExpect(status().isBadRequest());
        mvc.perform(put(path("/settings/engagement")).with(httpBasic("admin", "admin"))
                .contentType(MediaType.TEXT_PLAIN).content(VALID)).andExpect(status().isUnsupportedMediaType());
        admin("/settings/engagement")
                .andExpect(jsonPath("$.attendanceThresholdSeconds").value(60))
                .andExpect(jsonPath("$.components.viewing.weight").value(35));
    }

    @Test
    void badParametersAreRefusedClearly() throws Exception {
        admin("/analytics/live-viewers?interval=7").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("[1, 5, 15, 60]")));
        admin("/analytics/live-viewers?interval=x").andExpect(status().isBadRequest());
        admin("/analytics/live-viewers?sessionId=not-a-uuid").andExpect(status().isBadRequest());
        admin("/analytics/live-viewers?sessionId=" + UUID.randomUUID()).andExpect(status().isNotFound());
        admin("/analytics/breakdown?by=shoe_size").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("company")));
        admin("/analytics/breakdown").andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheEventsManagersAndAdminsSeeIt() throws Exception {
        // the demo manager manages the demo event only
        for (String endpoint : new String[] {"/analytics", "/analytics/live-viewers", "/analytics/breakdown?by=country",
                "/settings/engagement"}) {
            mvc.perform(get(path(endpoint)).with(httpBasic("manager", "manager"))).andExpect(status().isNotFound());
            mvc.perform(get(path(endpoint))).andExpect(status().isUnauthorized());
        }
        mvc.perform(put(path("/settings/engagement")).with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + UUID.randomUUID() + "/analytics").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
    }

    private ResultActions settings(String body) throws Exception {
        return mvc.perform(put(path("/settings/engagement")).with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions admin(String endpoint) throws Exception {
        return mvc.perform(get(path(endpoint)).with(httpBasic("admin", "admin")));
    }

    private String path(String endpoint) {
        return "/api/v1/events/" + event.id() + endpoint;
    }
}
