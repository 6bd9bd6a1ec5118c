package com.eventlens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Page;

/**
 * Every page of the console at 1440×900 (a laptop), 1024×768 (a tablet) and 390×844 (a phone), checked as a manager
 * would look at it: no page that scrolls sideways, no grid with columns behind a horizontal scroll, no header or
 * name cut off, no button clipped or off screen, KPI labels on at most two lines, and no side navigation lying over
 * the page below a laptop's width ({@code layout-problems.js}, one check for every page). Screenshots of each page
 * at each width land in {@code target/screenshots[/production-jar]/layout/}.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class LayoutBrowserIT {

    static final int[][] WIDTHS = {{1440, 900}, {1024, 768}, {390, 844}};

    /** Every page of the console, by a name for its screenshots. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        String event = "/events/" + Console.DEMO_EVENT;
        PAGES.put("events", "/");
        PAGES.put("help", "/help");
        PAGES.put("accounts", "/accounts");
        PAGES.put("overview", event);
        PAGES.put("agenda", event + "/agenda");
        PAGES.put("media", event + "/media");
        PAGES.put("all-users", event + "/people");
        PAGES.put("speakers", event + "/people/speakers");
        PAGES.put("event-team", event + "/people/team");
        PAGES.put("event-analytics", event + "/analytics");
        PAGES.put("sessions", event + "/analytics/sessions");
        PAGES.put("on-demand-content", event + "/analytics/content");
        PAGES.put("session-analytics", event + "/sessions/" + demo("session:Opening Keynote") + "/analytics");
        PAGES.put("user-analytics", event + "/users/" + demo("person:abbie.wilson@kaltura.com") + "/analytics");
        PAGES.put("vod-analytics", event + "/content/" + demo("video:Make it Count") + "/analytics");
        PAGES.put("engagement-settings", event + "/settings/engagement");
        PAGES.put("not-found", "/no-such-page");
    }

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Parameter
    Console console;

    @Test
    void everyPageFitsALaptopATabletAndAPhone() {
        String check = script();
        List<String> problems = new ArrayList<>();
        Page page = browser.signedIn(console, "admin", "admin");
        PAGES.forEach((name, path) -> {
            page.setViewportSize(1440, 900);
            page.navigate(console.url(path));
            page.locator("h1").first().waitFor();
            for (int[] size : WIDTHS) {
                page.setViewportSize(size[0], size[1]);
                problemsOnceSettled(page, check)
                        .forEach(problem -> problems.add(name + " at " + size[0] + " px: " + problem));
                console.screenshot(page, "layout/" + name + "-" + size[0]);
            }
        });
        page.close();

        Page signedOut = browser.newPage();
        for (int[] size : WIDTHS) {
            signedOut.setViewportSize(size[0], size[1]);
            signedOut.navigate(console.url("/login"));
            signedOut.locator("input[name=username]").waitFor();
            problemsOnceSettled(signedOut, check)
                    .forEach(problem -> problems.add("login at " + size[0] + " px: " + problem));
            console.screenshot(signedOut, "layout/login-" + size[0]);
        }
        signedOut.close();

        assertThat(problems).as("what is broken at some width").isEmpty();
    }

    /**
     * What the check finds once the page has settled: the grids learn their new width from the browser and fold or
     * unfold their columns a server round trip later, which takes longer on a busy machine. A problem that is still
     * there after three seconds is one.
     */
    @SuppressWarnings("unchecked")
    static List<String> problemsOnceSettled(Page page, String check) {
        page.waitForTimeout(600);
        List<String> found = (List<String>) page.evaluate(check);
        for (int attempt = 0; attempt < 6 && !found.isEmpty(); attempt++) {
            page.waitForTimeout(400);
            found = (List<String>) page.evaluate(check);
        }
        return found;
    }

    static String script() {
        try (InputStream in = LayoutBrowserIT.class.getResourceAsStream("layout-problems.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID demo(String name) {
        return UUID.nameUUIDFromBytes(("eventlens-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
