package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** In real Chromium: sign in as the demo admin, open "Virtually Live!" and look at its overview. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsoleBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void adminSignsInAndOpensTheDemoEvent() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.getByText("Sign in").first()).isVisible();
        BrowserSession.screenshot(page, "01-login");

        BrowserSession.logIn(page, "admin", "admin");

        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Events"))).isVisible();
        BrowserSession.screenshot(page, "02-events");

        page.getByText("Virtually Live!").first().click();
        assertThat(page.getByText("Agenda at a glance")).isVisible();
        assertThat(page.getByText("Opening Keynote")).isVisible();
        assertThat(page.getByText("EST (GMT-5)").first()).isVisible();
        assertThat(page.getByText("Julian Lang")).isVisible();
        BrowserSession.screenshot(page, "03-overview");
        page.close();
    }

    @Test
    void anUnknownAddressShowsTheConsolesNotFoundInsideItsFrameWith404() {
        Page page = browser.signedIn(port, "admin", "admin");

        com.microsoft.playwright.Response answer = page.navigate("http://localhost:" + port + "/no-such-page");

        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        assertThat(page.locator(".top-bar .brand")).isVisible();
        page.getByText("Back to your events").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        page.close();
    }

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPage() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        BrowserSession.logIn(page, "admin", "wrong");
        assertThat(page.getByText("Wrong username or password")).isVisible();
        page.close();
    }
}
