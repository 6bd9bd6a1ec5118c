package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** In real Chromium: from the session analytics of the demo keynote to Abbie Wilson's dashboard and on. */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class AnalyticsBrowserIT {

    static final UUID ABBIE = UUID.nameUUIDFromBytes("eventlens-demo:person:abbie.wilson@kaltura.com"
            .getBytes(StandardCharsets.UTF_8));

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Parameter
    Console console;

    final ObjectMapper json = new ObjectMapper();

    /** Every figure checked here must already hold the demo's interactions. */
    @BeforeEach
    void awaitTheDemosRollups() {
        console.http().awaitRollupsCaughtUp("admin", "admin");
    }

    @Test
    void walksFromAllUsersThroughTheDashboardsAndBack() throws Exception {
        JsonNode json = apiAsManager("/api/v1/events/" + Console.DEMO_EVENT + "/users/" + ABBIE + "/analytics");

        Page page = browser.signedIn(console, "manager", "manager");

        // People > All users > ⋮ > View analytics
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/people"));
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
        console.screenshot(page, "12-user-analytics");

        // Expand the keynote's row: its interactions, as in the JSON.
        JsonNode keynote = json.get("sessions").get(0);
        page.locator("vaadin-grid.sessions-grid").getByText(String.format(java.util.Locale.US, "%.1f",
                keynote.get("secondsViewed").asLong() / 60.0)).click();
        String attachments = keynote.get("attachmentsDownloaded").asString() + "/" + keynote.get("attachmentsTotal").asString();
        assertThat(page.getByText(attachments)).isVisible();
        page.getByText(attachments).scrollIntoViewIfNeeded();
        console.screenshot(page, "13-user-analytics-expanded");

        // Session name → Session analytics → attendee name → back.
        page.locator("vaadin-grid.sessions-grid").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(keynote.get("name").asString())).click();
        assertThat(page.getByText("Unique viewers").first()).isVisible();
        JsonNode session = apiAsManager("/api/v1/events/" + Console.DEMO_EVENT + "/sessions/" + keynote.get("sessionId").asString()
                + "/analytics?size=5");
        assertThat(page.locator(".kpi").first()).containsText(session.get("uniqueViewers").asString());
        page.waitForTimeout(800);
        console.screenshot(page, "11-session-analytics");
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
        assertThat(page).hasURL(Pattern.compile(".*/users/" + ABBIE + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();

        // On-demand video name → VOD analytics.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make it Count")).click();
        assertThat(page.getByText("Avg. completion rate")).isVisible();
        page.waitForTimeout(500);
        console.screenshot(page, "14-vod-analytics");
        page.close();
    }

    /** Keyboard only: Tab into the Sessions table, Enter on one row, down to the next, Space: both stay open. */
    @Test
    void twoSessionRowsOpenFromTheKeyboard() {
        Page page = browser.signedIn(console, "manager", "manager");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/users/" + ABBIE + "/analytics"));
        Locator expandAll = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expand all"));
        assertThat(expandAll).isVisible();
        expandAll.focus();
        // Tab on: past Export CSV and the table's header (and the explained labels in it) to the first row.
        for (int tabs = 0; tabs < 8 && !Boolean.TRUE.equals(page.evaluate(FOCUS_IN_SESSION_ROWS)); tabs++) {
            page.keyboard().press("Tab");
        }
        org.assertj.core.api.Assertions.assertThat(page.evaluate(FOCUS_IN_SESSION_ROWS)).as("a row has the focus")
                .isEqualTo(true);
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-grid.sessions-grid .session-details")).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("/users/" + ABBIE + "/analytics$"));
        // Down to the second session (past the first one's opened details, a stop of their own).
        for (int downs = 0; downs < 4 && !Integer.valueOf(1).equals(page.evaluate(FOCUSED_SESSION_ROW)); downs++) {
            page.keyboard().press("ArrowDown");
        }
        org.assertj.core.api.Assertions.assertThat(page.evaluate(FOCUSED_SESSION_ROW)).isEqualTo(1);
        page.keyboard().press("Space");
        assertThat(page.locator("vaadin-grid.sessions-grid .session-details")).hasCount(2);
        page.waitForTimeout(300);
        console.screenshot(page, "16-two-sessions-open-from-the-keyboard");
        page.close();
    }

    /** Whether the keyboard focus is on a body row (or a cell of it) of User analytics' Sessions table. */
    static final String FOCUS_IN_SESSION_ROWS = """
            () => {
              const grid = document.querySelector('vaadin-grid.sessions-grid');
              const focused = grid && grid.shadowRoot.activeElement;
              return !!focused && !!focused.closest('tbody#items');
            }""";

    /** The index of the Sessions table's row that has the keyboard focus (a cell of it, or the row). */
    static final String FOCUSED_SESSION_ROW = """
            () => {
              const grid = document.querySelector('vaadin-grid.sessions-grid');
              const focused = grid && grid.shadowRoot.activeElement;
              const row = focused && focused.closest('tr');
              return row && row.parentElement && row.parentElement.id === 'items' ? row.index : -1;
            }""";

    private JsonNode apiAsManager(String path) {
        HttpResponse<String> response = console.http().get(path, "manager", "manager");
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aNewReactionAppearsOnTheOpenDashboardWithoutReload_andTheExpandedRowStaysOpen() {
        UUID keynote = UUID.nameUUIDFromBytes("eventlens-demo:session:Opening Keynote".getBytes(StandardCharsets.UTF_8));
        Page page = browser.signedIn(console, "admin", "admin");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/users/" + ABBIE + "/analytics"));
        JsonNode before = apiAsManager("/api/v1/events/" + Console.DEMO_EVENT + "/users/" + ABBIE + "/analytics");
        long reactions = before.get("reactions").asLong();
        JsonNode inKeynote = null;
        for (JsonNode session : before.get("sessions")) {
            if (session.get("sessionId").asString().equals(keynote.toString())) {
                inKeynote = session;
            }
        }
        com.microsoft.playwright.Locator reactionCount = page.locator(".figure-inline")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("reactions")).first()
                .locator(".figure-inline-value");
        assertThat(reactionCount).hasText(String.valueOf(reactions));
        // The manager opens the keynote's row.
        page.locator("vaadin-grid.sessions-grid").getByText(String.format(java.util.Locale.US, "%.1f",
                inKeynote.get("secondsViewed").asLong() / 60.0)).click();
        com.microsoft.playwright.Locator keynoteReactions = page.locator(".session-details .figure-inline")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Reactions"))
                .locator(".figure-inline-value");
        assertThat(keynoteReactions).hasText(inKeynote.get("reactions").asString());

        // A player reports a reaction, with a token the admin issues for it.
        String token = json.readTree(console.http().post("/api/v1/events/" + Console.DEMO_EVENT + "/ingest-token",
                "admin", "admin", "").body()).get("ingestToken").asString();
        HttpResponse<String> ingested = console.http().ingest(UUID.fromString(Console.DEMO_EVENT), token,
                json.writeValueAsString(Map.of("interactions", List.of(Map.of("id", UUID.randomUUID(),
                        "type", "REACTION", "userId", ABBIE, "occurredAt", Instant.now().toString(), "sessionId", keynote)))));
        org.assertj.core.api.Assertions.assertThat(ingested.statusCode()).isEqualTo(202);

        // Pushed to the page when the batch is folded in: no reload, no polling; the row stays open, with the new count.
        assertThat(reactionCount).hasText(String.valueOf(reactions + 1),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(2_000));
        assertThat(keynoteReactions).hasText(String.valueOf(inKeynote.get("reactions").asLong() + 1));
        for (int width : new int[] {1440, 1024, 390}) {
            page.setViewportSize(width, 900);
            page.waitForTimeout(300);
            console.screenshot(page, "15-live-update-" + width);
        }
        page.close();
    }

    @Test
    void downloadsTheUserAndSessionReportsAsPdf() throws Exception {
        Page page = browser.signedIn(console, "manager", "manager");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/analytics/sessions"));
        page.getByText("Masterclass with Product Leaders").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abbie Wilson")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();

        Download user = page.waitForDownload(() -> page.getByText("Download report").click());
        org.assertj.core.api.Assertions.assertThat(user.suggestedFilename())
                .matches("eventlens-virtually-live-abbie-wilson-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        assertIsPdf(user, "20-user-report.pdf");
        console.screenshot(page, "20-user-analytics-report-downloaded");

        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/analytics/sessions"));
        page.getByText("Opening Keynote").first().click();
        assertThat(page.getByText("Unique viewers").first()).isVisible();
        Download session = page.waitForDownload(() -> page.getByText("Download report").click());
        org.assertj.core.api.Assertions.assertThat(session.suggestedFilename())
                .startsWith("eventlens-virtually-live-opening-keynote-").endsWith(".pdf");
        assertIsPdf(session, "21-session-report.pdf");
        Download csv = page.waitForDownload(() -> page.getByText("Export CSV").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).as("event, session and day, never an id")
                .matches("eventlens-virtually-live-opening-keynote-attendees-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String exported = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(exported.lines().findFirst().orElseThrow())
                .contains("name,title,company,email,");
        page.close();
    }

    private void assertIsPdf(Download download, String keepAs) throws java.io.IOException {
        Path file = console.screenshots().resolve(keepAs);
        download.saveAs(file);
        byte[] bytes = Files.readAllBytes(file);
        org.assertj.core.api.Assertions.assertThat(bytes.length).isGreaterThan(10_000);
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
