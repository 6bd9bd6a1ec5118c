package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** In real Chromium: sign in as the demo admin, open "Virtually Live!" and look at its overview. */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class ConsoleBrowserIT {

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Parameter
    Console console;

    @Test
    void adminSignsInAndOpensTheDemoEvent() {
        Page page = browser.newPage();
        page.navigate(console.url("/"));
        assertThat(page.getByText("Sign in").first()).isVisible();
        console.screenshot(page, "01-login");

        BrowserSession.logIn(page, "admin", "admin");

        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Events"))).isVisible();
        console.screenshot(page, "02-events");

        page.getByText("Virtually Live!").first().click();
        assertThat(page.getByText("Agenda at a glance")).isVisible();
        assertThat(page.getByText("Opening Keynote")).isVisible();
        assertThat(page.getByText("EST (GMT-5)").first()).isVisible();
        assertThat(page.getByText("Julian Lang")).isVisible();
        console.screenshot(page, "03-overview");
        page.close();
    }

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPage() {
        Page page = browser.newPage();
        page.navigate(console.url("/login"));
        BrowserSession.logIn(page, "admin", "wrong");
        assertThat(page.getByText("Wrong username or password")).isVisible();
        page.close();
    }
}
