package com.eventlens.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Real Chromium for browser tests: Debian's {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}), never a
 * browser that Playwright would download.
 */
final class BrowserSession implements AutoCloseable {

    private static BrowserSession shared;

    private final Playwright playwright;
    private final Browser browser;

    /** The Chromium that every browser test of a run shares (each page in a context of its own); closed at the end. */
    static synchronized BrowserSession shared() {
        if (shared == null) {
            shared = new BrowserSession();
        }
        return shared;
    }

    static synchronized void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    private BrowserSession() {
        // A page load after a sign-in is a full Vaadin start; on a busy two-core machine (CI, or builds side by side)
        // it can take longer than Playwright's default of 5 s, which made the suite fail for want of time alone.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(executable))) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    Page newPage() {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
    }

    /**
     * A new page, signed in as the console account and showing the events list — or, for the manager of a single
     * event, that event, where such a manager lands.
     */
    Page signedIn(Console console, String username, String password) {
        Page page = newPage();
        page.navigate(console.url("/login"));
        logIn(page, username, password);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))
                .or(page.locator(".event-layout h1"))).isVisible();
        return page;
    }

    /** Fills and submits the sign-in form of the page. */
    static void logIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
