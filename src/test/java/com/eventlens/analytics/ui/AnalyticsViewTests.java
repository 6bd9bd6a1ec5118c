package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.console.ui.NotFoundView;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
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
    @Autowired
    ApplicationContext application;

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

        // Callout 19: minutes with one decimal (SPEC §2), hand-computed from the demo script — the keynote watched
        // live 28:00 (1,680 s), the masterclass's recording 37:10 (2,230 s = 37.17 minutes).
        assertThat(cellText(sessions, 0, "minutes")).isEqualTo("28.0");
        assertThat(test(sessions).getRow(1).name()).isEqualTo("Masterclass with Product Leaders");
        assertThat(cellText(sessions, 1, "minutes")).isEqualTo("37.2");

        List<String> details = $(Span.class, UserAnalyticsView.sessionDetails(keynote)).all().stream()
                .map(Span::getText).toList();
        assertThat(details).containsExactly("3", "Reactions", "0", "Raised hands", "3/3", "Attachments downloaded",
                "2", "Chat messages sent", "3", "Polls answered");
    }

    /** The text of a cell, its column named by key (the tester counts the visible columns only). */
    <T> String cellText(Grid<T> grid, int row, String key) {
        return test(grid).getCellText(row, grid.getColumns().stream().filter(Grid.Column::isVisible).toList()
                .indexOf(grid.getColumnByKey(key)));
    }

    /** The CSV a table's "Export CSV" writes at this moment, without its byte-order mark. */
    static <T> List<String> csv(GridCsv<T> export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(export.shownRows(), out);
        return out.toString(StandardCharsets.UTF_8).substring(1).lines().toList();
    }

    @Test
    void abbiesThreeTablesSortAndExportAsShown() throws IOException {
        UserAnalyticsView view = navigate("events/" + EVENT + "/users/" + ABBIE + "/analytics", UserAnalyticsView.class);

        view.attachments.sort(GridSortOrder.asc(view.attachments.getColumnByKey("name")).build());
        assertThat(csv(view.attachmentsCsv)).containsExactly("attachment,content_type,session",
                "Brand Guidebook.pdf,application/pdf,Opening Keynote", "Logo.png,image/png,Opening Keynote",
                "Podcast.mp3,audio/mpeg,Opening Keynote");
        view.attachments.sort(GridSortOrder.desc(view.attachments.getColumnByKey("name")).build());
        assertThat(csv(view.attachmentsCsv).get(1)).startsWith("Podcast.mp3,");

        // Most minutes first: the masterclass's recording (2,230 s, no live viewing: no rate) before the keynote
        // (1,680 s live, 126 of 168 beacons engaged; 3 reactions, no raised hand, 3 of 3 attachments, 2 messages,
        // 3 polls).
        view.sessions.sort(GridSortOrder.desc(view.sessions.getColumnByKey("minutes")).build());
        List<String> sessions = csv(view.sessionsCsv);
        assertThat(sessions.getFirst()).isEqualTo("session,seconds_viewed,minutes_viewed,live_engagement_rate,"
                + "reactions,raised_hands,attachments_downloaded,attachments_total,chat_messages,polls_answered");
        assertThat(sessions.get(1)).startsWith("Masterclass with Product Leaders,2230,37.2,,3,0,0,");
        assertThat(sessions.get(2)).isEqualTo("Opening Keynote,1680,28.0,0.75,3,0,3,3,2,3");
        view.sessions.sort(GridSortOrder.asc(view.sessions.getColumnByKey("name")).build());
        assertThat(test(view.sessions).getRow(0).name()).isEqualTo("Masterclass with Product Leaders");
        view.sessions.sort(GridSortOrder.asc(view.sessions.getColumnByKey("engagement")).build());
        assertThat(test(view.sessions).getRow(0).name()).as("no rate sorts first").isEqualTo(
                "Masterclass with Product Leaders");

        // Her on-demand viewing, most first: 300 s of one video down to 40 s of another.
        view.videos.sort(GridSortOrder.desc(view.videos.getColumnByKey("minutes")).build());
        List<String> videos = csv(view.videosCsv);
        assertThat(videos).hasSize(16);
        assertThat(videos.getFirst()).isEqualTo("video,seconds_viewed,minutes_viewed,completion_rate");
        assertThat(videos.get(1)).contains(",300,5.0,");
        assertThat(videos.get(15)).contains(",40,0.7,");
        view.videos.sort(GridSortOrder.asc(view.videos.getColumnByKey("minutes")).build());
        assertThat(csv(view.videosCsv).get(1)).contains(",40,0.7,");
        assertThat(test(view.videos).getRow(0).secondsViewed()).isEqualTo(40);

        assertThat(view.sessionsCsv.fileName())
                .matches("eventlens-virtually-live-abbie-wilson-sessions-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(view.videosCsv.fileName()).startsWith("eventlens-virtually-live-abbie-wilson-on-demand-");
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

    /**
     * Analytics > Sessions of a small event whose activity was computed by hand ({@link HandComputedActivity}):
     * Keynote (live webcast, 10:00 AM New York) 70 s viewed by Ann, Bob and Cem, 2 reactions, 1 chat message, 30 of
     * 50 live seconds engaged; Panel (meeting room, 11:00 AM) 10 s viewed by Ann, with Bob (a download) its second
     * attendee but no viewer.
     */
    @Test
    @WithUserDetails("admin")
    void theSessionsListShowsWhenTypeAndTotalsAndExportsAsSortedAndSearched() throws IOException {
        TestEvent event = TestEvent.create(application);
        HandComputedActivity.record(application.getBean(Ingest.class), jdbc, event);
        SessionsAnalyticsView view = navigate("events/" + event.id() + "/analytics/sessions",
                SessionsAnalyticsView.class);
        var grid = view.grid;
        java.util.function.BiFunction<Integer, String, String> cell = (row, key) -> cellText(grid, row, key);

        assertThat(test(grid).getRow(0).figures().name()).isEqualTo("Keynote");
        assertThat(cell.apply(0, "startsAt")).isEqualTo("Wed, February 02, 10:00 AM");
        assertThat(cell.apply(0, "type")).isEqualTo("Live webcast");
        assertThat(cell.apply(0, "attendees")).isEqualTo("3");
        assertThat(cell.apply(0, "uniqueViewers")).isEqualTo("3");
        assertThat(cell.apply(0, "minutes")).isEqualTo("0:01:10");
        assertThat(cell.apply(1, "startsAt")).isEqualTo("Wed, February 02, 11:00 AM");
        assertThat(cell.apply(1, "type")).isEqualTo("Meeting room");
        assertThat(cell.apply(1, "attendees")).as("Bob only downloaded").isEqualTo("2");
        assertThat(cell.apply(1, "uniqueViewers")).isEqualTo("1");
        assertThat(view.totals.getCell(grid.getColumnByKey("minutes")).getText()).isEqualTo("0:01:20");
        assertThat(view.totals.getCell(grid.getColumnByKey("reactions")).getText()).isEqualTo("2");
        assertThat(view.totals.getCell(grid.getColumnByKey("chatMessages")).getText()).isEqualTo("1");

        // Least watched first: the export follows.
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("minutes")).build());
        List<String> csv = csv(view.csv);
        assertThat(csv.getFirst()).isEqualTo("session,starts_at,type,attendees,unique_viewers,seconds_viewed,"
                + "minutes_viewed,live_engagement_rate,reactions,chat_messages");
        assertThat(csv.get(1)).isEqualTo("Panel,2022-02-02T16:00:00Z,Meeting room,2,1,10,0.2,1.0,0,0");
        assertThat(csv.get(2)).isEqualTo("Keynote,2022-02-02T15:00:00Z,Live webcast,3,3,70,1.2,0.6,2,1");
        assertThat(view.csv.fileName()).startsWith("eventlens-test-event-").contains("-sessions-");

        // The search narrows the rows, the totals and the export alike.
        view.search.setValue("pan");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(view.totals.getCell(grid.getColumnByKey("minutes")).getText()).isEqualTo("0:00:10");
        assertThat(csv(view.csv)).hasSize(2).last().asString().startsWith("Panel,");
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
