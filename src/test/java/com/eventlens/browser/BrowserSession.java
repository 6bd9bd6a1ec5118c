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

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
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

    /** A new page, signed in as the console account and showing the events list. */
    Page signedIn(int port, String username, String password) {
        Page page = newPage();
        page.navigate("http://localhost:" + port + "/login");
        logIn(page, username, password);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events")))
                .isVisible();
        return page;
    }

    /** Fills and submits the sign-in form of the page. */
    static void logIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The page as a laptop, a tablet and a phone show it: {@code name-1440.png}, {@code -1024}, {@code -390}. */
    static void screenshotAtWidths(Page page, String name) {
        for (int[] size : new int[][] {{1440, 900}, {1024, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(400);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(1400, 900);
        page.waitForTimeout(200);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
