package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * In real Chromium, as the demo event's manager: Overview → Event analytics → the session that drew most attendees →
 * back → the most engaged person → back; then a weight changed in Settings &gt; Engagement changes that person's score.
 * The pages are photographed at 1440, 1024 and 390 px as they go by.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class EventAnalyticsBrowserIT {

    static final String EVENT = Console.DEMO_EVENT;

    final BrowserSession browser = BrowserSession.shared();
    final ObjectMapper json = new ObjectMapper();

    @Parameter
    Console console;

    @BeforeEach
    void awaitTheDemosRollups() {
        console.http().awaitRollupsCaughtUp("admin", "admin");
    }

    @Test
    void fromTheOverviewToASessionAndTheMostEngagedPerson_andBack() {
        JsonNode analytics = api("/api/v1/events/" + EVENT + "/analytics");
        Page page = browser.signedIn(console, "manager", "manager");
        page.navigate(console.url("/events/" + EVENT));
        assertThat(page.getByText("Agenda at a glance")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Event overview")).click();
        assertThat(page).hasURL(Pattern.compile(".*/events/" + EVENT + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Event overview"))).isVisible();
        assertThat(page.locator(".funnel-value").nth(0)).hasText(String.format("%,d", analytics.get("registered").asLong()));
        assertThat(page.locator(".funnel-value").nth(1)).hasText(String.format("%,d", analytics.get("attendees").asLong()));
        assertThat(page.locator(".live-viewers svg")).containsText("Peak " + analytics.get("peakConcurrentViewers").asLong());
        console.screenshotAtWidths(page, "30-event-analytics");
        page.locator(".live-viewers").evaluate("chart => chart.scrollIntoView({block: 'start'})");
        console.screenshotAtWidths(page, "30-event-analytics-chart");
        keepPdf(page.waitForDownload(() -> page.getByText("Download report").click()), "37-event-report.pdf");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Breakdowns")).click();
        assertThat(page.locator("vaadin-grid.breakdown-grid")).isVisible();
        console.screenshotAtWidths(page, "31-event-analytics-breakdowns");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview")).click();

        // The ranking's first session: the one with most attendees.
        List<JsonNode> sessions = new ArrayList<>();
        analytics.get("sessions").forEach(sessions::add);
        JsonNode top = sessions.stream().max(Comparator.comparingLong(s -> s.get("attendees").asLong())).orElseThrow();
        page.locator("vaadin-grid.sessions-ranking").getByText(top.get("name").asString(), new com.microsoft.playwright
                .Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/sessions/" + top.get("sessionId").asString() + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(top.get("name").asString())))
                .isVisible();
        assertThat(page.locator(".live-viewers svg")).containsText("Peak " + top.get("peakConcurrentViewers").asLong());
        page.locator(".live-viewers").evaluate("chart => chart.scrollIntoView({block: 'start'})");
        console.screenshotAtWidths(page, "32-session-analytics-chart");
        keepPdf(page.waitForDownload(() -> page.getByText("Download report").click()), "38-session-report.pdf");
        page.goBack();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Event overview"))).isVisible();

        // The most engaged person, whose page explains the score.
        String name = page.locator(".most-engaged a").first().textContent();
        String shown = page.locator(".most-engaged .score-value").first().textContent();
        page.locator(".most-engaged a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(page.locator(".score-big")).hasText(shown);
        console.screenshotAtWidths(page, "33-user-analytics-score");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/events/" + EVENT + "/analytics$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Event overview"))).isVisible();

        // Agenda and Media, from the side navigation.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agenda").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agenda"))).isVisible();
        assertThat(page.getByText(top.get("name").asString()).first()).isVisible();
        console.screenshotAtWidths(page, "35-agenda");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Media").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Media"))).isVisible();
        console.screenshotAtWidths(page, "36-media");
        page.close();
    }

    @Test
    void aWeightChangedInSettingsChangesTheScore() {
        String userPath = "/events/" + EVENT + "/users/" + AnalyticsBrowserIT.ABBIE + "/analytics";
        JsonNode before = api("/api/v1" + userPath).get("engagementScore");
        // Ten points move from the component she has most of to the one she has least of: her score must change.
        List<JsonNode> components = new ArrayList<>();
        before.get("components").forEach(components::add);
        Comparator<JsonNode> reached = Comparator.comparingDouble(c -> Math.min(1, c.get("value").asDouble()
                / c.get("cap").asDouble()));
        JsonNode most = components.stream().filter(c -> c.get("weight").asInt() >= 10).max(reached).orElseThrow();
        JsonNode least = components.stream().min(reached).orElseThrow();

        Page page = browser.signedIn(console, "manager", "manager");
        try {
            page.navigate(console.url("/events/" + EVENT + "/settings/engagement"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Engagement").setExact(true))).isVisible();
            console.screenshotAtWidths(page, "34-settings-engagement");
            page.locator("#weight-" + most.get("name").asString() + " input")
                    .fill(String.valueOf(most.get("weight").asInt() - 10));
            page.locator("#weight-" + least.get("name").asString() + " input")
                    .fill(String.valueOf(least.get("weight").asInt() + 10));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Saved.")).isVisible();

            JsonNode after = api("/api/v1" + userPath).get("engagementScore");
            org.assertj.core.api.Assertions.assertThat(after.get("score").asDouble())
                    .isNotEqualTo(before.get("score").asDouble());
            page.navigate(console.url(userPath));
            assertThat(page.locator(".score-big")).hasText(String.valueOf((int) Math.floor(after.get("score").asDouble())));
        } finally {
            HttpResponse<String> restored = console.http().put("/api/v1/events/" + EVENT + "/settings/engagement",
                    "manager", "manager", defaults());
            org.assertj.core.api.Assertions.assertThat(restored.statusCode()).isEqualTo(200);
            page.close();
        }
    }

    /** SPEC.md §3's defaults, as the other browser tests expect them. */
    private static String defaults() {
        return """
                {"attendanceThresholdSeconds": 60, "components": {
                  "viewing": {"weight": 35, "cap": 60}, "onDemand": {"weight": 10, "cap": 30},
                  "liveEngagement": {"weight": 15, "cap": 1}, "reactions": {"weight": 5, "cap": 10},
                  "chat": {"weight": 10, "cap": 5}, "polls": {"weight": 10, "cap": 3}, "qa": {"weight": 5, "cap": 2},
                  "downloads": {"weight": 10, "cap": 3}, "raisedHands": {"weight": 0, "cap": 2}}}""";
    }

    /** Kept beside the screenshots, to be looked at (e.g. as images through pdftoppm). */
    private void keepPdf(Download download, String name) {
        Path file = console.screenshots().resolve(name);
        download.saveAs(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = console.http().get(path, "manager", "manager");
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
