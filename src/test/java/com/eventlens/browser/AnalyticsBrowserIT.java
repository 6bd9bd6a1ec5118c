package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.testing.Rollups;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** In real Chromium: from the session analytics of the demo keynote to Abbie Wilson's dashboard and on. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnalyticsBrowserIT {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ingest ingest;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void walksFromAllUsersThroughTheDashboardsAndBack() throws Exception {
        Rollups.awaitApplied(jdbc, UUID.fromString(DEMO_EVENT));
        UUID abbie = UUID.nameUUIDFromBytes("eventlens-demo:person:abbie.wilson@kaltura.com".getBytes(StandardCharsets.UTF_8));
        JsonNode json = apiAsManager("/api/v1/events/" + DEMO_EVENT + "/users/" + abbie + "/analytics");

        Page page = browser.signedIn(port, "manager", "manager");

        // People > All users > ⋮ > View analytics
        page.navigate("http://localhost:" + port + "/events/" + DEMO_EVENT + "/people");
        page.locator("vaadin-text-field.people-search input").fill("Abbie");
        assertThat(page.locator(".people-count")).hasText("1 User");
        page.getByLabel("Actions for Abbie Wilson").filter(new Locator.FilterOptions().setVisible(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("View analytics")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();

        // The numbers shown are the JSON API's.
        long total = json.get("totalSecondsViewed").asLong();
        assertThat(page.locator(".kpi").first()).containsText(String.format("%d:%02d:%02d", total / 3600, total / 60 % 60,
                total % 60));
        assertThat(page.locator(".kpi").nth(1)).containsText(json.get("sessionsViewed").asString());
        assertThat(page.locator(".kpi").nth(2)).containsText(Math.round(json.get("averageLiveEngagementRate").asDouble() * 100) + "%");
        assertThat(page.locator(".kpi").nth(3)).containsText(json.get("videosViewed").asString());
        assertThat(page.getByText(json.get("attachmentsDownloaded").asString() + " attachments downloaded")).isVisible();
        page.waitForTimeout(500);
        BrowserSession.screenshot(page, "12-user-analytics");

        // Expand the keynote's row: its interactions, as in the JSON.
        JsonNode keynote = json.get("sessions").get(0);
        page.locator("vaadin-grid.sessions-grid").getByText(String.format(java.util.Locale.US, "%.1f",
                keynote.get("secondsViewed").asLong() / 60.0)).click();
        String attachments = keynote.get("attachmentsDownloaded").asString() + "/" + keynote.get("attachmentsTotal").asString();
        assertThat(page.getByText(attachments)).isVisible();
        page.getByText(attachments).scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "13-user-analytics-expanded");

        // Session name → Session analytics → attendee name → back.
        page.locator("vaadin-grid.sessions-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(keynote.get("name").asString())).click();
        assertThat(page.getByText("Unique viewers").first()).isVisible();
        JsonNode session = apiAsManager("/api/v1/events/" + DEMO_EVENT + "/sessions/" + keynote.get("sessionId").asString()
                + "/analytics?size=5");
        assertThat(page.locator(".kpi").first()).containsText(session.get("uniqueViewers").asString());
        page.waitForTimeout(800);
        BrowserSession.screenshot(page, "11-session-analytics");
        String firstAttendee = session.get("attendees").get(0).get("name").asString();
        page.locator(".attendees-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(firstAttendee).setExact(true))
                .first().click();
        assertThat(page).hasURL(Pattern.compile(".*/users/" + session.get("attendees").get(0).get("userId").asString()
                + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(firstAttendee))).isVisible();
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/sessions/" + keynote.get("sessionId").asString() + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(keynote.get("name").asString())))
                .isVisible();
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/users/" + abbie + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();

        // On-demand video name → VOD analytics.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make it Count")).click();
        assertThat(page.getByText("Avg. completion rate")).isVisible();
        page.waitForTimeout(500);
        BrowserSession.screenshot(page, "14-vod-analytics");
        page.close();
    }

    private JsonNode apiAsManager(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aNewReactionAppearsOnTheOpenDashboardWithoutReload_andTheExpandedRowStaysOpen() {
        Rollups.awaitApplied(jdbc, UUID.fromString(DEMO_EVENT));
        UUID abbie = UUID.nameUUIDFromBytes("eventlens-demo:person:abbie.wilson@kaltura.com".getBytes(StandardCharsets.UTF_8));
        UUID keynote = UUID.nameUUIDFromBytes("eventlens-demo:session:Opening Keynote".getBytes(StandardCharsets.UTF_8));
        Page page = browser.signedIn(port, "admin", "admin");
        page.navigate("http://localhost:" + port + "/events/" + DEMO_EVENT + "/users/" + abbie + "/analytics");
        long reactions = jdbc.sql("select sum(reactions) from user_session_stats where event_id = ?::uuid and user_id = ?")
                .param(DEMO_EVENT).param(abbie).query(Long.class).single();
        Map<String, Object> inKeynote = jdbc.sql("""
                        select live_seconds + recording_seconds as seconds, reactions from user_session_stats
                        where event_id = ?::uuid and user_id = ? and session_id = ?""")
                .param(DEMO_EVENT).param(abbie).param(keynote).query().singleRow();
        com.microsoft.playwright.Locator reactionCount = page.locator(".figure-inline")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("reactions")).first()
                .locator(".figure-inline-value");
        assertThat(reactionCount).hasText(String.valueOf(reactions));
        // The manager opens the keynote's row.
        page.locator("vaadin-grid.sessions-grid").getByText(String.format(java.util.Locale.US, "%.1f",
                ((Number) inKeynote.get("seconds")).longValue() / 60.0)).click();
        com.microsoft.playwright.Locator keynoteReactions = page.locator(".session-details .figure-inline")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Reactions"))
                .locator(".figure-inline-value");
        assertThat(keynoteReactions).hasText(String.valueOf(inKeynote.get("reactions")));

        ingest.record(UUID.fromString(DEMO_EVENT), List.of(new NewInteraction(UUID.randomUUID(),
                InteractionType.REACTION, abbie, Instant.now(), keynote, null, null, null, null, null, null, null)));

        // Pushed to the page when the batch is folded in: no reload, no polling; the row stays open, with the new count.
        assertThat(reactionCount).hasText(String.valueOf(reactions + 1),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(2_000));
        assertThat(keynoteReactions).hasText(String.valueOf(((Number) inKeynote.get("reactions")).longValue() + 1));
        for (int width : new int[] {1440, 1024, 390}) {
            page.setViewportSize(width, 900);
            page.waitForTimeout(300);
            BrowserSession.screenshot(page, "15-live-update-" + width);
        }
        page.close();
    }

    @Test
    void downloadsTheUserAndSessionReportsAsPdf() throws Exception {
        Rollups.awaitApplied(jdbc, java.util.UUID.fromString(DEMO_EVENT));
        Page page = browser.signedIn(port, "manager", "manager");
        page.navigate("http://localhost:" + port + "/events/" + DEMO_EVENT + "/analytics/sessions");
        page.getByText("Masterclass with Product Leaders").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abbie Wilson")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();

        Download user = page.waitForDownload(() -> page.getByText("Download report").click());
        org.assertj.core.api.Assertions.assertThat(user.suggestedFilename())
                .matches("eventlens-virtually-live-abbie-wilson-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        assertIsPdf(user, "20-user-report.pdf");
        BrowserSession.screenshot(page, "20-user-analytics-report-downloaded");

        page.navigate("http://localhost:" + port + "/events/" + DEMO_EVENT + "/analytics/sessions");
        page.getByText("Opening Keynote").first().click();
        assertThat(page.getByText("Unique viewers").first()).isVisible();
        Download session = page.waitForDownload(() -> page.getByText("Download report").click());
        org.assertj.core.api.Assertions.assertThat(session.suggestedFilename())
                .startsWith("eventlens-virtually-live-session-opening-keynote-").endsWith(".pdf");
        assertIsPdf(session, "21-session-report.pdf");
        page.close();
    }

    private static void assertIsPdf(Download download, String keepAs) throws java.io.IOException {
        Path file = BrowserSession.SCREENSHOTS.resolve(keepAs);
        download.saveAs(file);
        byte[] bytes = Files.readAllBytes(file);
        org.assertj.core.api.Assertions.assertThat(bytes.length).isGreaterThan(10_000);
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
