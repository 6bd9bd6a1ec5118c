package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** In real Chromium: sign in as the demo admin, open "Virtually Live!" and look at its overview. */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class ConsoleBrowserIT {

    /** An attendee of the demo event, whose ids are the same in every demo database. */
    static final String ABBIE_WILSON = "265082ee-2e56-344a-9190-0c2e5d449df8";

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
    void anUnknownAddressShowsTheConsolesNotFoundInsideItsFrameWith404() {
        Page page = browser.signedIn(console, "admin", "admin");

        Response answer = page.navigate(console.url("/no-such-page"));

        Assertions.assertThat(answer.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        assertThat(page.locator(".top-bar .brand")).isVisible();
        page.getByText("Back to your events").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        page.close();
    }

    /**
     * The console's pages, dialogs, push and downloads work under its Content-Security-Policy: Chromium reports no
     * violation (nor any other script error) on the way through them, in development mode and in the production jar.
     */
    @Test
    void theConsoleWorksUnderItsContentSecurityPolicy() {
        Page page = browser.newPage();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        page.navigate(console.url("/login"));
        BrowserSession.logIn(page, "admin", "admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        page.getByText("Virtually Live!").first().click();
        assertThat(page.getByText("Agenda at a glance")).isVisible();
        page.getByText("All users").first().click();
        assertThat(page.locator(".people-count")).hasText("255 Users");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/users/" + ABBIE_WILSON + "/analytics"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abbie Wilson"))).isVisible();
        Download report = page.waitForDownload(() -> page.getByText("Download report").first().click());
        Assertions.assertThat(report.suggestedFilename()).endsWith(".pdf");
        page.navigate(console.url("/accounts"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))).isVisible();

        Assertions.assertThat(problems).as("console errors and policy violations").isEmpty();
        page.close();
    }

    /**
     * A wrong password keeps the typed username (only the password is asked for again), and the error box with its
     * icon stays above the form's fields, clear of the "Username" label, at every width.
     */
    @Test
    void aWrongPasswordKeepsYouOnTheLoginPageWithYourUsername() {
        Page page = browser.newPage();
        page.navigate(console.url("/login"));
        BrowserSession.logIn(page, "admin", "wrong");
        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page.locator("input[name=username]")).hasValue("admin");
        assertThat(page.locator("input[name=password]")).isFocused();
        for (int[] size : new int[][] {{1440, 900}, {1024, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(200);
            console.screenshot(page, "04-login-error-" + size[0]);
            @SuppressWarnings("unchecked")
            Map<String, Number> boxes = (Map<String, Number>) page.evaluate(ERROR_AND_LABEL);
            Assertions.assertThat(boxes.get("errorBottom").doubleValue())
                    .as("the error box ends above the Username label at %d px", size[0])
                    .isLessThanOrEqualTo(boxes.get("labelTop").doubleValue());
        }
        page.close();
    }

    /** Where the sign-in form's error box (with its icon inside) ends, and where the Username label starts. */
    static final String ERROR_AND_LABEL = """
            () => {
              const deep = (root, selector) => {
                const found = root.querySelector(selector);
                if (found) return found;
                for (const el of root.querySelectorAll('*')) {
                  const inside = el.shadowRoot && deep(el.shadowRoot, selector);
                  if (inside) return inside;
                }
                return null;
              };
              const error = deep(document, '[part=error-message]');
              const label = deep(document, '#vaadinLoginUsername label') || deep(document, '#vaadinLoginUsername [part=label]');
              return {errorBottom: error.getBoundingClientRect().bottom, labelTop: label.getBoundingClientRect().top};
            }""";
}
