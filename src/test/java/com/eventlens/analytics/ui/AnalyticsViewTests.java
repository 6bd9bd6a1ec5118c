package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.console.ui.NotFoundView;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.testing.Rollups;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The dashboards as the demo manager sees them: Abbie Wilson's numbers as in the help-centre article, the
 * session rows that expand, and links that lead where the article says.
 */
@SpringBootTest
@WithUserDetails("manager")
class AnalyticsViewTests extends SpringBrowserlessTest {

    static final String EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";
    static final UUID ABBIE = demoId("person:abbie.wilson@kaltura.com");
    static final UUID KEYNOTE = demoId("session:Opening Keynote");
    static final UUID MAKE_IT_COUNT = demoId("video:Make it Count");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCatalog events;

    @BeforeEach
    void rollupsCaughtUp() {
        Rollups.awaitApplied(jdbc, UUID.fromString(EVENT));
    }

    @Test
    void abbieWilsonsDashboardShowsTheArticlesNumbers() {
        UserAnalyticsView view = navigate("events/" + EVENT + "/users/" + ABBIE + "/analytics", UserAnalyticsView.class);
        assertThat($(H1.class, view).first().getText()).isEqualTo("Abbie Wilson");
        List<String> texts = $(Span.class, view).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("1:30:10", "Total min. viewed", "2", "Sessions viewed", "75%", "Avg. live engagement",
                "15", "Videos viewed", "28:00", "37:10", "25:00", "6", "reactions", "5", "poll responses",
                "3 attachments downloaded", "15 videos viewed", "United States", "Product manager", "Kaltura");
        assertThat(texts).anyMatch(text -> text.startsWith("Data as of "));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionRowExpandsIntoItsInteractions() {
        UserAnalyticsView view = navigate("events/" + EVENT + "/users/" + ABBIE + "/analytics", UserAnalyticsView.class);
        Grid<SessionActivity> sessions = $(Grid.class, view).withClassName("sessions-grid").single();
        assertThat(test(sessions).size()).isEqualTo(2);
        SessionActivity keynote = test(sessions).getRow(0);
        assertThat(keynote.name()).isEqualTo("Opening Keynote");
        assertThat(sessions.isDetailsVisible(keynote)).isFalse();
        test(sessions).clickRow(0);
        test(sessions).clickRow(1);
        assertThat(sessions.isDetailsVisible(keynote)).as("a click on the row expands it").isTrue();
        assertThat(sessions.isDetailsVisible(test(sessions).getRow(1))).as("several rows stay open").isTrue();
        test(sessions).clickRow(0);
        assertThat(sessions.isDetailsVisible(keynote)).as("a second click closes it").isFalse();

        List<String> details = $(Span.class, UserAnalyticsView.sessionDetails(keynote)).all().stream()
                .map(Span::getText).toList();
        assertThat(details).containsExactly("3", "Reactions", "0", "Raised hands", "3/3", "Attachments downloaded",
                "2", "Chat messages sent", "3", "Polls answered");
    }

    @Test
    @SuppressWarnings("unchecked")
    void linksLeadToSessionAndVodAnalyticsAndBackToAllUsers() {
        UserAnalyticsView view = navigate("events/" + EVENT + "/users/" + ABBIE + "/analytics", UserAnalyticsView.class);
        Grid<SessionActivity> sessions = $(Grid.class, view).withClassName("sessions-grid").single();
        assertThat(((RouterLink) test(sessions).getCellComponent(0, "name")).getHref())
                .isEqualTo("events/" + EVENT + "/sessions/" + KEYNOTE + "/analytics");
        Grid<?> videos = $(Grid.class, view).withClassName("videos-grid").single();
        List<String> videoLinks = new java.util.ArrayList<>();
        for (int row = 0; row < test(videos).size(); row++) {
            videoLinks.add(((RouterLink) test(videos).getCellComponent(row, "name")).getHref());
        }
        assertThat(videoLinks).contains("events/" + EVENT + "/content/" + MAKE_IT_COUNT + "/analytics");
        assertThat($(Anchor.class, view).all()).extracting(Anchor::getHref)
                .contains("events/" + EVENT + "/people");
    }

    @Test
    void sessionAnalyticsListsAttendeesThatLeadToTheirDashboards() {
        SessionAnalyticsView view = navigate("events/" + EVENT + "/sessions/" + KEYNOTE + "/analytics",
                SessionAnalyticsView.class);
        assertThat($(H1.class, view).first().getText()).isEqualTo("Opening Keynote");
        long attendees = jdbc.sql("select attendees from session_stats where event_id = ?::uuid and session_id = ?")
                .param(EVENT).param(KEYNOTE).query(Long.class).single();
        assertThat(test(view.attendees).size()).isEqualTo((int) attendees);
        var first = test(view.attendees).getRow(0);
        var second = test(view.attendees).getRow(1);
        assertThat(first.secondsViewed()).as("sorted by minutes, most first").isGreaterThanOrEqualTo(second.secondsViewed());
        var nameCell = test(view.attendees).getCellComponent(0, "name");
        assertThat($(RouterLink.class, nameCell).single().getHref())
                .isEqualTo("events/" + EVENT + "/users/" + first.userId() + "/analytics");
    }

    @Test
    void vodAnalyticsShowsViewersAndCompletion() {
        VideoAnalyticsView view = navigate("events/" + EVENT + "/content/" + MAKE_IT_COUNT + "/analytics",
                VideoAnalyticsView.class);
        assertThat($(H1.class, view).first().getText()).isEqualTo("Make it Count");
        assertThat(test(view.viewers).size()).isGreaterThan(0);
        assertThat($(Span.class, view).all().stream().map(Span::getText)).contains("Avg. completion rate", "57:00");
    }

    @Test
    void theAnalyticsListsLeadToEverySessionAndVideo() {
        SessionsAnalyticsView sessions = navigate("events/" + EVENT + "/analytics/sessions", SessionsAnalyticsView.class);
        assertThat(test(sessions.grid).size()).isEqualTo(6);
        VideosAnalyticsView videos = navigate("events/" + EVENT + "/analytics/content", VideosAnalyticsView.class);
        assertThat(test(videos.grid).size()).isEqualTo(16);
    }

    @Test
    void theAnalyticsListsShareOneShape() {
        SessionsAnalyticsView sessions = navigate("events/" + EVENT + "/analytics/sessions", SessionsAnalyticsView.class);
        assertThat($(H1.class, sessions).single().getText()).isEqualTo("Session analytics");
        assertThat($(Span.class, sessions).all().stream().map(Span::getText)).anyMatch(t -> t.startsWith("Data as of "));
        assertThat($(RouterLink.class, test(sessions.grid).getCellComponent(0, "name")).single().getHref())
                .isEqualTo("events/" + EVENT + "/sessions/" + test(sessions.grid).getRow(0).sessionId() + "/analytics");
        VideosAnalyticsView videos = navigate("events/" + EVENT + "/analytics/content", VideosAnalyticsView.class);
        assertThat($(H1.class, videos).single().getText()).isEqualTo("On-demand content");
        assertThat($(RouterLink.class, test(videos.grid).getCellComponent(0, "name")).single().getHref())
                .isEqualTo("events/" + EVENT + "/content/" + test(videos.grid).getRow(0).contentId() + "/analytics");
    }

    @Test
    @WithUserDetails("admin")
    void anEventWithoutSessionsOrVideosShowsEmptyLists() {
        UUID empty = UUID.randomUUID();
        events.save(new Event(empty, "Empty Summit", "", Instant.parse("2025-01-10T09:00:00Z"),
                Instant.parse("2025-01-10T17:00:00Z"), ZoneId.of("UTC")));

        SessionsAnalyticsView sessions = navigate("events/" + empty + "/analytics/sessions", SessionsAnalyticsView.class);
        assertThat($(Paragraph.class, sessions).withClassName("empty-state").single().getText())
                .isEqualTo("This event has no sessions yet.");
        assertThat($(Grid.class, sessions).all()).isEmpty();
        VideosAnalyticsView videos = navigate("events/" + empty + "/analytics/content", VideosAnalyticsView.class);
        assertThat($(Paragraph.class, videos).withClassName("empty-state").single().getText())
                .isEqualTo("This event has no on-demand content yet.");
    }

    @Test
    void unknownOrForeignIdsAreNotFound() {
        navigate("events/" + EVENT + "/users/" + UUID.randomUUID() + "/analytics", NotFoundView.class);
        navigate("events/" + EVENT + "/sessions/not-a-uuid/analytics", NotFoundView.class);
        navigate("events/" + EVENT + "/content/" + demoId("recording:Opening Keynote") + "/analytics", NotFoundView.class);
        navigate("events/" + UUID.randomUUID() + "/users/" + ABBIE + "/analytics", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("eventlens-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
