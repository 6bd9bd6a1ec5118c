package com.eventlens.analytics;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.TestEvent;

/**
 * Every metric of SPEC.md §3 through the JSON API, against the values computed by hand in
 * {@link HandComputedActivity}.
 */
@SpringBootTest
class AnalyticsApiTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
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

    @BeforeEach
    void fixture() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = TestEvent.create(events, agenda, media, people);
        HandComputedActivity.record(ingest, jdbc, event);
    }

    @Test
    void userAnalyticsOfAnn() throws Exception {
        admin("/users/" + event.ann() + "/analytics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ann Tester"))
                .andExpect(jsonPath("$.roles[0]").value("ATTENDEE"))
                .andExpect(jsonPath("$.country").value("US"))
                .andExpect(jsonPath("$.liveSeconds").value(40))
                .andExpect(jsonPath("$.recordingSeconds").value(20))
                .andExpect(jsonPath("$.onDemandSeconds").value(40))
                .andExpect(jsonPath("$.totalSecondsViewed").value(100))
                // keynote (50 s) and panel (10 s live) were viewed
                .andExpect(jsonPath("$.sessionsViewed").value(2))
                // unweighted mean of 20/30 and 10/10, not 30/40
                .andExpect(jsonPath("$.averageLiveEngagementRate").value(near((2.0 / 3 + 1.0) / 2)))
                .andExpect(jsonPath("$.videosViewed").value(1))
                .andExpect(jsonPath("$.reactions").value(2))
                .andExpect(jsonPath("$.chatMessages").value(1))
                .andExpect(jsonPath("$.pollResponses").value(2))
                .andExpect(jsonPath("$.qaThreads").value(1))
                .andExpect(jsonPath("$.attachmentsDownloaded").value(2))
                .andExpect(jsonPath("$.attachments[0].name").value("Guide.pdf"))
                .andExpect(jsonPath("$.attachments[0].sessionName").value("Keynote"))
                .andExpect(jsonPath("$.attachments[1].name").value("Logo.png"))
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.sessions[0].name").value("Keynote"))
                .andExpect(jsonPath("$.sessions[0].secondsViewed").value(50))
                .andExpect(jsonPath("$.sessions[0].liveEngagementRate").value(near(2.0 / 3)))
                .andExpect(jsonPath("$.sessions[0].reactions").value(2))
                .andExpect(jsonPath("$.sessions[0].raisedHands").value(0))
                .andExpect(jsonPath("$.sessions[0].attachmentsDownloaded").value(2))
                .andExpect(jsonPath("$.sessions[0].attachmentsTotal").value(2))
                .andExpect(jsonPath("$.sessions[0].chatMessages").value(1))
                .andExpect(jsonPath("$.sessions[0].pollsAnswered").value(2))
                .andExpect(jsonPath("$.sessions[1].name").value("Panel"))
                .andExpect(jsonPath("$.sessions[1].secondsViewed").value(10))
                .andExpect(jsonPath("$.sessions[1].liveEngagementRate").value(near(1.0)))
                .andExpect(jsonPath("$.sessions[1].raisedHands").value(1))
                .andExpect(jsonPath("$.sessions[1].attachmentsDownloaded").value(0))
                .andExpect(jsonPath("$.sessions[1].attachmentsTotal").value(1))
                .andExpect(jsonPath("$.onDemand[0].name").value("Make it Count"))
                .andExpect(jsonPath("$.onDemand[0].secondsViewed").value(40))
                // slots {0, 1, 8, 9} of a 95 s video
                .andExpect(jsonPath("$.onDemand[0].completionRate").value(near(40.0 / 95)))
                .andExpect(jsonPath("$.dataAsOf").isNotEmpty());
    }

    @Test
    void aSessionAttendedOnlyThroughADownloadHasARowWithoutViewing() throws Exception {
        admin("/users/" + event.bob() + "/analytics")
                .andExpect(jsonPath("$.sessionsViewed").value(1))
                .andExpect(jsonPath("$.averageLiveEngagementRate").value(near(0.0)))
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.sessions[1].name").value("Panel"))
                .andExpect(jsonPath("$.sessions[1].secondsViewed").value(0))
                .andExpect(jsonPath("$.sessions[1].liveEngagementRate").value(nullValue()))
                .andExpect(jsonPath("$.sessions[1].attachmentsDownloaded").value(1))
                // 0..60 and 50..110 cover slots 0..10: 110 s of a 95 s video, capped at 100 %
                .andExpect(jsonPath("$.onDemand[0].completionRate").value(near(1.0)));
    }

    @Test
    void sessionAnalyticsOfTheKeynote() throws Exception {
        admin("/sessions/" + event.keynote() + "/analytics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uniqueViewers").value(3))
                .andExpect(jsonPath("$.totalAttendees").value(3))
                .andExpect(jsonPath("$.totalSecondsViewed").value(70))
                .andExpect(jsonPath("$.averageSecondsViewed").value(near(70.0 / 3)))
                // all attendees' engaged live seconds ÷ their live seconds: (20 + 0 + 10) / (30 + 10 + 10)
                .andExpect(jsonPath("$.liveEngagementRate").value(near(30.0 / 50)))
                .andExpect(jsonPath("$.reactions").value(2))
                .andExpect(jsonPath("$.chatMessages").value(1))
                .andExpect(jsonPath("$.pollsAnswered").value(2))
                .andExpect(jsonPath("$.qaThreads").value(0))
                .andExpect(jsonPath("$.raisedHands").value(0))
                .andExpect(jsonPath("$.attachmentsDownloaded").value(2))
                .andExpect(jsonPath("$.attachmentsTotal").value(2))
                .andExpect(jsonPath("$.attendees[0].name").value("Ann Tester"))
                .andExpect(jsonPath("$.attendees[0].title").value("Tester"))
                .andExpect(jsonPath("$.attendees[0].company").value("Testco"))
                .andExpect(jsonPath("$.attendees[0].secondsViewed").value(50));
    }

    @Test
    void thePanelCountsAttendeesWithoutViewing() throws Exception {
        admin("/sessions/" + event.panel() + "/analytics")
                .andExpect(jsonPath("$.uniqueViewers").value(1))
                .andExpect(jsonPath("$.totalAttendees").value(2))
                .andExpect(jsonPath("$.raisedHands").value(1))
                .andExpect(jsonPath("$.qaThreads").value(1))
                .andExpect(jsonPath("$.attachmentsDownloaded").value(1))
                .andExpect(jsonPath("$.attachmentsTotal").value(1));
    }

    @Test
    void attendeesPageAndSortInSql() throws Exception {
        admin("/sessions/" + event.keynote() + "/analytics?page=0&size=2&sort=liveEngagementRate,desc")
                .andExpect(jsonPath("$.attendees.length()").value(2))
                .andExpect(jsonPath("$.attendees[0].name").value("Cem Tester"))
                .andExpect(jsonPath("$.attendees[1].name").value("Ann Tester"));
        admin("/sessions/" + event.keynote() + "/analytics?page=1&size=2&sort=liveEngagementRate,desc")
                .andExpect(jsonPath("$.attendees.length()").value(1))
                .andExpect(jsonPath("$.attendees[0].name").value("Bob Tester"))
                .andExpect(jsonPath("$.totalAttendees").value(3));
        admin("/sessions/" + event.keynote() + "/analytics?sort=secondsViewed,asc")
                .andExpect(jsonPath("$.attendees[2].name").value("Ann Tester"));
    }

    @Test
    void videoAnalytics() throws Exception {
        admin("/content/" + event.video() + "/analytics")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.durationSeconds").value(95))
                .andExpect(jsonPath("$.uniqueViewers").value(2))
                .andExpect(jsonPath("$.totalSecondsViewed").value(160))
                // mean of 40/95 and 100 %
                .andExpect(jsonPath("$.averageCompletionRate").value(near((40.0 / 95 + 1.0) / 2)))
                .andExpect(jsonPath("$.viewers[0].name").value("Bob Tester"))
                .andExpect(jsonPath("$.viewers[0].secondsViewed").value(120))
                .andExpect(jsonPath("$.viewers[1].completionRate").value(near(40.0 / 95)));
    }

    @Test
    void badParametersAreRefusedClearly() throws Exception {
        admin("/sessions/" + event.keynote() + "/analytics?sort=name;drop table event,desc")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        admin("/sessions/" + event.keynote() + "/analytics?size=0").andExpect(status().isBadRequest());
        admin("/sessions/" + event.keynote() + "/analytics?size=100000").andExpect(status().isBadRequest());
        admin("/sessions/" + event.keynote() + "/analytics?page=-1").andExpect(status().isBadRequest());
        admin("/sessions/" + event.keynote() + "/analytics?page=x").andExpect(status().isBadRequest());
        admin("/users/not-a-uuid/analytics").andExpect(status().isBadRequest());
    }

    @Test
    void foreignAndUnknownIdsAreNotFound() throws Exception {
        admin("/users/" + UUID.randomUUID() + "/analytics").andExpect(status().isNotFound());
        admin("/sessions/" + UUID.randomUUID() + "/analytics").andExpect(status().isNotFound());
        admin("/content/" + event.keynoteRecording() + "/analytics").andExpect(status().isNotFound());
        // the demo manager manages only the demo event
        mvc.perform(get("/api/v1/events/" + event.id() + "/users/" + event.ann() + "/analytics")
                .with(httpBasic("manager", "manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + event.id() + "/users/" + event.ann() + "/analytics"))
                .andExpect(status().isUnauthorized());
    }

    /** A JSON number within 1e-9 of the expected rate, however JsonPath typed it. */
    static Matcher<Object> near(double expected) {
        return new CustomTypeSafeMatcher<>("a number within 1e-9 of " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number number && Math.abs(number.doubleValue() - expected) < 1e-9;
            }
        };
    }

    private ResultActions admin(String path) throws Exception {
        return mvc.perform(get("/api/v1/events/" + event.id() + path).with(httpBasic("admin", "admin")));
    }
}
